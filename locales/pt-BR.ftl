### A interface do Close Reader em português do Brasil (traduzida de en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } e { $second }
list-more = { $first }, { $rest }
language-menu = Idioma
    .title = O idioma dos botões e das mensagens do Close Reader (o artigo mantém o seu)
language-unavailable = Não foi possível carregar as mensagens em { $language }; o Close Reader continua no idioma em que estava.

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

state-read-only-open-elsewhere = Este documento está aberto para edição em outra aba, por isso aqui ele é somente leitura. Assuma o controle para editá-lo aqui.
state-read-only-taken-over = Outra aba assumiu o controle deste documento, por isso aqui ele é somente leitura. Assuma o controle para editá-lo aqui de novo, com as últimas alterações daquela aba.
state-read-only-refused = Nada foi alterado: este documento é somente leitura nesta aba. Assuma o controle para editá-lo aqui.

state-relabel-failed = Não foi possível alterar o rótulo: { $why }.
state-note-failed = Não foi possível salvar a nota: { $why }.
state-add-failed = Não foi possível adicionar o trecho: { $why }.
state-span-not-added = O trecho não foi adicionado. { $why }
state-reply-blank = A resposta não foi adicionada: a mensagem está vazia.
state-reply-too-long = { $count ->
    [one] A resposta não foi adicionada: a mensagem tem { $count } caractere, e o máximo permitido é { $most }.
   *[other] A resposta não foi adicionada: a mensagem tem { $count } caracteres, e o máximo permitido é { $most }.
}
state-reply-failed = A resposta não foi adicionada: { $why }.

state-labels-not-changed-set = Rótulos não alterados: problema no conjunto de rótulos ({ $problem }).
state-labels-not-changed = Rótulos não alterados: { $why }.

state-linking-from-claim = Vinculando: clique no destaque da fonte em que a afirmação se apoia (ou de um atenuador dela, ou da mesma afirmação). Esc cancela.
state-linking-from-source = Vinculando: clique no destaque da afirmação que esta fonte sustenta. Esc cancela.
state-linking-from-hedge = Vinculando: clique no destaque da afirmação que este atenuador suaviza. Esc cancela.
state-linking = Vinculando: clique no destaque do trecho a ser vinculado. Esc cancela.
state-link-end = { $label } “{ $quote }”
state-link-end-unknown = “{ $id }”
state-linked-supported-by = Vinculado: { $from } se apoia em { $to }. Desfazer remove o vínculo.
state-linked-hedges = Vinculado: { $from } atenua { $to }. Desfazer remove o vínculo.
state-linked-same-claim = Vinculado: { $from } é a mesma afirmação que { $to }. Desfazer remove o vínculo.
state-linked-contradicts = Vinculado: { $from } contradiz { $to }. Desfazer remove o vínculo.
state-not-linked-self = Não vinculado: este é o trecho de onde o vínculo parte; clique em outro destaque.
state-not-linked-already = Não vinculado: esses dois já estão vinculados.
state-not-linked = Não vinculado: { $why }.
state-unlinked = Vínculo removido. Desfazer o traz de volta.
state-relation-supported-by = Sustentado por
state-relation-hedged-by = Atenuado por
state-relation-supports = Sustenta
state-relation-hedges = Atenua
state-relation-same-claim-as = Mesma afirmação que
state-relation-contradicts = Contradiz

state-beside-already-open = Esse é o artigo que já está aberto: escolha outro para colocar ao lado.
state-beside-opened = “{ $title }” está ao lado deste artigo. Para vincular uma afirmação à mesma afirmação de lá, selecione-a, pressione L e clique nessa afirmação (Shift+clique: contradiz).
state-linked-across-contradicts = Vinculado entre artigos: contradiz “{ $quote }” em “{ $title }”.
state-linked-across-same-claim = Vinculado entre artigos: a mesma afirmação que “{ $quote }” em “{ $title }”.
state-unlinked-across = Vínculo removido nos dois artigos. Desfazer o traz de volta aqui.

state-no-suggestions-left = Não há mais sugestões: todas foram aceitas, rejeitadas ou já estão marcadas.
state-not-accepted-gone = Não aceita: ela não é mais sugerida.
state-not-accepted-no-label = Não aceita: este artigo não tem o rótulo “{ $label }”.
state-not-accepted = Não aceita: { $why }.
state-accepted-all = { $count ->
    [one] { $count } sugestão aceita. Desfazer a remove.
   *[other] { $count } sugestões aceitas. Desfazer remove todas.
}

state-import-nothing = Nada foi adicionado de “{ $file }”.
state-import-added = { $count ->
    [one] { $count } anotação adicionada de “{ $file }”. Desfazer a remove.
   *[other] { $count } anotações adicionadas de “{ $file }”. Desfazer as remove.
}
state-import-added-with-links = Adicionados de “{ $file }”: { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
} e { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}. Desfazer remove tudo.
state-import-failed = As anotações de “{ $file }” não foram adicionadas: { $why }. Nada foi alterado.
state-import-no-article = “{ $file }” não foi importado: nenhum artigo está aberto. Nada foi alterado.

state-thread-on-your-span = No seu trecho
state-thread-on-key-you-missed = Em um trecho do gabarito que você não marcou
state-thread-on-student-span = No trecho de { $student }
state-thread-on-key-student-missed = Em um trecho do gabarito que { $student } não marcou
state-message-time-utc = { $day } { $time } UTC
state-comment-on-marked = “{ $quote }”, marcado por { $student }
state-comment-on-missed = “{ $quote }”, no gabarito, não marcado por { $student }
state-teacher = Professor(a)
state-comment-pick-first = Primeiro clique em um trecho do(a) aluno(a) ou em um trecho do gabarito que ele(a) não marcou.
state-choose-student-first = Primeiro escolha um(a) aluno(a).
state-conversation-gone = Essa conversa não existe mais.
state-comment-blank = O comentário não foi adicionado: ele está vazio.
state-comment-too-long = { $count ->
    [one] O comentário não foi adicionado: ele tem { $count } caractere, e o máximo permitido é { $most }.
   *[other] O comentário não foi adicionado: ele tem { $count } caracteres, e o máximo permitido é { $most }.
}
state-comment-refused = O comentário não foi adicionado ({ $problem }).

state-own-annotations-file = este navegador
state-heat-title = { $label }: marcado por { $count } de { $total } — { $names }
state-consensus-title = { $label }: marcado por pelo menos { $count } de { $total }
state-verdict-matched = { $label }: corresponde ao gabarito
state-verdict-partial = { $label }: corresponde em parte ao gabarito ({ $percent }% dos pontos)
state-verdict-missed = { $label }: no gabarito, não marcado
state-verdict-extra = { $label }: fora do gabarito
state-verdict-key-span = { $label }: o trecho do gabarito

state-files = { $count ->
    [one] { $count } arquivo
   *[other] { $count } arquivos
}
state-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
state-size-kb = { $size } KB
state-size-mb = { $size } MB
state-size-gb = { $size } GB
state-kept-with-usage = Salvo neste navegador ({ $size }; este site usa { $used } dos { $quota } que o navegador permite).
state-kept = Salvo neste navegador ({ $size }).
state-not-kept = Não salvo: { $why }. Os arquivos ficam abertos aqui até você sair desta página.
state-kept-unreadable = Não é possível ler o conjunto da turma salvo antes ({ $why }); as alterações não são salvas.
state-class-set-damaged = o registro dele está danificado ({ $error })
state-class-set-not-one = o registro dele não é um conjunto da turma (“{ $format }”)
state-class-set-newer = ele foi salvo por uma versão mais recente do Close Reader (versão do registro { $version }); abra-o nela
state-kept-copy-missing = salvo neste navegador, mas a cópia salva está faltando
state-kept-copy-changed = salvo neste navegador, mas a cópia salva não é mais o texto deste artigo
state-kept-copy-unreadable = salvo neste navegador, mas { $why }

state-grades-need-key = Primeiro escolha um gabarito: as notas são calculadas com base nele.
state-not-a-student = { $name } não está entre os alunos.
state-roster-bad-line = a linha { $number } (“{ $line }”) não está no formato “nome, identificador”
state-rubric-not-saved = A rubrica não foi salva: { $problem }.
state-criterion-name = Critério { $number }
state-points = { $count ->
    [one] { $count } ponto
   *[other] { $count } pontos
}
state-measure-recall = Revocação do rótulo (sobreposição)
state-measure-f1-exact = F1 do rótulo, exato
state-measure-f1-overlap = F1 do rótulo, sobreposição
state-measure-links = Vínculos do gabarito encontrados
state-measure-notes = Notas em pelo menos N trechos
state-measure-by-hand = Atribuído manualmente
state-measure-recall-words = a proporção dos trechos de “{ $label }” do gabarito que você encontra
state-measure-f1-exact-words = o F1 dos seus trechos de “{ $label }” em relação aos do gabarito (mesmo início e mesmo fim)
state-measure-f1-overlap-words = o F1 dos seus trechos de “{ $label }” em relação aos do gabarito (com sobreposição)
state-measure-links-words = a proporção dos vínculos do gabarito que você também faz
state-measure-links-kind-words = a proporção dos vínculos “{ $kind ->
    [supported-by] sustentado por
    [hedges] atenua
    [same-claim] mesma afirmação
    [contradicts] contradiz
   *[other] { $kind }
}” do gabarito que você também faz
state-measure-notes-words = { $count ->
    [one] notas em pelo menos { $count } trecho
   *[other] notas em pelo menos { $count } trechos
}
state-measure-by-hand-words = atribuído pelo(a) professor(a)
state-scale-points = Pontos
state-scale-percent = Porcentagem
state-scale-letters = Letras

# end of state

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

classroom-assign-title = Compartilhar como atividade
classroom-assign-hint = Os alunos recebem o artigo e seus rótulos, sem as suas anotações. O nome deles fica gravado no arquivo que entregam.
classroom-assign-instructions = Instruções (aparecem acima do artigo)
    .placeholder = Marque cada afirmação e a fonte por trás dela. Marque como atenuadores as palavras que suavizam uma afirmação.
classroom-assign-hide-suggestions = Ocultar sugestões
classroom-assign-require-name = Exigir um nome
classroom-assign-download = Baixar arquivo da atividade
classroom-assign-make-link = Criar link
classroom-close = Fechar
classroom-assign-link-about = { $count ->
    [one] Link da atividade ({ $count } caractere; o artigo vai dentro do link, nenhum servidor o vê)
   *[other] Link da atividade ({ $count } caracteres; o artigo vai dentro do link, nenhum servidor o vê)
}
classroom-assign-link = Link da atividade
classroom-assign-copy-link = Copiar link

classroom-rubric = Rubrica
classroom-rubric-none = Sem rubrica: os alunos não veem critérios de avaliação, e o diário de notas mostra apenas a concordância.
classroom-rubric-add = Adicionar uma rubrica
classroom-rubric-legend = { $points ->
    [one] Rubrica · { $points } ponto
   *[other] Rubrica · { $points } pontos
}
classroom-criteria = Critérios
classroom-criterion-name = Nome do critério { $number }
classroom-criterion-points = Pontos do critério { $number }
classroom-criterion-measure = Como o critério { $number } é medido
classroom-criterion-label = Rótulo do critério { $number }
classroom-criterion-links = Vínculos do critério { $number }
classroom-criterion-notes = Notas pedidas pelo critério { $number }
classroom-link-every-kind = qualquer tipo
classroom-move-up = Mover para cima
classroom-move-down = Mover para baixo
classroom-remove = Remover
classroom-criterion-move-up = Mover o critério { $number } para cima
classroom-criterion-move-down = Mover o critério { $number } para baixo
classroom-criterion-remove = Remover o critério { $number }
classroom-measure-recall = Revocação do rótulo (sobreposição)
classroom-measure-f1-exact = F1 do rótulo, exato
classroom-measure-f1-overlap = F1 do rótulo, sobreposição
classroom-measure-links = Vínculos do gabarito encontrados
classroom-measure-notes = Notas em pelo menos N trechos
classroom-measure-by-hand = Dado manualmente
classroom-criterion-add = Adicionar um critério
classroom-grade-shown-as = Nota exibida em
classroom-scale = Escala
classroom-scale-points = Pontos
classroom-scale-percent = Porcentagem
classroom-scale-letters = Letras
classroom-rubric-remove = Remover a rubrica
classroom-bands = Faixas de letras
classroom-band-letter = Letra da faixa { $number }
classroom-band-from = a partir de
classroom-band-percent = { " " }%
classroom-band-lowest = Porcentagem mínima da faixa { $number }
classroom-band-remove = Remover a faixa { $number }
classroom-band-add = Adicionar uma letra
classroom-rubric-not-saved = Ainda não salva: { $problem }.
classroom-rubric-saved = Salva com a atividade: os alunos veem estes critérios.

classroom-assignment = Atividade
classroom-assessed = Como será avaliado ({ $points })
classroom-col-criterion = Critério
classroom-col-points = Pontos
classroom-col-measured = Medido como
classroom-annotating-as = Anotando como { $name }
classroom-change-name = Alterar o nome
classroom-no-name = Ainda sem nome
classroom-add-name = Adicione seu nome
classroom-feedback = Devolutiva
classroom-feedback-heading = Devolutiva com base no gabarito de { $name }: { $percent }%
classroom-feedback-heading-none = Devolutiva com base no gabarito de { $name }: —
classroom-count-matched = { $count ->
    [one] { $count } correspondente
   *[other] { $count } correspondentes
}
classroom-count-partial = { $count ->
    [one] { $count } parcialmente correspondente
   *[other] { $count } parcialmente correspondentes
}
classroom-count-missed = { $count ->
    [one] { $count } não encontrado
   *[other] { $count } não encontrados
}
classroom-count-extra = { $count } fora do gabarito
classroom-back-to-annotating = Voltar a anotar
classroom-show-against-key = Ver meus trechos comparados ao gabarito

classroom-back-to-library = ← Biblioteca
classroom-compare-title = Comparar: { $title }
classroom-key = Gabarito
classroom-no-key = Sem gabarito
classroom-label = Rótulo
classroom-gradebook-csv = Diário de notas CSV
classroom-lms-title = As notas da rubrica, com o identificador de cada aluno, no formato que este sistema importa
classroom-feedback-files = Arquivos de devolutiva
    .title = Um arquivo por aluno: os trechos dele comparados ao gabarito, para abrir no Close Reader
classroom-views = O que o artigo mostra
classroom-view-heat = Mapa de calor
classroom-view-consensus = Consenso
classroom-region-heat = Mapa de calor de { $label }
classroom-region-feedback = Um aluno comparado ao gabarito
classroom-region-consensus = Consenso: pelo menos { $k } de { $count }
classroom-heat-hint = { $count ->
    [one] { $label }: mais escuro onde { $count } anotador marcou. Passe o mouse ou toque para ver quem.
   *[other] { $label }: quanto mais escuro, mais dos { $count } anotadores marcaram. Passe o mouse ou toque para ver quem.
}
classroom-feedback-choose-key = Escolha um gabarito (acima) para ver os trechos de um aluno comparados a ele.
classroom-feedback-for = Devolutiva para
classroom-student = Aluno(a)
classroom-score = Pontuação: { $percent }%
classroom-score-none = Pontuação: —
classroom-legend-matched = correspondente
classroom-legend-partial = parcialmente correspondente
classroom-legend-missed = não encontrado
classroom-legend-extra = fora do gabarito
classroom-compare-panel = Arquivos e concordância

classroom-files = Arquivos
classroom-files-heading = Arquivos ({ $count })
classroom-add-files = Adicionar arquivos dos alunos…
    .label = Adicionar arquivos dos alunos
classroom-drop-files = Ou solte aqui até { $count } arquivos. Os arquivos deste artigo são reconhecidos pelo texto; uma cópia levemente editada é reancorada.
classroom-reading-files = Lendo arquivos… { $done } de { $count }
classroom-cancel = Cancelar
classroom-key-badge = gabarito
classroom-entry-spans = { $count ->
    [one] { $count } trecho
   *[other] { $count } trechos
}
classroom-reanchored = o texto era um pouco diferente; todos os trechos foram reancorados
classroom-reanchored-unplaced = { $count ->
    [one] o texto era diferente; { $count } trecho não pôde ser posicionado
   *[other] o texto era diferente; { $count } trechos não puderam ser posicionados
}
classroom-remove-file = Remover { $name }
classroom-unplaced = { $label }: “{ $quote }”
classroom-set-aside = Deixados de lado ({ $count })
classroom-set-aside-why = : { $why }

classroom-agreement = Concordância
classroom-agreement-heading = Concordância · { $label }
classroom-alpha = α de Krippendorff sobre as palavras, entre os anotadores:
classroom-agreement-empty = Adicione arquivos dos alunos para ver a concordância entre eles.
classroom-agreement-table = Anotadores por { $label }
classroom-col-annotator = Anotador
classroom-col-spans = Trechos
classroom-col-exact = Exato, em relação ao gabarito
classroom-col-overlap = Sobreposição, em relação ao gabarito
classroom-col-precision = P
classroom-col-recall = R
classroom-agreement-choose-key = Escolha um gabarito para pontuar os anotadores em relação a ele.
classroom-pairwise = F1 entre anotadores ({ $label }, sobreposição)

classroom-ranked = Trechos por anotadores
classroom-ranked-heading = Mais marcados · { $label }
classroom-ranked-empty = Ainda não há trechos deste rótulo.
classroom-ranked-count = { $marked } de { $count }
classroom-ranked-exactly = ({ $count } exatamente)
classroom-key-missed-heading = Trechos de { $label } do gabarito, os menos encontrados primeiro
classroom-key-missed-empty = O gabarito não tem trechos deste rótulo.
classroom-found-by = encontrado por { $found } de { $count }

classroom-gradebook = Diário de notas
classroom-gradebook-no-rubric = Ainda não há rubrica: abra o artigo, escolha Compartilhar como atividade e adicione uma rubrica lá; as notas dela aparecem aqui.
classroom-gradebook-choose-key = Escolha um gabarito (acima): os critérios da rubrica são calculados em relação a ele.
classroom-gradebook-heading = { $points ->
    [one] Diário de notas · { $points } ponto
   *[other] Diário de notas · { $points } pontos
}
classroom-grades = Notas
classroom-col-total = Total
classroom-col-grade = Nota
classroom-col-lms-identifier = Identificador no LMS
classroom-points = { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent }%
classroom-grade-incomplete = incompleta
classroom-grade-overridden = Alterado (calculado: { $computed }): { $reason }
classroom-grade-by-hand = Dado manualmente: { $reason }
classroom-grade-change = { $criterion } de { $student }: alterar
classroom-grade-cell = { $student }, { $criterion }: { $value }. { $title }
classroom-lms-identifier-of = Identificador no LMS de { $name }
classroom-override-form = Alterar um valor
classroom-override-about = { $student } · { $criterion } (calculado: { $computed }, de { $possible })
classroom-override-about-by-hand = { $student } · { $criterion } (dado manualmente, de { $possible })
classroom-points-given = Pontos dados
classroom-reason = Motivo
    .optional = opcional
    .required = obrigatório: por que este valor
classroom-override-keep = Manter este valor
classroom-override-revert = Voltar ao valor calculado
classroom-gradebook-hint = Clique em um valor para alterá-lo; um valor alterado fica marcado com * e mantém o motivo (passe o mouse para ler).
classroom-unmatched = Valores dados a alunos que não estão mais neste conjunto (mantidos caso o arquivo deles volte):
classroom-unmatched-criterion = critério { $number }
classroom-unmatched-line = { $student } · { $criterion }: { $points }
classroom-unmatched-line-reason = { $student } · { $criterion }: { $points } ({ $reason })
classroom-roster-paste = Colar uma lista de identificadores
classroom-roster = Lista
classroom-roster-use = Usar estes identificadores
classroom-roster-not-read = Não lido: { $problems }.
classroom-lms-identifiers-are = Identificadores do { $system }:
classroom-lms-identifier = Identificador do { $system }
classroom-id-canvas-user = ID de usuário do Canvas
classroom-id-sis-user = ID de usuário do SIS
classroom-id-sis-login = ID de login do SIS
classroom-id-email = Endereço de e-mail
classroom-id-username = Nome de usuário
classroom-id-number = Número de identificação

classroom-comment-box = Comentar um trecho
classroom-comment-on = Comentário sobre { $what }
classroom-comment = Comentar
    .placeholder = Seu comentário
classroom-comment-hint = Clique em um dos trechos do aluno, ou em um trecho do gabarito que ele não encontrou, para comentá-lo.

classroom-consensus-empty = Adicione arquivos dos alunos para montar um consenso.
classroom-consensus-at-least = Trechos marcados por pelo menos { $k } de { $count }
classroom-consensus-slider = Consenso: pelo menos
classroom-consensus-make = Criar documento de consenso

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

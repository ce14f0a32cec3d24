### A interface do Close Reader em português do Brasil (traduzida de en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } e { $second }
list-more = { $first }, { $rest }
language-menu = Idioma
    .title = O idioma dos botões e das mensagens do Close Reader (o artigo mantém o seu)
language-unavailable = Não foi possível carregar as mensagens em { $language }; o Close Reader continua no idioma em que estava.

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = Afirmação
shared-label-source = Fonte
shared-label-hedge = Atenuador

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

start-title = Close Reader
start-tagline = Marque as afirmações, as fontes e os atenuadores de uma notícia. Tudo fica neste navegador até você baixar.
start-other-ways = Outras formas de começar
start-sample = Experimentar o artigo de exemplo
start-library = Biblioteca ({ $count })
start-field-title = Título
    .placeholder = Manchete do artigo
start-field-url = URL da fonte (opcional)
start-field-text = Texto do artigo
    .placeholder = Cole o artigo aqui. Parágrafos, qualquer sistema de escrita e qualquer idioma são mantidos exatamente como estão.
start-reflowed = { $count ->
    [one] { $count } linha quebrada na borda da página, como acontece com texto copiado de um PDF, foi reunida.
   *[other] { $count } linhas quebradas na borda da página, como acontece com texto copiado de um PDF, foram reunidas.
}
start-undo-reflow = Desfazer a junção
start-paste-kept = O que é mantido da página
start-from-web-page = Da página da web. { $kept }
start-plain-only = Somente texto simples (sem títulos, listas ou ênfase)
start-go = Começar a anotar
start-shape-lost = Não foi possível manter os títulos e as listas da página ({ $why }); o texto foi colado como texto simples.
start-cancel = Cancelar
start-open-file = Abrir arquivo
start-progress = { $what } { $percent }%
start-kept = Mantido: { $what }.
start-kept-headings = { $count ->
    [one] { $count } título
   *[other] { $count } títulos
}
start-kept-items = { $count ->
    [one] { $count } item de lista
   *[other] { $count } itens de lista
}
start-kept-quotes = { $count ->
    [one] { $count } parágrafo citado
   *[other] { $count } parágrafos citados
}
start-kept-captions = { $count ->
    [one] { $count } legenda
   *[other] { $count } legendas
}
start-kept-notes = { $count ->
    [one] { $count } nota de rodapé
   *[other] { $count } notas de rodapé
}
start-kept-emphasis = ênfase
start-kept-links = { $count ->
    [one] { $count } link (exibido, mas não aberto)
   *[other] { $count } links (exibidos, mas não abertos)
}
start-preview = Pré-visualização
start-preview-more = { $count ->
    [one] … e mais { $count } parágrafo.
   *[other] … e mais { $count } parágrafos.
}
start-arrival-title = Abrir este artigo?
start-arrival-read-as = “{ $name }”, lido como { $kind ->
    [pdf] um PDF
    [epub] um livro EPUB
    [word] um arquivo do Word
    [odt] um texto OpenDocument
    [web] uma página da web
    [mhtml] uma página da web (arquivo único)
    [markdown] um arquivo Markdown
    [text] um arquivo de texto
   *[other] { $kind }
}
start-arrival-pasted = Colado de { $kind ->
    [pdf] um PDF
    [epub] um livro EPUB
    [word] um arquivo do Word
    [odt] um texto OpenDocument
    [web] uma página da web
    [mhtml] uma página da web (arquivo único)
    [markdown] um arquivo Markdown
    [text] um arquivo de texto
   *[other] { $kind }
}
start-arrival-field-title = Título
start-arrival-left-out = Deixado de fora: { $what }.
start-arrival-plain-only = Somente texto simples (sem títulos, listas ou ênfase; o texto é o mesmo)
start-import-title = Importar “{ $name }”
start-import-read-as = Lido como { $format ->
    [native] um arquivo do Close Reader
    [w3c-annotation] uma anotação web do W3C (Web Annotation)
    [w3c-list] uma lista de anotações web do W3C
    [w3c-page] uma página de anotações do W3C (Annotation Page)
    [w3c-collection] uma coleção de anotações do W3C (Annotation Collection)
    [w3c-graph] um grafo de anotações web do W3C (JSON-LD @graph)
    [hypothesis] anotações do Hypothesis
    [doccano] JSONL do doccano
    [label-studio] tarefas do Label Studio
    [csv] uma planilha CSV do Close Reader
    [brat] um arquivo .ann do brat
   *[other] { $format }
}.
start-import-found = Encontraram seu lugar neste artigo: { $found } de { $total ->
    [one] { $total } anotação
   *[other] { $total } anotações
}.
start-import-found-links = Encontraram seu lugar neste artigo: { $found } de { $total ->
    [one] { $total } anotação
   *[other] { $total } anotações
} e { $linked } de { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}.
start-import-new = Abre como um novo documento, “{ $title }” ({ $words ->
    [one] { $words } palavra
   *[other] { $words } palavras
}), com { $found } de { $total ->
    [one] { $total } trecho
   *[other] { $total } trechos
} no lugar.
start-import-new-links = Abre como um novo documento, “{ $title }” ({ $words ->
    [one] { $words } palavra
   *[other] { $words } palavras
}), com { $found } de { $total ->
    [one] { $total } trecho
   *[other] { $total } trechos
} e { $linked } de { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
} no lugar.
start-import-tags = Tags que não são rótulos aqui
start-import-tag = “{ $tag }” ({ $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
})
start-import-untagged = Sem tag ({ $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
})
start-import-create = Criar o rótulo “{ $tag }”
start-import-mark-as = Marcar como { $label }
start-import-skip = Não importar
start-import-not-placed = Não posicionadas ({ $count })
start-import-links-not-made = Vínculos não criados ({ $count })
start-import-open-with = Abrir com { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
}
start-import-open-with-links = Abrir com { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
} e { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}
start-import-add-nothing = Não adicionar nada
start-import-add = Adicionar { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
}
start-import-add-links = Adicionar { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
} e { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = Biblioteca
library-new = Novo artigo
library-empty = Nenhum documento salvo ainda. Cole um artigo ou abra um arquivo para começar.
library-list = Documentos salvos
library-doc-meta = Salvo em { $when } · { $words ->
    [one] { $words } palavra
   *[other] { $words } palavras
} · { $counts }
library-no-annotations = nenhuma anotação ainda
library-class-set-kept = Conjunto da turma salvo: { $files ->
    [one] { $files } arquivo
   *[other] { $files } arquivos
} · { $size } · alterado em { $when }
library-open = Abrir
    .aria-label = Abrir { $title }
library-class-set = Conjunto da turma
    .aria-label = Abrir o conjunto da turma de { $title }
    .title = Os arquivos dos alunos reunidos para este artigo, do jeito que você os deixou
library-remove-class-set = Remover conjunto da turma
    .aria-label = Remover o conjunto da turma de { $title }
    .title = Esquecer os arquivos reunidos para este artigo (você pode desfazer)
library-compare = Comparar
    .aria-label = Comparar arquivos de { $title }
    .title = Abrir os arquivos dos alunos para este artigo e compará-los
library-rename = Renomear
    .aria-label = Renomear { $title }
library-delete = Excluir
    .aria-label = Excluir { $title }
library-new-title = Novo título
library-save = Salvar
library-cancel = Cancelar
library-undo = Desfazer
library-dismiss = Fechar mensagem
library-save-failed-download = Baixar
library-save-failed-retry = Tentar de novo
library-take-over = Assumir
library-drop-article = Solte um artigo ou um arquivo do Close Reader para abri-lo
library-drop-students = Solte os arquivos dos alunos para adicioná-los
library-conflict-title = Este artigo já está na sua biblioteca
library-conflict-same-text = “{ $title }” tem o mesmo texto que o arquivo que você abriu.
library-conflict-in-library = Na sua biblioteca: { $counts }, última alteração em { $when }.
library-conflict-in-library-newer = Na sua biblioteca: { $counts }, última alteração em { $when } (mais recente).
library-conflict-file = O arquivo: { $counts }, última alteração em { $when }.
library-conflict-file-newer = O arquivo: { $counts }, última alteração em { $when } (mais recente).
library-conflict-file-undated = O arquivo: { $counts }.
library-conflict-counts = { $spans ->
    [one] { $spans } trecho
   *[other] { $spans } trechos
}, { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}
library-conflict-spans = { $spans ->
    [one] { $spans } trecho
   *[other] { $spans } trechos
}
library-conflict-advice-library = A cópia da sua biblioteca é mais recente: substituí-la pelo arquivo faria você voltar a um trabalho mais antigo.
library-conflict-advice-file = O arquivo é mais recente que a cópia da sua biblioteca.
library-conflict-advice-unknown = Não é possível saber qual dos dois é mais recente.
library-conflict-hint = “Manter ambos” abre o arquivo como outro documento. “Substituir” o abre no lugar da sua cópia, que fica na biblioteca com um novo título.
library-conflict-keep-both = Manter ambos
library-conflict-replace = Substituir
library-name-title = Seu nome
library-name-why = Ele é gravado no arquivo que você entrega, para que seu professor ou sua professora saiba de quem é o trabalho. Ele fica neste navegador.
library-name-start = Começar
library-name-skip = Pular

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

annotate-library = ← Biblioteca
annotate-saved = Salvo neste navegador
annotate-saving = Salvando…
annotate-not-saved = Não salvo
annotate-undo = Desfazer
    .title = Desfazer (Ctrl+Z)
annotate-redo = Refazer
    .title = Refazer (Ctrl+Shift+Z ou Ctrl+Y)
annotate-download = Baixar
    .title = Salvar um arquivo .close-reader.json
annotate-export = Exportar
    .title = Salvar as anotações para outra ferramenta ou um relatório para ler e imprimir
annotate-print = Imprimir
    .title = Imprimir o artigo com os destaques
annotate-share = Compartilhar como atividade…
    .title = Compartilhar este artigo com uma turma: um arquivo ou um link, com instruções
annotate-article = Artigo
annotate-feedback-region = Seus trechos comparados ao gabarito
annotate-caret-help = Teclado: ←/→ palavra por palavra, Shift+←/→ amplia a seleção, a tecla de um rótulo marca o trecho, Enter abre o destaque, Esc desfaz a seleção, Tab sai do artigo.
annotate-close-panel = Fechar painel ▾
annotate-open-panel = Trechos e notas ▴
annotate-suggested = { $kind ->
    [claim] afirmação sugerida
    [source] fonte sugerida
    [hedge] atenuador sugerido
   *[other] sugestão ({ $kind })
}: { $reason }
annotate-toolbar = Rotular a seleção
annotate-label-button = { $name } (tecla { $key } ou { $number })
annotate-search = Pesquisar no artigo
    .placeholder = Pesquisar no artigo (/)
annotate-search-none = Nenhum resultado
annotate-search-count = { $current } de { $total }
annotate-search-previous = Resultado anterior
    .title = Resultado anterior (Shift+Enter)
annotate-search-next = Próximo resultado
    .title = Próximo resultado (Enter)
annotate-mark-match = Marcar este resultado como
annotate-mark-as = Marcar como { $label }
    .title = Marcar este resultado como { $label }
annotate-labels-title = Rótulos
annotate-labels-close = Fechar o editor de rótulos
annotate-labels-hint = Nome, cor e tecla de cada rótulo. A tecla marca uma seleção; a ordem da lista define as teclas numéricas 1–9. As alterações valem na hora, e Desfazer as reverte.
annotate-label-name = Nome do rótulo { $name }
annotate-label-colour = Cor de { $name }
annotate-label-key = Tecla de { $name }
annotate-label-count = Trechos com este rótulo
annotate-label-up = Mover { $name } para cima
annotate-label-down = Mover { $name } para baixo
annotate-label-delete = Excluir
    .aria-label = Excluir o rótulo { $name }
annotate-delete-choice = Excluir { $label }
annotate-delete-in-use = { $count ->
    [one] { $count } trecho está marcado como “{ $label }”. O que fazer com ele?
   *[other] { $count } trechos estão marcados como “{ $label }”. O que fazer com eles?
}
annotate-delete-spans = Excluir os trechos também
annotate-relabel-as = ou mudar o rótulo deles para
annotate-relabel-to = Novo rótulo para os trechos
annotate-relabel-delete = Mudar o rótulo e excluir
annotate-cancel = Cancelar
annotate-add-label = Adicionar um rótulo
annotate-switch-preset = Trocar para um modelo…
    .aria-label = Trocar para um modelo
annotate-preset-default = { $name } (padrão)
annotate-preset-name = Nome do modelo
annotate-save-preset = Salvar como modelo
annotate-preset-unnamed = Dê um nome ao modelo primeiro.
annotate-single-keys = Atalhos de uma tecla (teclas dos rótulos, 1–9, l, n, p, a, x, /)
annotate-single-keys-off = Desativados: letras, números e / não fazem nada, para que a entrada por voz não os acione; Ctrl+Z, Delete, Escape, as setas e os botões continuam funcionando. Fica salvo neste navegador.
annotate-done = Concluído
annotate-contrast-not-colour = “{ $color }” não é uma cor #rrggbb, então não é possível verificar o contraste dela.
annotate-contrast-text = Em uma página { $page }, esta cor tem contraste de { $ratio }:1: o sublinhado fica visível (3:1), mas o nome no painel lateral fica difícil de ler (texto precisa de 4,5:1).
annotate-contrast-both = Em uma página { $page }, esta cor tem contraste de { $ratio }:1: tanto o sublinhado (precisa de 3:1) quanto o nome no painel lateral (precisa de 4,5:1) ficam difíceis de ver.
annotate-contrast-dark = No tema escuro (em que a cor aparece mais clara, { $shown }): { $warning }

annotate-too-long-to-print = Este artigo é longo demais para imprimir daqui: só a parte próxima da tela está na página. Exportar → Relatório HTML cria uma página com o artigo inteiro, seus destaques e notas, para imprimir pelo navegador.

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

panel-annotations = Anotações
panel-evidence = Evidências
panel-suggestions = Sugestões
panel-tabs = Painel lateral
panel-annotations-count = Anotações ({ $count })
panel-show-labels = Mostrar rótulos
panel-chip-hide = Ocultar { $label } da lista
panel-chip-show = Mostrar { $label } na lista
panel-edit-labels = Rótulos…
    .title = Renomear rótulos, mudar cor, tecla ou ordem, adicionar ou excluir rótulos
panel-empty = Selecione palavras do artigo e pressione C, S ou H (ou use os botões que aparecem) para marcar uma afirmação, uma fonte ou um atenuador. Segure Alt para selecionar com precisão, sem ajustar a palavras inteiras.
panel-all-hidden = Todos os rótulos estão ocultos na lista.
panel-comment-count = { $count ->
    [0] { $count } comentários
    [one] { $count } comentário
   *[other] { $count } comentários
}
panel-entry-list = { $count ->
    [0] { $count } anotações na ordem do texto
    [one] { $count } anotação na ordem do texto
   *[other] { $count } anotações na ordem do texto
}
panel-quoted = “{ $quote }”
panel-selected-span = Trecho selecionado
panel-close-editor = Fechar o editor do trecho
panel-field-label = Rótulo
panel-label-option = { $label } ({ $key })
panel-field-note = Nota
    .placeholder = Por que isto é uma afirmação, uma fonte ou um atenuador? O que você verificaria?
panel-links = Vínculos
panel-no-links = Nenhum vínculo ainda. Vincule uma afirmação à fonte em que ela se apoia, ou um atenuador à afirmação que ele suaviza: pressione L e clique no outro destaque.
panel-link-elsewhere = { $quote } em “{ $title }”
panel-unlink = Remover o vínculo: { $relation } { $quote }
    .title = Remover este vínculo
panel-cancel-link = Cancelar vínculo
    .title = Parar de vincular (Esc)
panel-link = Vincular…
    .title = Depois clique no destaque que você quer vincular (L)
panel-span-comments = Comentários sobre este trecho
panel-comments = Comentários
panel-delete-span = Excluir trecho
    .title = Excluir (Delete ou Backspace)
panel-evidence-summary = Resumo das evidências
panel-overview = { $words ->
        [0] { $words } palavras
        [one] { $words } palavra
       *[other] { $words } palavras
    } · { $claims ->
        [0] { $claims } afirmações
        [one] { $claims } afirmação
       *[other] { $claims } afirmações
    } · { $sources ->
        [0] { $sources } fontes
        [one] { $sources } fonte
       *[other] { $sources } fontes
    } · { $hedges ->
        [0] { $hedges } atenuadores
        [one] { $hedges } atenuador
       *[other] { $hedges } atenuadores
    } ({ $density ->
        [0] { $density } atenuadores a cada 100 palavras
        [one] { $density } atenuador a cada 100 palavras
       *[other] { $density } atenuadores a cada 100 palavras
    })
panel-unsupported = Afirmações sem fonte ({ $count })
panel-no-claims = Nenhuma afirmação marcada ainda.
panel-all-claims-sourced = Toda afirmação tem uma fonte vinculada.
panel-claims-and-sources = As afirmações e suas fontes
panel-no-source = nenhuma fonte vinculada
panel-idle-sources = Fontes que não sustentam nenhuma afirmação ({ $count })
panel-no-sources = Nenhuma fonte marcada ainda.
panel-all-sources-used = Toda fonte sustenta alguma afirmação.
panel-hedged-claims = Afirmações atenuadas ({ $count })
panel-no-hedged-claims = Nenhuma afirmação tem atenuador (vinculado ou dentro dela).
panel-hedge-count = { $count ->
    [one] { $count } atenuador
   *[other] { $count } atenuadores
}
panel-sources-by-kind = Fontes por tipo: { $named ->
        [0] { $named } identificadas
        [one] { $named } identificada
       *[other] { $named } identificadas
    }, { $anonymous ->
        [0] { $anonymous } anônimas
        [one] { $anonymous } anônima
       *[other] { $anonymous } anônimas
    }, { $vague ->
        [0] { $vague } vagas
        [one] { $vague } vaga
       *[other] { $vague } vagas
    }
panel-source-kind = { $kind ->
    [named] identificada
    [anonymous] anônima
    [vague] vaga
   *[other] { $kind }
}
panel-beside = Ao lado: { $title }
panel-swap = Trocar de lado
    .title = Editar este artigo; o outro vai para o lado
panel-close-beside = Fechar o artigo ao lado
panel-compare = Comparar
panel-compare-hint = Para comparar como dois veículos noticiam o mesmo fato, adicione o outro artigo à sua biblioteca; assim ele poderá ser aberto ao lado deste.
panel-compare-with = Comparar com outro artigo
panel-open-beside = Abrir ao lado…
    .aria-label = Abrir ao lado
panel-same-claim = Mesma afirmação nos dois ({ $count })
panel-contradictions = Contradições ({ $count })
panel-only-in = Só em “{ $title }” ({ $count })
panel-side-sources = Fontes: { $named ->
        [0] { $named } identificadas
        [one] { $named } identificada
       *[other] { $named } identificadas
    }, { $anonymous ->
        [0] { $anonymous } anônimas
        [one] { $anonymous } anônima
       *[other] { $anonymous } anônimas
    }, { $vague ->
        [0] { $vague } vagas
        [one] { $vague } vaga
       *[other] { $vague } vagas
    }
panel-current-suggestion = Sugestão atual
panel-suggested = Sugestão: { $label }
panel-accept = Aceitar
    .title = Aceitar (A ou Enter)
panel-reject = Rejeitar
    .title = Rejeitar (X)
panel-next = Próxima ›
    .title = Próxima sugestão (N)
panel-suggestions-off = As sugestões estão desativadas nesta atividade: seu(sua) professor(a) quer ver o que você encontra por conta própria.
panel-article-language = Idioma do artigo
panel-language = { $language ->
    [en] Inglês
    [es] Espanhol
    [fr] Francês
    [de] Alemão
    [pt] Português
    [ar] Árabe
    [zh] Chinês
   *[other] { $language }
}
panel-language-in-text = { $language ->
    [en] inglês
    [es] espanhol
    [fr] francês
    [de] alemão
    [pt] português
    [ar] árabe
    [zh] chinês
   *[other] { $language }
}
panel-unreadable = Sem sugestões: este artigo parece estar em { $language }, e as sugestões só funcionam em { $readable }. Se ele estiver em um desses idiomas, indique aqui.
panel-show-suggestions = Mostrar sugestões no artigo
panel-suggestions-hint = Dicas, não rótulos: contornos tracejados marcam palavras que costumam ser atenuadores, fontes ou afirmações, cada uma com seu motivo. N e P percorrem as dicas; A ou Enter aceita, X rejeita.
panel-open-suggestions = { $count ->
    [0] { $count } sugestões pendentes
    [one] { $count } sugestão pendente
   *[other] { $count } sugestões pendentes
}
panel-open-suggestions-rejected = { $count ->
    [0] { $count } sugestões pendentes
    [one] { $count } sugestão pendente
   *[other] { $count } sugestões pendentes
} ({ $rejected ->
    [one] { $rejected } rejeitada
   *[other] { $rejected } rejeitadas
})
panel-suggestion-count = { $label }: { $count }
panel-accept-all = Aceitar todas ({ $count })
panel-go-first = Ir para a primeira (N)
panel-threads = Comentários sobre trechos
panel-threads-hint = Os comentários sobre os seus trechos também aparecem ao lado deles: escolha um trecho, ou a entrada dele em Anotações, para ler e responder ali.
panel-thread-place = { $place }:
panel-show-span = Mostrar o trecho
    .title = Mostrar o trecho, com este comentário ao lado
panel-reply = Responder
    .placeholder = Sua resposta

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
classroom-criterion-add = Adicionar um critério
classroom-grade-shown-as = Nota exibida em
classroom-scale = Escala
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

messages-not-opened = “{ $name }” não foi aberto: { $why } Nada foi alterado.
messages-answer-damaged = a resposta do leitor de arquivos chegou danificada.
messages-opening-saved = Abrindo o documento salvo…
messages-opening-beside = Abrindo o artigo ao lado…
messages-opening-file = Abrindo “{ $name }”…
messages-reading-file = Lendo “{ $name }”…
messages-preparing = Preparando “{ $title }”…
messages-saved-not-opened = Não foi possível abrir o documento salvo: { $why }.
messages-beside-not-opened = Não foi possível abrir esse artigo ao lado deste: { $why }.
messages-compare-not-opened = Não foi possível abrir esse artigo para comparar: { $why }.
messages-library-unreadable = Não é possível ler a biblioteca: { $why }.
messages-saved-unreadable = Não é possível ler os documentos salvos: { $why }. Você ainda pode anotar e baixar seu trabalho.
messages-dropped-several = { $count ->
    [one] Você arrastou { $count } arquivo; arraste um arquivo do Close Reader por vez. Nada foi alterado.
   *[other] Você arrastou { $count } arquivos; arraste um arquivo do Close Reader por vez. Nada foi alterado.
}
messages-file-too-big = “{ $name }” tem { $size } MB; o Close Reader abre arquivos de até { $limit } MB.
messages-file-unreadable = Não foi possível ler “{ $name }”.
messages-no-worker = A parte do Close Reader que lê arquivos não conseguiu iniciar neste navegador.
messages-text-too-long = { $count ->
    [one] Este texto tem { $count } caractere; o Close Reader abre artigos de até { $limit } caracteres. Divida-o em partes e anote cada parte como um documento próprio.
   *[other] Este texto tem { $count } caracteres; o Close Reader abre artigos de até { $limit } caracteres. Divida-o em partes e anote cada parte como um documento próprio.
}
messages-too-many-annotations = { $count ->
    [one] Isso resultaria em { $count } anotação; o Close Reader comporta até { $limit } em um documento. Divida o artigo em partes.
   *[other] Isso resultaria em { $count } anotações; o Close Reader comporta até { $limit } em um documento. Divida o artigo em partes.
}
messages-needs-article = ele contém { $format }. Abra primeiro o artigo e depois este arquivo para adicionar as anotações dele.
messages-format-native = um arquivo do Close Reader
messages-format-w3c-annotation = uma W3C Web Annotation
messages-format-w3c-list = uma lista de W3C Web Annotations
messages-format-w3c-page = uma W3C Annotation Page
messages-format-w3c-collection = uma W3C Annotation Collection
messages-format-w3c-graph = um grafo de W3C Web Annotations (JSON-LD @graph)
messages-format-hypothesis = anotações do Hypothesis
messages-format-doccano = JSONL do doccano
messages-format-label-studio = tarefas do Label Studio
messages-format-csv = uma planilha CSV do Close Reader
messages-format-brat = um arquivo .ann do brat
messages-imported-as-new = “{ $name }” foi aberto como um novo documento com { $added }.
messages-added-annotations = { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
}
messages-added-annotations-links = { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
} e { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}
messages-cancelled-not-restored = Cancelado. O documento não foi aberto: as últimas alterações dele ainda não foram restauradas. Abra-o de novo para restaurá-las.
messages-cancelled-still-in-library = Cancelado. O documento não foi aberto; ele continua na sua biblioteca.
messages-cancelled-nothing-beside = Cancelado. Nada foi aberto ao lado deste artigo.
messages-cancelled-file-not-opened = Cancelado. O arquivo não foi aberto; nada foi alterado.
messages-cancelled-not-opened = Cancelado. O documento não foi aberto; nada foi alterado.
messages-cancelled-file-not-read = “{ $name }” não foi aberto; nada foi alterado.
messages-export-cancelled = Cancelado. Nada foi exportado.
messages-not-replaced-unreadable = “{ $title }” não foi substituído: não foi possível ler a cópia dele na biblioteca ({ $why }). Nada foi alterado.
messages-not-replaced-unsaved = “{ $title }” não foi substituído: não foi possível salvar a cópia a ser mantida ({ $why }). Nada foi alterado.
messages-replaced-title = { $title } (substituído em { $time })
messages-replaced = “{ $title }” foi substituído pelo arquivo. Sua versão está guardada na biblioteca como “{ $kept }”.
messages-replacement-undone = Sua versão de “{ $title }” voltou; a versão do arquivo foi retirada.
messages-replacement-not-undone = Não foi possível desfazer a substituição: { $why }. As duas versões estão na sua biblioteca.
messages-title-empty = O título não pode ficar vazio.
messages-not-renamed = “{ $title }” não foi renomeado: { $why }.
messages-deleted = “{ $title }” foi excluído.
messages-not-deleted = “{ $title }” não foi excluído: { $why }.
messages-restored = “{ $title }” foi restaurado.
messages-not-restored = Não foi possível restaurá-lo: { $why }.
messages-not-saved = Não salvo neste navegador: { $why }. Seu trabalho continua nesta aba: use Baixar para guardar uma cópia. O salvamento é tentado de novo a cada poucos segundos.
messages-beside-not-saved = O artigo ao lado não foi salvo: { $why }. Baixe-o para guardar uma cópia.
messages-restoring = Restaurando suas últimas alterações…
messages-restored-not-saved = Suas últimas alterações em “{ $title }” foram restauradas, mas não puderam ser salvas neste navegador ({ $why }): use Baixar para guardar uma cópia.
messages-changes-set-aside = Não foi possível restaurar as alterações feitas pouco antes de a página ser fechada pela última vez: { $why }. Elas ficam guardadas à parte neste navegador.
messages-changes-restored = As últimas alterações em { $titles }, feitas pouco antes de a página ser fechada, foram restauradas.
messages-quoted-title = “{ $title }”
messages-storage-full = o armazenamento do seu navegador para esta página está cheio
messages-storage-unavailable = este navegador não permite que a página armazene dados (o IndexedDB não está disponível, como em algumas janelas anônimas)
messages-storage-refused = o navegador se recusou a armazená-lo ({ $name }: { $message })
messages-load-missing = ele não está mais no armazenamento deste navegador
messages-load-damaged = a cópia salva dele está danificada ({ $why })
messages-stored-file-unreadable = o navegador não conseguiu ler o arquivo armazenado dele
messages-changes-not-applied = não é possível aplicar as alterações salvas desde a última cópia completa: { $why }
messages-no-preferences = este navegador não guarda preferências
messages-preferences-full = o armazenamento do navegador está cheio ou bloqueado
messages-preset-saved = O modelo “{ $name }” foi salvo.
messages-preset-not-saved = O modelo não foi salvo: { $why }.
messages-taking-over = Assumindo a edição…
messages-take-over-cancelled = Cancelado: esta aba continua somente leitura; nada foi alterado.
messages-taken-over = Agora você edita este documento aqui, com as alterações mais recentes da outra aba; aquela aba ficou somente leitura.
messages-not-taken-over = Esta aba não conseguiu assumir a edição: { $why }. Ela continua somente leitura; nada foi alterado.
messages-download-failed = Não foi possível iniciar o download: { $why }.
messages-download-no-file = não foi possível montar o arquivo
messages-download-no-window = sem janela
messages-download-no-document = sem documento
messages-download-no-url = sem URL de objeto
messages-download-no-link = sem link
messages-download-no-body = sem corpo da página
messages-export-report = Relatório HTML
messages-export-w3c-hint = JSON-LD para Hypothesis, Recogito e servidores de anotação (.annotations.jsonld)
messages-export-csv-hint = Uma linha por trecho, para planilhas (.csv)
messages-export-brat-hint = Formato standoff do brat: o texto, o .ann e a configuração em um ZIP (.brat.zip)
messages-export-doccano-hint = JSONL de rotulagem de sequências do doccano (.doccano.jsonl)
messages-export-label-studio-hint = Tarefas do Label Studio com suas anotações (.label-studio.json)
messages-export-report-hint = O artigo com destaques e notas, para ler ou imprimir (.report.html)
messages-exporting = Exportando “{ $title }” como { $format }…
messages-link-not-opened = Não foi possível abrir o link da atividade: { $why } Nada foi alterado.
messages-link-empty = não há nada depois de “#assignment=” no link: ele foi cortado ao ser copiado. Peça o link de novo ou o arquivo da atividade.
messages-link-too-big = descompactado, ele ultrapassa o que um arquivo do Close Reader pode conter.
messages-link-no-assignment = ele contém um documento, mas nenhuma atividade.
messages-link-no-compression = Este navegador não consegue criar links (não tem CompressionStream); compartilhe o arquivo da atividade.
messages-link-not-made = Não foi possível criar o link; compartilhe o arquivo da atividade.
messages-link-no-decompression = Este navegador não consegue abrir links de atividades (não tem DecompressionStream); peça o arquivo da atividade.
messages-link-damaged = Este link de atividade está danificado (os dados dele não se descompactam): talvez tenha sido cortado ao ser copiado. Peça o link de novo ou o arquivo da atividade.
messages-link-too-long = { $count ->
    [one] Este artigo é longo demais para ser compartilhado como link ({ $count } caractere; o limite é { $limit }). Compartilhe o arquivo da atividade.
   *[other] Este artigo é longo demais para ser compartilhado como link ({ $count } caracteres; o limite é { $limit }). Compartilhe o arquivo da atividade.
}
messages-rubric-link-too-long = { $count ->
    [one] A rubrica deixa esta atividade longa demais para ser compartilhada como link ({ $count } caractere; o limite é { $limit }; sem a rubrica, caberia). Encurte os nomes dos critérios ou compartilhe o arquivo da atividade.
   *[other] A rubrica deixa esta atividade longa demais para ser compartilhada como link ({ $count } caracteres; o limite é { $limit }; sem a rubrica, caberia). Encurte os nomes dos critérios ou compartilhe o arquivo da atividade.
}
messages-assignment-already-here = Você já tem “{ $title }” neste navegador: seu trabalho nele foi aberto, sem alterações.
messages-student-author = Aluno(a)
messages-no-conversation = não existe a conversa “{ $thread }”
messages-too-many-files = { $count ->
    [one] Você escolheu { $count } arquivo; uma comparação abre até { $limit } por vez. Os primeiros { $limit } estão sendo lidos; adicione os outros depois.
   *[other] Você escolheu { $count } arquivos; uma comparação abre até { $limit } por vez. Os primeiros { $limit } estão sendo lidos; adicione os outros depois.
}
messages-reading-stopped = { $left ->
    [one] Interrompido: { $done } de { $count } arquivos foram lidos; o arquivo restante não foi adicionado.
   *[other] Interrompido: { $done } de { $count } arquivos foram lidos; os outros { $left } não foram adicionados.
}
messages-comparison-closed = a comparação foi fechada
messages-class-set-not-kept = Não foi possível guardar o conjunto da turma neste navegador: { $why }. Os arquivos dele continuam abertos aqui e a cópia guardada antes não mudou; libere espaço (remova na Biblioteca documentos ou conjuntos da turma de que não precisa mais) ou baixe o diário de notas.
messages-class-set-unreadable = Não é possível ler o conjunto da turma guardado para este artigo: { $why }. Ele fica como está; os arquivos que você adicionar agora não serão guardados, para não sobrescrevê-lo.
messages-class-file-unreadable = não é possível lê-lo ({ $why })
messages-class-set-reopening = { $count ->
    [one] Reabrindo o conjunto da turma: { $done } de { $count } arquivo lido…
   *[other] Reabrindo o conjunto da turma: { $done } de { $count } arquivos lidos…
}
messages-class-set-removed = { $count ->
    [one] O conjunto da turma de “{ $title }” foi removido ({ $count } arquivo).
   *[other] O conjunto da turma de “{ $title }” foi removido ({ $count } arquivos).
}
messages-class-set-not-removed = O conjunto da turma de “{ $title }” não foi removido: { $why }.
messages-class-set-back = O conjunto da turma de “{ $title }” voltou.
messages-class-set-not-back = Não foi possível restaurar o conjunto da turma: { $why }.
messages-gradebook-needs-key = Escolha primeiro um gabarito: o diário de notas avalia cada aluno com base nele.
messages-feedback-needs-files = Escolha um gabarito e adicione primeiro os arquivos dos alunos: cada arquivo de devolutiva mostra os trechos de um aluno em comparação com o gabarito.
messages-feedback-saved = { $count ->
    [one] { $count } arquivo de devolutiva foi salvo em { $file }: entregue a cada aluno o seu; ele abre no Close Reader mostrando os trechos do aluno em comparação com o gabarito.
   *[other] { $count } arquivos de devolutiva foram salvos em { $file }: entregue a cada aluno o seu; ele abre no Close Reader mostrando os trechos do aluno em comparação com o gabarito.
}
messages-grades-need-key = Escolha primeiro um gabarito: as notas são calculadas com base nele.
messages-writing-grades = Gerando { $file }…
messages-grades-saved = { $file } foi salvo, com a nota de cada aluno.
messages-grades-saved-but = { $file } foi salvo, mas: { $problems }
messages-id-canvas-user = ID de usuário do Canvas
messages-id-sis-user = ID de usuário do SIS
messages-id-sis-login = ID de login do SIS
messages-id-email = Endereço de e-mail
messages-id-username = Nome de usuário
messages-id-number = Número de identificação
messages-caret-span = { $label }: { $quote }
messages-caret-spans = { $first }; { $rest }
messages-caret-selected = Selecionado: { $spans }
messages-caret-linked = Vinculado a { $spans }
messages-paste-first = Cole primeiro o texto do artigo em “{ $field }”.
messages-url-not-web = A URL da fonte deve começar com http:// ou https:// (ou deixe-a vazia).
messages-untitled = Sem título
messages-print-labels = Rótulos
messages-print-notes = Notas
messages-print-note-number = { $number }.
messages-crash-title = O Close Reader parou de funcionar
messages-crash-download = Um erro no programa interrompeu esta página. Baixe seu trabalho como foi salvo pela última vez (no máximo meio segundo antes do erro) para guardar uma cópia e depois recarregue a página para continuar de onde parou.
messages-crash-reload = Um erro no programa interrompeu esta página. Seu trabalho, como foi salvo pela última vez, está guardado neste navegador: recarregue a página para continuar de onde parou.
messages-crash-reload-link = Recarregar
messages-crash-download-link = Baixar seu trabalho

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

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

report-untitled = Artigo sem título
report-page-title = { $title } (anotado)
report-source = Fonte: { $url }
report-word-count = { $count ->
    [one] { $count } palavra
   *[other] { $count } palavras
}
report-annotation-count = { $count ->
    [one] { $count } anotação
   *[other] { $count } anotações
}
report-annotated-by = anotado por { $name }
report-exported = exportado em { $date }
report-legend = Legenda
report-note-marker = Nota { $number }
report-claims = As afirmações e suas fontes
report-no-source = nenhuma fonte vinculada
report-kind-named = identificada
report-kind-anonymous = anônima
report-kind-vague = vaga
report-notes = Notas
report-back-to-note = Voltar ao texto da nota { $number }
report-comments = Comentários

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

why-hedge = { $class ->
    [modal] verbo modal
    [adverb] advérbio de dúvida
    [adjective] adjetivo de dúvida
    [reporting] atenuador de atribuição
    [approximator] marcador de aproximação
    [mood] futuro do pretérito
   *[verb] verbo de suposição
} “{ $quote }”
why-hedge-before-number = { $hedge } antes de um número
why-hedge-before-quantity = { $hedge } antes de uma quantidade
why-claim = { $class ->
    [percentage] porcentagem
    [money] quantia em dinheiro
    [date] data
    [comparative] comparativo
    [superlative] superlativo
    [causal] conector causal
    [prediction] previsão
    [change] mudança
    [reported] discurso indireto
   *[number] número
} “{ $quote }”
why-claim-and = { $first } e { $class ->
    [percentage] uma porcentagem
    [money] uma quantia em dinheiro
    [date] uma data
    [comparative] um comparativo
    [superlative] um superlativo
    [causal] um conector causal
    [prediction] uma previsão
    [change] uma mudança
    [reported] discurso indireto
   *[number] um número
} “{ $quote }”
why-source-verb = verbo de elocução “{ $cue }” com fonte { $kind ->
    [named] identificada
    [anonymous] anônima
   *[vague] vaga
} “{ $source }”
why-source-according = “{ $cue }” com fonte { $kind ->
    [named] identificada
    [anonymous] anônima
   *[vague] vaga
} “{ $source }”
why-class-no-words = nenhuma palavra para classificar
why-class-anonymity = marca de anonimato: “{ $found }”
why-class-hearsay = ouvir dizer: “{ $found }”
why-class-on-record = “{ $role }” falando oficialmente em nome de “{ $name }”
why-class-who = { $who }: “{ $found }”
why-class-who-of = { $who }: “{ $found }” (de “{ $name }”)
why-who = { $who ->
    [official] autoridade não identificada
    [spokesperson] porta-voz não identificado
    [source] fonte não identificada
    [aide] assessor não identificado
    [diplomat] diplomata não identificado
    [employee] funcionário não identificado
    [insider] fonte interna não identificada
    [staff] equipe não identificada
    [witness] testemunha não identificada
    [group] grupo vago
    [quantity] quantidade vaga
   *[person] pessoa não identificada
}
why-class-name = { $sign ->
    [capitalised] nome próprio
    [initialism] sigla
    [organisation] organização
   *[title] cargo e nome
} “{ $name }”
why-class-office = identificado pelo cargo: “{ $found }”
why-class-unnamed-office = ocupante de cargo não identificado: “{ $found }”
why-class-nothing = nenhum nome nem padrão conhecido em “{ $phrase }”

# end of why

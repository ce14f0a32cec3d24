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

# Por que um arquivo, um link ou uma alteração é recusado. Dois tipos de motivo: frases completas,
# terminadas em ponto, e trechos de frase que entram em outra frase.

# Um arquivo do Close Reader que não abre.
reasons-load-not-utf8 = Este arquivo não é texto (não é UTF-8 válido), então não é um arquivo do Close Reader.
reasons-load-not-json = Este arquivo não é JSON válido (o erro está na linha { $line }, coluna { $column }). Os arquivos do Close Reader são JSON.
reasons-load-beyond-limits = Este arquivo não pode ser lido: { $what } (na linha { $line }, coluna { $column }). Nenhum arquivo do Close Reader tem isso.
reasons-limit-nesting = o JSON dele está aninhado demais (mais de 128 níveis)
reasons-limit-number = ele contém um número fora do intervalo
reasons-load-other-format = É um arquivo JSON, mas não do Close Reader: o campo “format” dele é “{ $format }”, não “close-reader”.
reasons-load-no-format = É um arquivo JSON, mas não do Close Reader: ele não tem o campo “format” com o valor “close-reader”.
reasons-load-too-new = Este arquivo foi salvo por uma versão mais nova do Close Reader (versão de arquivo { $version }); este aplicativo lê até a versão { $latest }. Abra-o na versão mais nova.
reasons-load-bad-version = Este arquivo do Close Reader não tem uma “version” válida (ela deve ser um número inteiro de 1 a { $latest }).
reasons-load-damaged = Este arquivo do Close Reader está danificado: { $detail }.
reasons-damaged-read-already = ele já foi lido
reasons-load-text-changed = O texto do artigo neste arquivo não confere com a soma de verificação (sha256) dele: o texto foi alterado depois que o arquivo foi salvo, então não dá para confiar nas posições das anotações.
reasons-load-labels = Este arquivo do Close Reader tem um problema nos rótulos: { $detail }.
reasons-labels-empty-id = o rótulo { $number } tem um identificador vazio
reasons-labels-same-id = dois rótulos têm o mesmo identificador “{ $id }”
reasons-labels-colour = o rótulo “{ $id }” tem a cor “{ $colour }”, que não é uma cor #rrggbb
reasons-labels-key = o rótulo “{ $id }” tem a tecla “{ $key }”; uma tecla é um único caractere
reasons-load-reversed = A anotação { $index } (“{ $id }”) termina antes de começar (início { $start }, fim { $end }).
reasons-load-quote = A anotação { $index } (“{ $id }”) cita “{ $expected }”, mas o texto nas posições dela diz “{ $found }”.
reasons-load-context = A anotação { $index } (“{ $id }”): { $which ->
    [prefix] o texto que vem antes dela
   *[suffix] o texto que vem depois dela
} não confere com o texto ao redor.
reasons-load-annotation = Anotação { $index }: { $error }.
reasons-load-bad-link = O vínculo { $index } (“{ $id }”) { $detail }.
reasons-link-bad-sha256 = indica o outro documento pelo sha256 “{ $sha256 }”, que não tem 64 dígitos hexadecimais
reasons-unknown-kind = tem o tipo “{ $kind }”, que o Close Reader não conhece (ele conhece { $known })
reasons-load-link = Vínculo { $index }: { $error }.
reasons-load-assignment = Este arquivo do Close Reader tem um problema na atividade: { $detail }.
reasons-load-feedback = Este arquivo do Close Reader tem um problema na devolutiva: { $detail }.
reasons-load-key-span = O trecho { $index } do gabarito { $detail }.
reasons-load-threads = Este arquivo do Close Reader tem um problema nos comentários: { $detail }.
reasons-threads-not-list = não é uma lista
reasons-load-thread = O tópico de comentários { $index } { $detail }.
reasons-load-structure = Este arquivo do Close Reader tem um problema na estrutura: { $detail }.
reasons-load-structure-item = { $what ->
    [Block] O bloco
   *[Mark] O elemento de formatação
} { $index } da estrutura { $detail }.
reasons-shape-past-end = { $what ->
    [Block] O bloco
   *[Mark] O elemento de formatação
} { $index } da estrutura vai além do fim do texto.
reasons-shape-not-whole-lines = O bloco { $index } da estrutura não começa nem termina nas bordas das linhas.
reasons-shape-overlap = O bloco { $index } da estrutura se sobrepõe ao anterior ou vem antes dele.
reasons-shape-bad-value = { $what ->
    [Block] O bloco
   *[Mark] O elemento de formatação
} { $index } da estrutura tem um valor impossível.

# O que diz o leitor de JSON.
reasons-json-at = { $what } (linha { $line }, coluna { $column })
reasons-json-missing-field = falta o campo `{ $field }`
reasons-json-duplicate-field = o campo `{ $field }` está repetido

# Um item de um arquivo (trecho do gabarito, tópico de comentários, bloco ou elemento de formatação).
reasons-item-unreadable = não pode ser lido: { $why }
reasons-item-reversed = termina antes de começar (início { $start }, fim { $end })
reasons-item-outside = tem as posições [{ $start }, { $end }), fora do texto (que tem { $length ->
    [one] { $length } caractere
   *[other] { $length } caracteres
})
reasons-item-empty = não abrange nenhum texto
reasons-item-quote = cita “{ $expected }”, mas o texto nas posições dele diz “{ $found }”
reasons-item-unknown-label = usa o rótulo “{ $label }”, que o arquivo não define
reasons-no-id = não tem identificador
reasons-thread-same-id = tem o identificador “{ $id }”, como um tópico anterior
reasons-thread-no-messages = não tem mensagens
reasons-thread-message = tem uma mensagem ({ $number }) que { $problem }
reasons-thread-same-message-id = tem duas mensagens com o identificador “{ $id }”
reasons-structure-no-href = é um link sem “href”
reasons-structure-no-level = é um título sem “level”
reasons-structure-no-ordered = é um item de lista sem “ordered”
reasons-structure-item-no-depth = é um item de lista sem “depth”
reasons-structure-quote-no-depth = é uma citação sem “depth”
reasons-structure-depth = tem a profundidade { $depth }; uma profundidade vai de 1 a { $most }
reasons-structure-level = é um título de nível { $level }; um nível vai de 1 a 6
reasons-structure-number = tem o número { $number }, maior que o de qualquer lista ({ $most })

# Uma mensagem de uma conversa.
reasons-message-no-author = não tem autor
reasons-message-no-text = não tem texto
reasons-message-time = tem o horário “{ $time }”, que não é uma data e hora RFC 3339 (como 2026-12-07T18:02:11Z)
reasons-message-too-long = tem { $count } caracteres; são permitidos no máximo { $most }

# A atividade de um arquivo e a rubrica dela.
reasons-assignment-instructions = as instruções dela têm { $count } caracteres; são permitidos no máximo { $most }
reasons-assignment-rubric = na rubrica, { $problem }
reasons-assignment-rubric-unreadable = a rubrica dela não pode ser lida: { $why }
reasons-assignment-criterion-unreadable = o critério { $number } da rubrica não pode ser lido: { $why }
reasons-assignment-band-unreadable = a faixa de letra { $number } da rubrica não pode ser lida: { $why }
reasons-rubric-no-criteria = não há critérios
reasons-rubric-too-many = há { $count } critérios; são permitidos no máximo { $most }
reasons-rubric-no-name = o critério { $number } não tem nome
reasons-rubric-name-too-long = o nome do critério { $number } tem { $count } caracteres; são permitidos no máximo { $most }
reasons-rubric-same-name = os critérios { $first } e { $number } se chamam “{ $name }”; dê a cada um um nome próprio
reasons-rubric-points-zero = os pontos do critério { $number } devem ser maiores que 0
reasons-rubric-points-most = os pontos do critério { $number } devem ser no máximo { $most }
reasons-rubric-points-decimals = os pontos do critério { $number } têm mais de duas casas decimais
reasons-rubric-no-label = o critério { $number } não mede nenhum rótulo; escolha um
reasons-rubric-notes-zero = o critério { $number } pede notas em pelo menos 0 trechos; peça 1 ou mais
reasons-rubric-notes-most = o critério { $number } pede notas em pelo menos { $count } trechos; é possível pedir no máximo { $most }
reasons-rubric-unknown-label = o critério { $number } mede o rótulo “{ $label }”, que o arquivo não define
reasons-rubric-unknown-link-kind = o critério { $number } conta vínculos do tipo “{ $kind }”, que o Close Reader não conhece (ele conhece { $known })
reasons-rubric-no-letters = a escala de letras não tem letras
reasons-rubric-too-many-letters = a escala de letras tem { $count } letras; são permitidas no máximo { $most }
reasons-rubric-band-no-letter = a faixa { $number } não tem letra
reasons-rubric-letter-too-long = a letra da faixa { $number } tem mais de { $most } caracteres
reasons-rubric-same-letter = a letra “{ $letter }” é dada às faixas { $first } e { $number }
reasons-rubric-band-range = a faixa { $number } ({ $letter }) começa em { $percent }%; uma faixa começa entre 0 e 100%
reasons-rubric-band-order = as faixas vão da mais alta para a mais baixa: a faixa { $number } ({ $letter }, a partir de { $percent }%) deve começar abaixo da faixa { $above } ({ $above_letter }, a partir de { $above_percent }%)
reasons-rubric-last-band = a última faixa ({ $letter }) começa em { $percent }%; ela deve começar em 0%, para que toda nota tenha uma letra

# Alterações que o documento não aceita.
reasons-annotation-outside = a anotação “{ $id }” tem as posições [{ $start }, { $end }), fora do texto (que tem { $length ->
    [one] { $length } caractere
   *[other] { $length } caracteres
})
reasons-annotation-empty = a anotação “{ $id }” não abrange nenhum texto
reasons-annotation-unknown-label = a anotação “{ $id }” usa o rótulo “{ $label }”, que o arquivo não define
reasons-annotation-same-id = duas anotações têm o mesmo identificador “{ $id }”
reasons-link-empty-id = um vínculo tem um identificador vazio
reasons-link-same-id = dois vínculos têm o mesmo identificador “{ $id }”
reasons-link-missing-end = o vínculo “{ $id }” { $end ->
    [from] parte da
   *[to] leva à
} anotação “{ $annotation }”, que não existe
reasons-link-to-itself = o vínculo “{ $id }” liga a anotação “{ $annotation }” a ela mesma
reasons-link-repeats = o vínculo “{ $id }” repete o vínculo “{ $existing }” (mesmas anotações, mesmo tipo)
reasons-link-no-annotation = não há nenhuma anotação “{ $annotation }” para vincular
reasons-link-not-across = um vínculo do tipo “{ $kind }” não pode ligar dois documentos (só same-claim e contradicts podem)
reasons-edit-annotation-changed = a anotação “{ $id }” mudou depois que esta alteração foi feita
reasons-edit-label = o rótulo “{ $id }” já existe ou ainda está em uso
reasons-edit-label-changed = o rótulo “{ $id }” mudou depois que esta alteração foi feita
reasons-edit-link-changed = o vínculo “{ $id }” mudou depois que esta alteração foi feita
reasons-edit-still-linked = a anotação “{ $id }” ainda tem vínculos ({ $links }); remova-os junto com ela
reasons-edit-message-same-id = a conversa já tem uma mensagem com o identificador “{ $id }”
reasons-edit-message = a mensagem { $problem }
reasons-edit-conversation-changed = a conversa “{ $id }” mudou depois que esta alteração foi feita
reasons-label-empty-id = um rótulo tem um identificador vazio
reasons-label-same-id = dois rótulos têm o identificador “{ $id }”
reasons-label-no-name = o rótulo “{ $id }” não tem nome
reasons-label-colour = a cor “{ $colour }” do rótulo “{ $id }” não é uma cor #rrggbb
reasons-label-key-too-long = a tecla “{ $key }” do rótulo “{ $id }” tem mais de um caractere
reasons-label-key-reserved = o rótulo “{ $id }” tem a tecla “{ $key }”, que o aplicativo usa para os próprios comandos
reasons-label-key-taken = o rótulo “{ $id }” tem a tecla “{ $key }”, que o rótulo “{ $other }” já usa
reasons-label-unknown = não há nenhum rótulo “{ $id }”
reasons-label-to-itself = os trechos do rótulo “{ $id }” não podem passar para esse mesmo rótulo
reasons-label-no-position = não há posição { $position } ({ $count ->
    [one] há { $count } rótulo
   *[other] há { $count } rótulos
})
reasons-label-in-use = { $count ->
    [one] ainda há { $count } trecho marcado com o rótulo “{ $id }”; escolha o que acontece com ele antes de excluí-lo
   *[other] ainda há { $count } trechos marcados com o rótulo “{ $id }”; escolha o que acontece com eles antes de excluí-lo
}

# Alterações guardadas quando a página fechou.
reasons-journal-unreadable = o registro não pode ser lido ({ $why })
reasons-journal-format = formato { $format }, versão { $version }
reasons-journal-no-stored-copy = o documento salvo a que elas se aplicam não está mais neste navegador
reasons-journal-other-text = o documento salvo a que elas se aplicam tem outro texto

# O código de um link de atividade.
reasons-code-character = o código dele tem { $character } no caractere { $position }, e um código só tem letras, dígitos, “-” e “_” (o link provavelmente foi alterado ao ser copiado).
reasons-code-length = o código dele tem { $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
}, um tamanho que nenhum código tem (o link provavelmente foi cortado ao ser copiado).
reasons-code-ending = o código dele termina em “{ $character }”, e nenhum código termina assim (o link provavelmente foi cortado ou alterado ao ser copiado).
reasons-character-space = um espaço
reasons-character-line-break = uma quebra de linha
reasons-character-invisible = o caractere invisível { $code }
reasons-character-quoted = “{ $character }”

# Um artigo que não pode ser importado.
reasons-article-no-text-layer = Este PDF não tem camada de texto: é uma imagem das páginas. Abra um PDF que tenha texto ou cole o texto do artigo.
reasons-article-encrypted = Este arquivo { $kind } está protegido por senha, então o texto dele não pode ser lido. Salve uma cópia sem proteção e abra essa cópia.
reasons-article-too-large = Este arquivo é grande demais para abrir: { $what }.
reasons-article-damaged = { $kind ->
    [text] Este arquivo de texto
   *[other] Este arquivo { $kind }
} está danificado e não pode ser lido ({ $detail }).
reasons-article-damaged-page = Este arquivo de página da web está danificado e não pode ser lido ({ $detail }).
reasons-article-empty = { $kind ->
    [text] Este arquivo de texto
   *[other] Este arquivo { $kind }
} não tem texto para anotar.
reasons-article-empty-page = Esta página da web não tem texto para anotar.
reasons-article-archive = É um arquivo ZIP, não um arquivo do Word, OpenDocument ou EPUB. Descompacte-o e abra o arquivo que está dentro (para uma exportação do brat, abra primeiro o texto do artigo e depois o arquivo .ann dele).
reasons-article-not-article = É { $what }, não um artigo: abra uma página da web ou um arquivo PDF, Word, OpenDocument, EPUB, Markdown ou de texto.
reasons-file-empty = um arquivo vazio
reasons-file-image = uma imagem
reasons-file-binary = um arquivo binário, não texto
reasons-file-damaged-zip = um arquivo zip danificado
reasons-file-opendocument-other = uma planilha, apresentação ou desenho do OpenDocument, não um documento de texto
reasons-file-excel = uma pasta de trabalho do Excel
reasons-file-powerpoint = uma apresentação do PowerPoint
reasons-file-office-protected = um arquivo do Office protegido por senha (salve uma cópia sem proteção como .docx)
reasons-file-old-word = um arquivo antigo do Word (.doc) (salve-o como .docx)
reasons-file-old-office = um arquivo antigo do Office (.xls ou .ppt)
reasons-file-rtf = um arquivo RTF (salve-o como .docx ou .odt)
reasons-file-xml = um arquivo XML
reasons-large-parts = ele contém { $count } partes, mais que { $most }
reasons-large-part = a parte { $part } dele ocupa mais de { $megabytes } MB descompactada
reasons-large-all-parts = as partes dele ocupam mais de { $megabytes } MB descompactadas
reasons-large-page = a página tem { $megabytes } MB, mais que os { $most } MB que uma página pode ter
reasons-large-chapter = o capítulo tem { $megabytes } MB, mais que os { $most } MB que uma página pode ter
reasons-large-contents = o conteúdo das páginas dele ocupa mais de { $megabytes } MB descompactado (ou o de uma delas, mais de { $each } MB)
reasons-large-drawing = as páginas dele têm instruções de desenho demais
reasons-large-characters = as páginas dele têm mais de quatro milhões de caracteres
reasons-large-pages = ele tem { $count } páginas ou mais, e é possível abrir no máximo { $most }
reasons-large-one-part = uma parte dele ocupa mais de { $megabytes } MB descompactada
reasons-damage-zip = não é um arquivo zip completo
reasons-damage-no-pages = não tem páginas que possam ser lidas
reasons-damage-not-pdf = não começa como um PDF começa
reasons-damage-cut-short = está cortado: falta o final
reasons-damage-no-catalogue = falta o catálogo de páginas
reasons-damage-pdf-structure = a estrutura dele não pode ser lida: { $why }
reasons-damage-no-word-document = não tem a parte de documento: talvez não seja um arquivo do Word
reasons-damage-old-word = é um arquivo .doc antigo do Word 97–2003; salve-o como .docx e abra esse
reasons-damage-no-content = não tem content.xml: talvez não seja um arquivo do OpenDocument
reasons-damage-no-container = não tem META-INF/container.xml
reasons-damage-no-package = o container.xml dele não indica nenhum documento de pacote
reasons-damage-package-missing = falta o documento de pacote { $path }
reasons-damage-no-mime-header = não tem cabeçalho MIME
reasons-damage-not-multipart = não é uma mensagem MIME de várias partes
reasons-damage-no-boundary = as partes dele não têm delimitador
reasons-damage-no-web-page = não contém nenhuma página da web
reasons-damage-not-base64 = a página dele não é base64 válido
reasons-damage-json = é JSON, não um artigo
reasons-damage-part-not-utf8 = a parte { $part } não é texto UTF-8
reasons-damage-part-not-xml = a parte { $part } dele não é XML bem formado: { $why }
reasons-damage-xml-ends-early = ela termina cedo demais
reasons-damage-page-encoding = os caracteres dela estão na codificação { $encoding }, que não pode ser lida aqui; salve a página de novo em UTF-8
reasons-damage-text-encoding = ele está escrito na codificação { $encoding }, que o Close Reader não lê; salve-o em UTF-8 e abra-o de novo
reasons-damage-part = parte { $part }: { $why }

# O arquivo de outra ferramenta que não pode ser lido.
reasons-tool-not-utf8 = Este arquivo não é texto (não é UTF-8 válido), então não é { $format }.
reasons-tool-syntax = Este arquivo { $format } não pode ser lido: { $detail } (na linha { $line }, coluna { $column }).
reasons-tool-shape = Isto não é { $format } utilizável: { $detail }.
reasons-tool-different-text = Este arquivo { $format } é sobre outro texto: { $detail }.

# Um arquivo que não está em nenhum formato que o Close Reader lê.
reasons-unrecognised-empty = Este arquivo está vazio.
reasons-unrecognised-zip = É um arquivo ZIP. Descompacte-o e abra o arquivo que está dentro (para uma exportação do brat, abra primeiro o texto do artigo e depois o arquivo .ann dele).
reasons-unrecognised-binary = Este arquivo não é texto (não é UTF-8 válido), então não contém anotações que o Close Reader consiga ler.
reasons-unrecognised-json = É um arquivo JSON, mas não de um tipo que o Close Reader conheça: { $what }. O Close Reader lê os próprios arquivos, as anotações web do W3C, o Hypothesis e o JSON do doccano e do Label Studio.
reasons-unrecognised-plain-text = É texto simples, não um arquivo de anotações. Para anotá-lo, comece um documento novo e cole o texto.
reasons-json-empty-list = uma lista vazia
reasons-json-unknown-list = uma lista cujo primeiro item não é uma anotação do W3C, nem do Hypothesis, nem uma tarefa do Label Studio
reasons-json-empty-object = um objeto vazio
reasons-json-single-value = um valor solto, nem objeto nem lista
reasons-json-format = o campo “format” dele é “{ $format }”
reasons-json-fields = um objeto com os campos { $fields }

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

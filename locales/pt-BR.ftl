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

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

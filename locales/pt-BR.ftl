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

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

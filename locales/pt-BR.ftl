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

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

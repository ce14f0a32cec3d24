### L'interface de Close Reader en français (traduite de en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } et { $second }
list-more = { $first }, { $rest }
language-menu = Langue
    .title = La langue des boutons et des messages de Close Reader (l'article garde la sienne)
language-unavailable = Les messages en { $language } n'ont pas pu être chargés : Close Reader reste dans sa langue actuelle.

# end of shared

## Start screen (src/components/start.rs, open_file.rs, arrival.rs, import_review.rs, progress_bar.rs)

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

# end of library

## Annotate screen (annotate.rs, top_bar.rs, label_toolbar.rs, label_editor.rs, article.rs, search_bar.rs, export_menu.rs)

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

panel-annotations = Annotations
panel-evidence = Preuves
panel-suggestions = Suggestions
panel-tabs = Panneau latéral
panel-annotations-count = Annotations ({ $count })
panel-show-labels = Afficher les étiquettes
panel-chip-hide = Masquer { $label } dans la liste
panel-chip-show = Afficher { $label } dans la liste
panel-edit-labels = Étiquettes…
    .title = Renommer les étiquettes, changer leur couleur, leur touche ou leur ordre, en ajouter ou en supprimer
panel-empty = Sélectionnez des mots de l'article, puis appuyez sur C, S ou H (ou utilisez les boutons qui apparaissent) pour marquer une affirmation, une source ou un modalisateur. Maintenez Alt enfoncée pour sélectionner exactement, sans étendre la sélection aux mots entiers.
panel-all-hidden = Toutes les étiquettes sont masquées dans la liste.
panel-comment-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
panel-entry-list = { $count ->
    [one] { $count } annotation dans l'ordre du texte
   *[other] { $count } annotations dans l'ordre du texte
}
panel-quoted = « { $quote } »
panel-selected-span = Passage sélectionné
panel-close-editor = Fermer l'éditeur du passage
panel-field-label = Étiquette
panel-label-option = { $label } ({ $key })
panel-field-note = Note
    .placeholder = Pourquoi est-ce une affirmation, une source ou un modalisateur ? Que vérifieriez-vous ?
panel-links = Liens
panel-no-links = Aucun lien pour l'instant. Reliez une affirmation à la source sur laquelle elle repose, ou un modalisateur à l'affirmation qu'il atténue : appuyez sur L, puis cliquez sur l'autre surlignage.
panel-link-elsewhere = { $quote } dans « { $title } »
panel-unlink = Supprimer le lien : { $relation } { $quote }
    .title = Supprimer ce lien
panel-cancel-link = Annuler le lien
    .title = Arrêter de lier (Esc)
panel-link = Lier…
    .title = Cliquez ensuite sur le surlignage à lier (L)
panel-span-comments = Commentaires sur ce passage
panel-comments = Commentaires
panel-delete-span = Supprimer le passage
    .title = Supprimer (Delete ou Backspace)
panel-evidence-summary = Synthèse des preuves
panel-overview = { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    } · { $claims ->
        [one] { $claims } affirmation
       *[other] { $claims } affirmations
    } · { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    } · { $hedges ->
        [one] { $hedges } modalisateur
       *[other] { $hedges } modalisateurs
    } ({ $density ->
        [one] { $density } modalisateur pour 100 mots
       *[other] { $density } modalisateurs pour 100 mots
    })
panel-unsupported = Affirmations sans source ({ $count })
panel-no-claims = Aucune affirmation marquée pour l'instant.
panel-all-claims-sourced = Chaque affirmation a une source liée.
panel-claims-and-sources = Les affirmations et leurs sources
panel-no-source = aucune source liée
panel-idle-sources = Sources qui n'étayent aucune affirmation ({ $count })
panel-no-sources = Aucune source marquée pour l'instant.
panel-all-sources-used = Chaque source étaye une affirmation.
panel-hedged-claims = Affirmations modalisées ({ $count })
panel-no-hedged-claims = Aucune affirmation ne porte de modalisateur (lié ou à l'intérieur).
panel-hedge-count = { $count ->
    [one] { $count } modalisateur
   *[other] { $count } modalisateurs
}
panel-sources-by-kind = Sources par type : { $named ->
        [one] { $named } identifiée
       *[other] { $named } identifiées
    }, { $anonymous ->
        [one] { $anonymous } anonyme
       *[other] { $anonymous } anonymes
    }, { $vague ->
        [one] { $vague } vague
       *[other] { $vague } vagues
    }
panel-source-kind = { $kind ->
    [named] identifiée
    [anonymous] anonyme
    [vague] vague
   *[other] { $kind }
}
panel-beside = À côté : { $title }
panel-swap = Permuter
    .title = Modifier cet article ; l'autre passe à côté
panel-close-beside = Fermer l'article d'à côté
panel-compare = Comparer
panel-compare-hint = Pour comparer la façon dont deux médias rapportent le même événement, ajoutez l'autre article à votre bibliothèque ; il pourra alors s'ouvrir à côté de celui-ci.
panel-compare-with = Comparer avec un autre article
panel-open-beside = Ouvrir à côté…
    .aria-label = Ouvrir à côté
panel-same-claim = Même affirmation dans les deux ({ $count })
panel-contradictions = Contradictions ({ $count })
panel-only-in = Seulement dans « { $title } » ({ $count })
panel-side-sources = Sources : { $named ->
        [one] { $named } identifiée
       *[other] { $named } identifiées
    }, { $anonymous ->
        [one] { $anonymous } anonyme
       *[other] { $anonymous } anonymes
    }, { $vague ->
        [one] { $vague } vague
       *[other] { $vague } vagues
    }
panel-current-suggestion = Suggestion en cours
panel-suggested = Suggestion : { $label }
panel-accept = Accepter
    .title = Accepter (A ou Enter)
panel-reject = Rejeter
    .title = Rejeter (X)
panel-next = Suivante ›
    .title = Suggestion suivante (N)
panel-suggestions-off = Les suggestions sont désactivées pour ce devoir : votre enseignant·e veut voir ce que vous trouvez par vous-même.
panel-article-language = Langue de l'article
panel-language = { $language ->
    [en] Anglais
    [es] Espagnol
    [fr] Français
    [de] Allemand
    [pt] Portugais
    [ar] Arabe
    [zh] Chinois
   *[other] { $language }
}
panel-language-in-text = { $language ->
    [en] anglais
    [es] espagnol
    [fr] français
    [de] allemand
    [pt] portugais
    [ar] arabe
    [zh] chinois
   *[other] { $language }
}
panel-unreadable = Aucune suggestion : cet article semble rédigé en { $language }, et les suggestions ne fonctionnent qu'en { $readable }. S'il est dans l'une de ces langues, indiquez-le ici.
panel-show-suggestions = Afficher les suggestions dans l'article
panel-suggestions-hint = Des pistes, pas des étiquettes : les contours en pointillés marquent des mots qui sont souvent des modalisateurs, des sources ou des affirmations, chacun avec sa raison. N et P permettent de les parcourir ; A ou Enter accepte, X rejette.
panel-open-suggestions = { $count ->
    [one] { $count } suggestion en attente
   *[other] { $count } suggestions en attente
}
panel-open-suggestions-rejected = { $count ->
    [one] { $count } suggestion en attente
   *[other] { $count } suggestions en attente
} ({ $rejected ->
    [one] { $rejected } rejetée
   *[other] { $rejected } rejetées
})
panel-suggestion-count = { $label } : { $count }
panel-accept-all = Tout accepter ({ $count })
panel-go-first = Aller à la première (N)
panel-threads = Commentaires sur les passages
panel-threads-hint = Les commentaires sur vos passages figurent aussi à côté d'eux : choisissez un passage, ou son entrée sous Annotations, pour les lire et y répondre.
panel-thread-place = { $place } :
panel-show-span = Afficher le passage
    .title = Afficher le passage, avec ce commentaire à côté
panel-reply = Répondre
    .placeholder = Votre réponse

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

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

start-title = Close Reader
start-tagline = Repérez les affirmations, les sources et les modalisateurs d'un article de presse. Tout reste dans ce navigateur jusqu'à ce que vous le téléchargiez.
start-other-ways = Autres façons de commencer
start-sample = Essayer l'article d'exemple
start-library = Bibliothèque ({ $count })
start-field-title = Titre
    .placeholder = Titre de l'article
start-field-url = URL de la source (facultatif)
start-field-text = Texte de l'article
    .placeholder = Collez l'article ici. Les paragraphes, toutes les écritures et toutes les langues sont conservés à l'identique.
start-reflowed = { $count ->
    [one] { $count } ligne coupée au bord de la page, comme dans un texte copié d'un PDF, a été rejointe.
   *[other] { $count } lignes coupées au bord de la page, comme dans un texte copié d'un PDF, ont été rejointes.
}
start-undo-reflow = Annuler la jonction
start-paste-kept = Ce qui est conservé de la page
start-from-web-page = Copié depuis la page web. { $kept }
start-plain-only = Texte brut uniquement (sans titres, listes ni mise en valeur)
start-go = Commencer à annoter
start-shape-lost = Les titres et les listes de la page n'ont pas pu être conservés ({ $why }) ; son texte est collé en texte brut.
start-cancel = Annuler
start-open-file = Ouvrir un fichier
start-progress = { $what } { $percent } %
start-kept = Conservé : { $what }.
start-kept-headings = { $count ->
    [one] { $count } titre
   *[other] { $count } titres
}
start-kept-items = { $count ->
    [one] { $count } élément de liste
   *[other] { $count } éléments de liste
}
start-kept-quotes = { $count ->
    [one] { $count } paragraphe cité
   *[other] { $count } paragraphes cités
}
start-kept-captions = { $count ->
    [one] { $count } légende
   *[other] { $count } légendes
}
start-kept-notes = { $count ->
    [one] { $count } note de bas de page
   *[other] { $count } notes de bas de page
}
start-kept-emphasis = mise en valeur
start-kept-links = { $count ->
    [one] { $count } lien (affiché, non suivi)
   *[other] { $count } liens (affichés, non suivis)
}
start-preview = Aperçu
start-preview-more = { $count ->
    [one] … et { $count } paragraphe de plus.
   *[other] … et { $count } paragraphes de plus.
}
start-arrival-title = Ouvrir cet article ?
start-arrival-read-as = « { $name } », lu comme { $kind ->
    [pdf] un PDF
    [epub] un livre EPUB
    [word] un fichier Word
    [odt] un texte OpenDocument
    [web] une page web
    [mhtml] une page web (fichier unique)
    [markdown] un fichier Markdown
    [text] un fichier texte
   *[other] { $kind }
}
start-arrival-pasted = Collé depuis { $kind ->
    [pdf] un PDF
    [epub] un livre EPUB
    [word] un fichier Word
    [odt] un texte OpenDocument
    [web] une page web
    [mhtml] une page web (fichier unique)
    [markdown] un fichier Markdown
    [text] un fichier texte
   *[other] { $kind }
}
start-arrival-field-title = Titre
start-arrival-left-out = Laissé de côté : { $what }.
start-arrival-plain-only = Texte brut uniquement (sans titres, listes ni mise en valeur ; le texte reste le même)
start-import-title = Importer « { $name } »
start-import-read-as = Lu comme { $format ->
    [native] un fichier Close Reader
    [w3c-annotation] une annotation Web du W3C (Web Annotation)
    [w3c-list] une liste d'annotations Web du W3C
    [w3c-page] une page d'annotations du W3C (Annotation Page)
    [w3c-collection] une collection d'annotations du W3C (Annotation Collection)
    [w3c-graph] un graphe d'annotations Web du W3C (JSON-LD @graph)
    [hypothesis] des annotations Hypothesis
    [doccano] du JSONL doccano
    [label-studio] des tâches Label Studio
    [csv] une feuille CSV Close Reader
    [brat] un fichier .ann de brat
   *[other] { $format }
}.
start-import-found = { $found } sur { $total ->
    [one] { $total } annotation
   *[other] { $total } annotations
} { $found ->
    [one] a trouvé sa place
   *[other] ont trouvé leur place
} dans cet article.
start-import-found-links = { $found } sur { $total ->
    [one] { $total } annotation
   *[other] { $total } annotations
} et { $linked } sur { $links ->
    [one] { $links } lien
   *[other] { $links } liens
} ont trouvé leur place dans cet article.
start-import-new = Il s'ouvre comme un nouveau document, « { $title } » ({ $words ->
    [one] { $words } mot
   *[other] { $words } mots
}), avec { $found } sur { $total ->
    [one] { $total } passage
   *[other] { $total } passages
} à leur place.
start-import-new-links = Il s'ouvre comme un nouveau document, « { $title } » ({ $words ->
    [one] { $words } mot
   *[other] { $words } mots
}), avec { $found } sur { $total ->
    [one] { $total } passage
   *[other] { $total } passages
} et { $linked } sur { $links ->
    [one] { $links } lien
   *[other] { $links } liens
} à leur place.
start-import-tags = Tags qui ne sont pas des étiquettes ici
start-import-tag = « { $tag } » ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
})
start-import-untagged = Sans tag ({ $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
})
start-import-create = Créer l'étiquette « { $tag } »
start-import-mark-as = Marquer comme { $label }
start-import-skip = Ne pas les importer
start-import-not-placed = Non placées ({ $count })
start-import-links-not-made = Liens non créés ({ $count })
start-import-open-with = Ouvrir avec { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
start-import-open-with-links = Ouvrir avec { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} et { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}
start-import-add-nothing = Ne rien ajouter
start-import-add = Ajouter { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
start-import-add-links = Ajouter { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} et { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}

# end of start

## Library and the app's frame (library.rs, app.rs, banner.rs, save_banner.rs, tab_banner.rs, conflict.rs, name_prompt.rs)

library-title = Bibliothèque
library-new = Nouvel article
library-empty = Aucun document enregistré pour l'instant. Collez un article ou ouvrez un fichier pour commencer.
library-list = Documents enregistrés
library-doc-meta = Enregistré le { $when } · { $words ->
    [one] { $words } mot
   *[other] { $words } mots
} · { $counts }
library-no-annotations = aucune annotation pour l'instant
library-class-set-kept = Dossier de la classe conservé : { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} · { $size } · modifié le { $when }
library-open = Ouvrir
    .aria-label = Ouvrir { $title }
library-class-set = Dossier de la classe
    .aria-label = Ouvrir le dossier de la classe de { $title }
    .title = Les fichiers des élèves réunis pour cet article, tels que vous les avez laissés
library-remove-class-set = Retirer le dossier de la classe
    .aria-label = Retirer le dossier de la classe de { $title }
    .title = Oublier les fichiers réunis pour cet article (vous pourrez annuler)
library-compare = Comparer
    .aria-label = Comparer des fichiers pour { $title }
    .title = Ouvrir les fichiers des élèves pour cet article et les comparer
library-rename = Renommer
    .aria-label = Renommer { $title }
library-delete = Supprimer
    .aria-label = Supprimer { $title }
library-new-title = Nouveau titre
library-save = Enregistrer
library-cancel = Annuler
library-undo = Annuler
library-dismiss = Fermer le message
library-save-failed-download = Télécharger
library-save-failed-retry = Réessayer
library-take-over = Prendre la main
library-drop-article = Déposez un article ou un fichier Close Reader pour l'ouvrir
library-drop-students = Déposez les fichiers des élèves pour les ajouter
library-conflict-title = Cet article est déjà dans votre bibliothèque
library-conflict-same-text = « { $title } » a le même texte que le fichier que vous avez ouvert.
library-conflict-in-library = Dans votre bibliothèque : { $counts }, dernière modification le { $when }.
library-conflict-in-library-newer = Dans votre bibliothèque : { $counts }, dernière modification le { $when } (version la plus récente).
library-conflict-file = Le fichier : { $counts }, dernière modification le { $when }.
library-conflict-file-newer = Le fichier : { $counts }, dernière modification le { $when } (version la plus récente).
library-conflict-file-undated = Le fichier : { $counts }.
library-conflict-counts = { $spans ->
    [one] { $spans } passage
   *[other] { $spans } passages
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
library-conflict-spans = { $spans ->
    [one] { $spans } passage
   *[other] { $spans } passages
}
library-conflict-advice-library = La copie de votre bibliothèque est plus récente : la remplacer par le fichier vous ramènerait à un travail plus ancien.
library-conflict-advice-file = Le fichier est plus récent que la copie de votre bibliothèque.
library-conflict-advice-unknown = Impossible de savoir laquelle des deux versions est la plus récente.
library-conflict-hint = « Garder les deux » ouvre le fichier comme un autre document. « Remplacer » l'ouvre à la place de votre copie, qui reste dans la bibliothèque sous un nouveau titre.
library-conflict-keep-both = Garder les deux
library-conflict-replace = Remplacer
library-name-title = Votre nom
library-name-why = Il est inscrit dans le fichier que vous rendez, pour que votre enseignant·e sache à qui est ce travail. Il reste dans ce navigateur.
library-name-start = Commencer
library-name-skip = Passer

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

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

annotate-library = ← Bibliothèque
annotate-saved = Enregistré dans ce navigateur
annotate-saving = Enregistrement…
annotate-not-saved = Non enregistré
annotate-undo = Annuler
    .title = Annuler (Ctrl+Z)
annotate-redo = Rétablir
    .title = Rétablir (Ctrl+Shift+Z ou Ctrl+Y)
annotate-download = Télécharger
    .title = Enregistrer un fichier .close-reader.json
annotate-export = Exporter
    .title = Enregistrer les annotations pour un autre outil, ou un rapport à lire et à imprimer
annotate-print = Imprimer
    .title = Imprimer l'article avec ses surlignages
annotate-share = Partager comme devoir…
    .title = Partager cet article avec une classe : un fichier ou un lien, avec des consignes
annotate-article = Article
annotate-feedback-region = Vos passages comparés au corrigé
annotate-caret-help = Clavier : ←/→ de mot en mot, Shift+←/→ étend la sélection, la touche d'une étiquette la marque, Enter ouvre le surlignage, Esc l'efface, Tab quitte l'article.
annotate-close-panel = Fermer le panneau ▾
annotate-open-panel = Passages et notes ▴
annotate-suggested = { $kind ->
    [claim] affirmation suggérée
    [source] source suggérée
    [hedge] modalisateur suggéré
   *[other] suggestion ({ $kind })
} : { $reason }
annotate-toolbar = Étiqueter la sélection
annotate-label-button = { $name } (touche { $key } ou { $number })
annotate-search = Rechercher dans l'article
    .placeholder = Rechercher dans l'article (/)
annotate-search-none = Aucun résultat
annotate-search-count = { $current } sur { $total }
annotate-search-previous = Résultat précédent
    .title = Résultat précédent (Shift+Enter)
annotate-search-next = Résultat suivant
    .title = Résultat suivant (Enter)
annotate-mark-match = Marquer ce résultat comme
annotate-mark-as = Marquer comme { $label }
    .title = Marquer ce résultat comme { $label }
annotate-labels-title = Étiquettes
annotate-labels-close = Fermer l'éditeur d'étiquettes
annotate-labels-hint = Nom, couleur et touche de chaque étiquette. La touche marque une sélection ; l'ordre de la liste attribue les touches numériques 1–9. Les modifications s'appliquent aussitôt et Annuler les défait.
annotate-label-name = Nom de l'étiquette { $name }
annotate-label-colour = Couleur de { $name }
annotate-label-key = Touche de { $name }
annotate-label-count = Passages portant cette étiquette
annotate-label-up = Monter { $name }
annotate-label-down = Descendre { $name }
annotate-label-delete = Supprimer
    .aria-label = Supprimer l'étiquette { $name }
annotate-delete-choice = Supprimer { $label }
annotate-delete-in-use = { $count ->
    [one] { $count } passage porte l'étiquette « { $label } ». Que faut-il en faire ?
   *[other] { $count } passages portent l'étiquette « { $label } ». Que faut-il en faire ?
}
annotate-delete-spans = Supprimer aussi les passages
annotate-relabel-as = ou leur donner l'étiquette
annotate-relabel-to = Nouvelle étiquette des passages
annotate-relabel-delete = Changer d'étiquette et supprimer
annotate-cancel = Annuler
annotate-add-label = Ajouter une étiquette
annotate-switch-preset = Passer à un modèle…
    .aria-label = Passer à un modèle
annotate-preset-default = { $name } (par défaut)
annotate-preset-name = Nom du modèle
annotate-save-preset = Enregistrer comme modèle
annotate-preset-unnamed = Donnez d'abord un nom au modèle.
annotate-single-keys = Raccourcis à une touche (touches des étiquettes, 1–9, l, n, p, a, x, /)
annotate-single-keys-off = Désactivés : les lettres, les chiffres et / ne font rien, pour que la saisie vocale ne puisse pas les déclencher ; Ctrl+Z, Delete, Escape, les flèches et les boutons fonctionnent toujours. Réglage conservé dans ce navigateur.
annotate-done = Terminé
annotate-contrast-not-colour = « { $color } » n'est pas une couleur #rrggbb : son contraste ne peut pas être vérifié.
annotate-contrast-text = Sur une page { $page }, cette couleur a un contraste de { $ratio }:1 : son soulignement est visible (3:1), mais son nom dans le panneau latéral est difficile à lire (un texte demande 4,5:1).
annotate-contrast-both = Sur une page { $page }, cette couleur a un contraste de { $ratio }:1 : son soulignement (qui demande 3:1) et son nom dans le panneau latéral (qui demande 4,5:1) sont tous deux difficiles à voir.
annotate-contrast-dark = Dans le thème sombre (où l'étiquette est affichée plus claire, { $shown }) : { $warning }

# end of annotate

## Side panel (side_panel.rs, entry_list.rs, span_editor.rs, evidence_panel.rs, suggestion_panel.rs, beside.rs, threads.rs)

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

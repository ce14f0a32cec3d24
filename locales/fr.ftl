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

# end of panel

## Classroom: assignments, rubric, compare view, gradebook (assignment_dialog.rs, assignment_strip.rs, rubric_editor.rs, compare/)

classroom-assign-title = Partager comme devoir
classroom-assign-hint = Les élèves reçoivent l'article et ses étiquettes, sans vos annotations. Leur nom est inscrit dans le fichier qu'ils rendent.
classroom-assign-instructions = Consignes (affichées au-dessus de l'article)
    .placeholder = Marquez chaque affirmation et la source qui la soutient. Marquez comme modalisateurs les mots qui atténuent une affirmation.
classroom-assign-hide-suggestions = Masquer les suggestions
classroom-assign-require-name = Exiger un nom
classroom-assign-download = Télécharger le fichier du devoir
classroom-assign-make-link = Créer un lien
classroom-close = Fermer
classroom-assign-link-about = { $count ->
    [one] Lien du devoir ({ $count } caractère ; l'article voyage dans le lien, aucun serveur ne le voit)
   *[other] Lien du devoir ({ $count } caractères ; l'article voyage dans le lien, aucun serveur ne le voit)
}
classroom-assign-link = Lien du devoir
classroom-assign-copy-link = Copier le lien

classroom-rubric = Grille d'évaluation
classroom-rubric-none = Pas de grille d'évaluation : les élèves ne voient aucun critère de notation, et le carnet de notes n'affiche que l'accord.
classroom-rubric-add = Ajouter une grille d'évaluation
classroom-rubric-legend = { $points ->
    [one] Grille d'évaluation · { $points } point
   *[other] Grille d'évaluation · { $points } points
}
classroom-criteria = Critères
classroom-criterion-name = Nom du critère { $number }
classroom-criterion-points = Points du critère { $number }
classroom-criterion-measure = Mesure du critère { $number }
classroom-criterion-label = Étiquette du critère { $number }
classroom-criterion-links = Liens du critère { $number }
classroom-criterion-notes = Notes demandées par le critère { $number }
classroom-link-every-kind = tous les types
classroom-move-up = Monter
classroom-move-down = Descendre
classroom-remove = Retirer
classroom-criterion-move-up = Monter le critère { $number }
classroom-criterion-move-down = Descendre le critère { $number }
classroom-criterion-remove = Retirer le critère { $number }
classroom-measure-recall = Rappel d'une étiquette (chevauchement)
classroom-measure-f1-exact = F1 d'une étiquette, exact
classroom-measure-f1-overlap = F1 d'une étiquette, chevauchement
classroom-measure-links = Liens du corrigé retrouvés
classroom-measure-notes = Notes sur au moins N passages
classroom-measure-by-hand = Attribué à la main
classroom-criterion-add = Ajouter un critère
classroom-grade-shown-as = Note affichée en
classroom-scale = Échelle
classroom-scale-points = Points
classroom-scale-percent = Pourcentage
classroom-scale-letters = Lettres
classroom-rubric-remove = Retirer la grille d'évaluation
classroom-bands = Paliers des lettres
classroom-band-letter = Lettre du palier { $number }
classroom-band-from = à partir de
classroom-band-percent = { "\u00A0" }%
classroom-band-lowest = Pourcentage minimal du palier { $number }
classroom-band-remove = Retirer le palier { $number }
classroom-band-add = Ajouter une lettre
classroom-rubric-not-saved = Pas encore enregistrée : { $problem }.
classroom-rubric-saved = Enregistrée avec le devoir : les élèves voient ces critères.

classroom-assignment = Devoir
classroom-assessed = Mode d'évaluation ({ $points })
classroom-col-criterion = Critère
classroom-col-points = Points
classroom-col-measured = Mesuré par
classroom-annotating-as = Annotation au nom de { $name }
classroom-change-name = Changer de nom
classroom-no-name = Pas encore de nom
classroom-add-name = Ajouter votre nom
classroom-feedback = Retour
classroom-feedback-heading = Retour selon le corrigé de { $name } : { $percent } %
classroom-feedback-heading-none = Retour selon le corrigé de { $name } : —
classroom-count-matched = { $count ->
    [one] { $count } correspondant
   *[other] { $count } correspondants
}
classroom-count-partial = { $count ->
    [one] { $count } en partie correspondant
   *[other] { $count } en partie correspondants
}
classroom-count-missed = { $count ->
    [one] { $count } manqué
   *[other] { $count } manqués
}
classroom-count-extra = { $count ->
    [one] { $count } absent du corrigé
   *[other] { $count } absents du corrigé
}
classroom-back-to-annotating = Revenir à l'annotation
classroom-show-against-key = Comparer mes passages au corrigé

classroom-back-to-library = ← Bibliothèque
classroom-compare-title = Comparer : { $title }
classroom-key = Corrigé
classroom-no-key = Aucun corrigé
classroom-label = Étiquette
classroom-gradebook-csv = Carnet de notes CSV
classroom-lms-title = Les notes de la grille, avec l'identifiant de chaque élève, au format d'import de ce système
classroom-feedback-files = Fichiers de retour
    .title = Un fichier par élève : ses passages comparés au corrigé, à ouvrir dans Close Reader
classroom-views = Ce que montre l'article
classroom-view-heat = Carte de chaleur
classroom-view-consensus = Consensus
classroom-region-heat = Carte de chaleur : { $label }
classroom-region-feedback = Un élève comparé au corrigé
classroom-region-consensus = Consensus : au moins { $k } sur { $count }
classroom-heat-hint = { $count ->
    [one] { $label } : plus foncé là où { $count } annotateur l'a marqué. Survolez ou touchez pour voir qui.
   *[other] { $label } : plus c'est foncé, plus ils sont nombreux, parmi les { $count } annotateurs, à l'avoir marqué. Survolez ou touchez pour voir qui.
}
classroom-feedback-choose-key = Choisissez un corrigé (ci-dessus) pour comparer les passages d'un élève à celui-ci.
classroom-feedback-for = Retour pour
classroom-student = Élève
classroom-score = Score : { $percent } %
classroom-score-none = Score : —
classroom-legend-matched = correspondant
classroom-legend-partial = en partie correspondant
classroom-legend-missed = manqué
classroom-legend-extra = absent du corrigé
classroom-compare-panel = Fichiers et accord

classroom-files = Fichiers
classroom-files-heading = Fichiers ({ $count })
classroom-add-files = Ajouter des fichiers d'élèves…
    .label = Ajouter des fichiers d'élèves
classroom-drop-files = Ou déposez ici jusqu'à { $count } fichiers. Les fichiers de cet article sont reconnus à leur texte ; une copie légèrement modifiée est réancrée.
classroom-reading-files = Lecture des fichiers… { $done } sur { $count }
classroom-cancel = Annuler
classroom-key-badge = corrigé
classroom-entry-spans = { $count ->
    [one] { $count } passage
   *[other] { $count } passages
}
classroom-reanchored = texte légèrement différent ; tous les passages ont été réancrés
classroom-reanchored-unplaced = { $count ->
    [one] texte différent ; { $count } passage n'a pas pu être placé
   *[other] texte différent ; { $count } passages n'ont pas pu être placés
}
classroom-remove-file = Retirer { $name }
classroom-unplaced = { $label } : « { $quote } »
classroom-set-aside = Mis de côté ({ $count })
classroom-set-aside-why = { "\u00A0" }: { $why }

classroom-agreement = Accord
classroom-agreement-heading = Accord · { $label }
classroom-alpha = α de Krippendorff sur les mots, entre les annotateurs :
classroom-agreement-empty = Ajoutez des fichiers d'élèves pour voir leur accord.
classroom-agreement-table = Annotateurs pour { $label }
classroom-col-annotator = Annotateur
classroom-col-spans = Passages
classroom-col-exact = Exact, par rapport au corrigé
classroom-col-overlap = Chevauchement, par rapport au corrigé
classroom-col-precision = P
classroom-col-recall = R
classroom-agreement-choose-key = Choisissez un corrigé pour évaluer les annotateurs par rapport à lui.
classroom-pairwise = F1 entre annotateurs ({ $label }, chevauchement)

classroom-ranked = Passages par annotateurs
classroom-ranked-heading = Les plus marqués · { $label }
classroom-ranked-empty = Pas encore de passage de cette étiquette.
classroom-ranked-count = { $marked } sur { $count }
classroom-ranked-exactly = ({ $count } à l'identique)
classroom-key-missed-heading = Passages « { $label } » du corrigé, les moins trouvés d'abord
classroom-key-missed-empty = Le corrigé n'a aucun passage de cette étiquette.
classroom-found-by = trouvé par { $found } sur { $count }

classroom-gradebook = Carnet de notes
classroom-gradebook-no-rubric = Pas encore de grille d'évaluation : ouvrez l'article, choisissez Partager comme devoir et ajoutez-y une grille ; ses notes s'afficheront ici.
classroom-gradebook-choose-key = Choisissez un corrigé (ci-dessus) : les critères de la grille sont calculés par rapport à lui.
classroom-gradebook-heading = { $points ->
    [one] Carnet de notes · { $points } point
   *[other] Carnet de notes · { $points } points
}
classroom-grades = Notes
classroom-col-total = Total
classroom-col-grade = Note
classroom-col-lms-identifier = Identifiant LMS
classroom-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
classroom-points-of = { $points } / { $possible }
classroom-percent = { $percent } %
classroom-grade-incomplete = incomplète
classroom-grade-overridden = Modifiée (calculée : { $computed }) : { $reason }
classroom-grade-by-hand = Attribuée à la main : { $reason }
classroom-grade-change = { $criterion } pour { $student } : modifier
classroom-grade-cell = { $student }, { $criterion } : { $value }. { $title }
classroom-lms-identifier-of = Identifiant LMS de { $name }
classroom-override-form = Modifier une valeur
classroom-override-about = { $student } · { $criterion } (calculé : { $computed }, sur { $possible })
classroom-override-about-by-hand = { $student } · { $criterion } (attribué à la main, sur { $possible })
classroom-points-given = Points attribués
classroom-reason = Motif
    .optional = facultatif
    .required = obligatoire : pourquoi cette valeur
classroom-override-keep = Garder cette valeur
classroom-override-revert = Revenir à la valeur calculée
classroom-gradebook-hint = Cliquez sur une valeur pour la modifier ; une valeur modifiée est marquée d'un * et garde son motif (survolez-la pour le lire).
classroom-unmatched = Valeurs attribuées à des élèves qui ne sont plus dans ce dossier (conservées au cas où leur fichier reviendrait) :
classroom-unmatched-criterion = critère { $number }
classroom-unmatched-line = { $student } · { $criterion } : { $points }
classroom-unmatched-line-reason = { $student } · { $criterion } : { $points } ({ $reason })
classroom-roster-paste = Coller une liste d'identifiants
classroom-roster = Liste
classroom-roster-use = Utiliser ces identifiants
classroom-roster-not-read = Non lu : { $problems }.
classroom-lms-identifiers-are = Identifiants { $system } :
classroom-lms-identifier = Identifiant { $system }
classroom-id-canvas-user = ID utilisateur Canvas
classroom-id-sis-user = ID utilisateur SIS
classroom-id-sis-login = ID de connexion SIS
classroom-id-email = Adresse e-mail
classroom-id-username = Nom d'utilisateur
classroom-id-number = Numéro d'identification

classroom-comment-box = Commenter un passage
classroom-comment-on = Commentaire sur { $what }
classroom-comment = Commenter
    .placeholder = Votre commentaire
classroom-comment-hint = Cliquez sur un passage de l'élève, ou sur un passage manqué du corrigé, pour le commenter.

classroom-consensus-empty = Ajoutez des fichiers d'élèves pour établir un consensus.
classroom-consensus-at-least = Passages marqués par au moins { $k } sur { $count }
classroom-consensus-slider = Consensus : au moins
classroom-consensus-make = Créer le document de consensus

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

# end of state

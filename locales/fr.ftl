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

# end of classroom

## Messages from the app's work (src/effects, src/storage, src/io, src/dom, src/*.rs)

# end of messages

## Messages of the app's state: reducers' notices and errors (src/state)

state-read-only-open-elsewhere = Ce document est ouvert en modification dans un autre onglet : il est donc en lecture seule ici. Prenez la main pour le modifier ici.
state-read-only-taken-over = Un autre onglet a pris la main sur ce document : il est donc en lecture seule ici. Reprenez la main pour le modifier de nouveau ici, avec les dernières modifications de cet onglet.
state-read-only-refused = Rien n'a été modifié : ce document est en lecture seule dans cet onglet. Prenez la main pour le modifier ici.

state-relabel-failed = Impossible de changer l'étiquette : { $why }.
state-note-failed = Impossible d'enregistrer la note : { $why }.
state-add-failed = Impossible d'ajouter le passage : { $why }.
state-span-not-added = Le passage n'a pas été ajouté. { $why }
state-reply-blank = La réponse n'a pas été ajoutée : le message est vide.
state-reply-too-long = { $count ->
    [one] La réponse n'a pas été ajoutée : le message compte { $count } caractère, pour { $most } au plus.
   *[other] La réponse n'a pas été ajoutée : le message compte { $count } caractères, pour { $most } au plus.
}
state-reply-failed = La réponse n'a pas été ajoutée : { $why }.

state-labels-not-changed-set = Étiquettes non modifiées : problème dans le jeu d'étiquettes ({ $problem }).
state-labels-not-changed = Étiquettes non modifiées : { $why }.

state-linking-from-claim = Lien en cours : cliquez sur le surlignage de la source sur laquelle s'appuie l'affirmation (ou d'un modalisateur qui la nuance, ou de la même affirmation). Esc pour annuler.
state-linking-from-source = Lien en cours : cliquez sur le surlignage de l'affirmation que cette source étaye. Esc pour annuler.
state-linking-from-hedge = Lien en cours : cliquez sur le surlignage de l'affirmation que ce modalisateur nuance. Esc pour annuler.
state-linking = Lien en cours : cliquez sur le surlignage du passage à lier. Esc pour annuler.
state-link-end = { $label } « { $quote } »
state-link-end-unknown = « { $id } »
state-linked-supported-by = Lien créé : { $from } s'appuie sur { $to }. Annuler le retire.
state-linked-hedges = Lien créé : { $from } nuance { $to }. Annuler le retire.
state-linked-same-claim = Lien créé : { $from } et { $to } sont la même affirmation. Annuler le retire.
state-linked-contradicts = Lien créé : { $from } contredit { $to }. Annuler le retire.
state-not-linked-self = Pas de lien : c'est le passage d'où part le lien ; cliquez sur un autre surlignage.
state-not-linked-already = Pas de lien : ces deux passages sont déjà liés.
state-not-linked = Pas de lien : { $why }.
state-unlinked = Lien supprimé. Annuler le rétablit.
state-relation-supported-by = Étayé par
state-relation-hedged-by = Nuancé par
state-relation-supports = Étaye
state-relation-hedges = Nuance
state-relation-same-claim-as = Même affirmation que
state-relation-contradicts = Contredit

state-beside-already-open = C'est l'article déjà ouvert : choisissez-en un autre à placer à côté.
state-beside-opened = « { $title } » est à côté de cet article. Pour lier une affirmation à la même affirmation là-bas, sélectionnez-la, appuyez sur L et cliquez sur cette affirmation (Shift+clic : la contredit).
state-linked-across-contradicts = Lien entre articles : contredit « { $quote } » dans « { $title } ».
state-linked-across-same-claim = Lien entre articles : même affirmation que « { $quote } » dans « { $title } ».
state-unlinked-across = Lien supprimé dans les deux articles. Annuler le rétablit ici.

state-no-suggestions-left = Plus aucune suggestion : chacune est acceptée, rejetée ou déjà marquée.
state-not-accepted-gone = Non acceptée : elle n'est plus suggérée.
state-not-accepted-no-label = Non acceptée : cet article n'a pas d'étiquette « { $label } ».
state-not-accepted = Non acceptée : { $why }.
state-accepted-all = { $count ->
    [one] { $count } suggestion acceptée. Annuler la retire.
   *[other] { $count } suggestions acceptées. Annuler les retire toutes.
}

state-import-nothing = Rien n'a été ajouté depuis « { $file } ».
state-import-added = { $count ->
    [one] { $count } annotation ajoutée depuis « { $file } ». Annuler la retire.
   *[other] { $count } annotations ajoutées depuis « { $file } ». Annuler les retire.
}
state-import-added-with-links = Ajouté depuis « { $file } » : { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} et { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}. Annuler les retire.
state-import-failed = Les annotations de « { $file } » n'ont pas été ajoutées : { $why }. Rien n'a été modifié.
state-import-no-article = « { $file } » n'a pas été importé : aucun article n'est ouvert. Rien n'a été modifié.

state-thread-on-your-span = Sur votre passage
state-thread-on-key-you-missed = Sur un passage du corrigé que vous avez manqué
state-thread-on-student-span = Sur le passage de { $student }
state-thread-on-key-student-missed = Sur un passage du corrigé manqué par { $student }
state-message-time-utc = { $day } { $time } UTC
state-comment-on-marked = « { $quote } », marqué par { $student }
state-comment-on-missed = « { $quote } », dans le corrigé, manqué par { $student }
state-teacher = Enseignant·e
state-comment-pick-first = Cliquez d'abord sur un passage de l'élève ou sur un passage du corrigé qu'il ou elle a manqué.
state-choose-student-first = Choisissez d'abord un élève.
state-conversation-gone = Cette conversation n'existe plus.
state-comment-blank = Le commentaire n'a pas été ajouté : il est vide.
state-comment-too-long = { $count ->
    [one] Le commentaire n'a pas été ajouté : il compte { $count } caractère, pour { $most } au plus.
   *[other] Le commentaire n'a pas été ajouté : il compte { $count } caractères, pour { $most } au plus.
}
state-comment-refused = Le commentaire n'a pas été ajouté ({ $problem }).

state-own-annotations-file = ce navigateur
state-heat-title = { $label } : marqué par { $count } sur { $total } — { $names }
state-consensus-title = { $label } : marqué par au moins { $count } sur { $total }
state-verdict-matched = { $label } : correspond au corrigé
state-verdict-partial = { $label } : correspond en partie au corrigé ({ $percent } % des points)
state-verdict-missed = { $label } : dans le corrigé, manqué
state-verdict-extra = { $label } : absent du corrigé
state-verdict-key-span = { $label } : le passage du corrigé

state-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
state-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
state-size-kb = { $size } Ko
state-size-mb = { $size } Mo
state-size-gb = { $size } Go
state-kept-with-usage = Conservé dans ce navigateur ({ $size } ; ce site utilise { $used } des { $quota } que le navigateur autorise).
state-kept = Conservé dans ce navigateur ({ $size }).
state-not-kept = Non conservé : { $why }. Les fichiers restent ouverts ici jusqu'à ce que vous quittiez cette page.
state-kept-unreadable = Le dossier de la classe conservé auparavant est illisible ({ $why }) ; les modifications ne sont pas conservées.
state-class-set-damaged = son enregistrement est endommagé ({ $error })
state-class-set-not-one = son enregistrement n'est pas un dossier de la classe (« { $format } »)
state-class-set-newer = il a été conservé par une version plus récente de Close Reader (version d'enregistrement { $version }) ; ouvrez-le avec celle-ci
state-kept-copy-missing = conservé dans ce navigateur, mais sa copie conservée manque
state-kept-copy-changed = conservé dans ce navigateur, mais sa copie conservée ne correspond plus au texte de cet article
state-kept-copy-unreadable = conservé dans ce navigateur, mais { $why }

state-grades-need-key = Choisissez d'abord un corrigé : les notes sont calculées par rapport à lui.
state-not-a-student = { $name } ne fait pas partie des élèves.
state-roster-bad-line = la ligne { $number } (« { $line } ») n'a pas la forme « nom, identifiant »
state-rubric-not-saved = La grille d'évaluation n'est pas enregistrée : { $problem }.
state-criterion-name = Critère { $number }
state-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
state-measure-recall = Rappel de l'étiquette (chevauchement)
state-measure-f1-exact = F1 de l'étiquette, exact
state-measure-f1-overlap = F1 de l'étiquette, chevauchement
state-measure-links = Liens du corrigé trouvés
state-measure-notes = Notes sur au moins N passages
state-measure-by-hand = Attribué à la main
state-measure-recall-words = la part des passages « { $label } » du corrigé que vous trouvez
state-measure-f1-exact-words = le F1 de vos passages « { $label } » par rapport à ceux du corrigé (même début et même fin)
state-measure-f1-overlap-words = le F1 de vos passages « { $label } » par rapport à ceux du corrigé (qui se chevauchent)
state-measure-links-words = la part des liens du corrigé que vous faites aussi
state-measure-links-kind-words = la part des liens « { $kind ->
    [supported-by] étayé par
    [hedges] nuance
    [same-claim] même affirmation
    [contradicts] contredit
   *[other] { $kind }
} » du corrigé que vous faites aussi
state-measure-notes-words = { $count ->
    [one] des notes sur au moins { $count } passage
   *[other] des notes sur au moins { $count } passages
}
state-measure-by-hand-words = attribué par votre enseignant·e
state-scale-points = Points
state-scale-percent = Pourcentage
state-scale-letters = Lettres

# end of state

### L'interface de Close Reader en français (traduite de en.ftl).
### Keep each section's end marker (see en.ftl).

## Shared: lists, the language menu, words used across screens

list-two = { $first } et { $second }
list-more = { $first }, { $rest }
language-menu = Langue
    .title = La langue des boutons et des messages de Close Reader (l'article garde la sienne)
language-unavailable = Les messages en { $language } n'ont pas pu être chargés : Close Reader reste dans sa langue actuelle.

# The default labels' names in a new document (the document keeps them in its file).
shared-label-claim = Affirmation
shared-label-source = Source
shared-label-hedge = Modalisateur

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

annotate-too-long-to-print = Cet article est trop long pour être imprimé d'ici : seule la partie proche de l'écran est dans la page. Exporter → Rapport HTML crée une page avec l'article entier, ses surlignages et ses notes, à imprimer depuis le navigateur.

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
classroom-criterion-add = Ajouter un critère
classroom-grade-shown-as = Note affichée en
classroom-scale = Échelle
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

messages-not-opened = « { $name } » n'a pas été ouvert : { $why } Rien n'a été modifié.
messages-answer-damaged = la réponse du lecteur de fichiers est arrivée endommagée.
messages-opening-saved = Ouverture du document enregistré…
messages-opening-beside = Ouverture de l'article côte à côte…
messages-opening-file = Ouverture de « { $name } »…
messages-reading-file = Lecture de « { $name } »…
messages-preparing = Préparation de « { $title } »…
messages-saved-not-opened = Le document enregistré n'a pas pu être ouvert : { $why }.
messages-beside-not-opened = Cet article n'a pas pu être ouvert à côté de celui-ci : { $why }.
messages-compare-not-opened = Cet article n'a pas pu être ouvert pour la comparaison : { $why }.
messages-library-unreadable = La bibliothèque est illisible : { $why }.
messages-saved-unreadable = Les documents enregistrés sont illisibles : { $why }. Vous pouvez quand même annoter et télécharger votre travail.
messages-dropped-several = { $count ->
    [one] { $count } fichier a été déposé ; déposez un seul fichier Close Reader à la fois. Rien n'a été modifié.
   *[other] { $count } fichiers ont été déposés ; déposez un seul fichier Close Reader à la fois. Rien n'a été modifié.
}
messages-file-too-big = « { $name } » fait { $size } Mo ; Close Reader ouvre les fichiers jusqu'à { $limit } Mo.
messages-file-unreadable = « { $name } » n'a pas pu être lu.
messages-no-worker = La partie de Close Reader qui lit les fichiers n'a pas pu démarrer dans ce navigateur.
messages-text-too-long = { $count ->
    [one] Ce texte compte { $count } caractère ; Close Reader ouvre les articles jusqu'à { $limit } caractères. Découpez-le en parties et annotez chacune comme un document distinct.
   *[other] Ce texte compte { $count } caractères ; Close Reader ouvre les articles jusqu'à { $limit } caractères. Découpez-le en parties et annotez chacune comme un document distinct.
}
messages-too-many-annotations = { $count ->
    [one] Cela ferait { $count } annotation ; Close Reader en accepte jusqu'à { $limit } par document. Découpez l'article en parties.
   *[other] Cela ferait { $count } annotations ; Close Reader en accepte jusqu'à { $limit } par document. Découpez l'article en parties.
}
messages-needs-article = il contient { $format }. Ouvrez d'abord l'article, puis ce fichier pour y ajouter ses annotations.
messages-format-native = un fichier Close Reader
messages-format-w3c-annotation = une annotation W3C Web Annotation
messages-format-w3c-list = une liste d'annotations W3C Web Annotation
messages-format-w3c-page = une W3C Annotation Page
messages-format-w3c-collection = une W3C Annotation Collection
messages-format-w3c-graph = un graphe d'annotations W3C Web Annotation (JSON-LD @graph)
messages-format-hypothesis = des annotations Hypothesis
messages-format-doccano = du JSONL doccano
messages-format-label-studio = des tâches Label Studio
messages-format-csv = une feuille CSV de Close Reader
messages-format-brat = un fichier .ann de brat
messages-imported-as-new = « { $name } » a été ouvert comme nouveau document avec { $added }.
messages-added-annotations = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
messages-added-annotations-links = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} et { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}
messages-cancelled-not-restored = Annulé. Le document n'a pas été ouvert : ses dernières modifications ne sont pas encore restaurées. Rouvrez-le pour les restaurer.
messages-cancelled-still-in-library = Annulé. Le document n'a pas été ouvert ; il est toujours dans votre bibliothèque.
messages-cancelled-nothing-beside = Annulé. Rien n'a été ouvert à côté de cet article.
messages-cancelled-file-not-opened = Annulé. Le fichier n'a pas été ouvert ; rien n'a été modifié.
messages-cancelled-not-opened = Annulé. Le document n'a pas été ouvert ; rien n'a été modifié.
messages-cancelled-file-not-read = « { $name } » n'a pas été ouvert ; rien n'a été modifié.
messages-export-cancelled = Annulé. Rien n'a été exporté.
messages-not-replaced-unreadable = « { $title } » n'a pas été remplacé : sa copie dans la bibliothèque n'a pas pu être lue ({ $why }). Rien n'a été modifié.
messages-not-replaced-unsaved = « { $title } » n'a pas été remplacé : la copie à conserver n'a pas pu être enregistrée ({ $why }). Rien n'a été modifié.
messages-replaced-title = { $title } (remplacé le { $time })
messages-replaced = « { $title } » a été remplacé par le fichier. Votre version est conservée dans la bibliothèque sous le titre « { $kept } ».
messages-replacement-undone = Votre version de « { $title } » est de retour ; celle du fichier a été retirée.
messages-replacement-not-undone = Le remplacement n'a pas pu être annulé : { $why }. Les deux versions sont dans votre bibliothèque.
messages-title-empty = Le titre ne peut pas être vide.
messages-not-renamed = « { $title } » n'a pas été renommé : { $why }.
messages-deleted = « { $title } » a été supprimé.
messages-not-deleted = « { $title } » n'a pas été supprimé : { $why }.
messages-restored = « { $title } » a été restauré.
messages-not-restored = Impossible de le restaurer : { $why }.
messages-not-saved = Non enregistré dans ce navigateur : { $why }. Votre travail est conservé dans cet onglet : utilisez Télécharger pour en garder une copie. L'enregistrement est retenté toutes les quelques secondes.
messages-beside-not-saved = L'article d'à côté n'a pas été enregistré : { $why }. Téléchargez-le pour en garder une copie.
messages-restoring = Restauration de vos dernières modifications…
messages-restored-not-saved = Vos dernières modifications de « { $title } » ont été restaurées, mais n'ont pas pu être enregistrées dans ce navigateur ({ $why }) : utilisez Télécharger pour en garder une copie.
messages-changes-set-aside = Les modifications faites juste avant la dernière fermeture de la page n'ont pas pu être restaurées : { $why }. Elles sont mises de côté dans ce navigateur.
messages-changes-restored = Les dernières modifications de { $titles }, faites juste avant la fermeture de la page, ont été restaurées.
messages-quoted-title = « { $title } »
messages-storage-full = l'espace de stockage de votre navigateur pour cette page est plein
messages-storage-unavailable = ce navigateur ne permet pas à la page d'enregistrer des données (IndexedDB n'est pas disponible, comme dans certaines fenêtres de navigation privée)
messages-storage-refused = le navigateur a refusé de l'enregistrer ({ $name } : { $message })
messages-load-missing = il n'est plus dans le stockage de ce navigateur
messages-load-damaged = sa copie enregistrée est endommagée ({ $why })
messages-stored-file-unreadable = le navigateur n'a pas pu lire son fichier enregistré
messages-changes-not-applied = les modifications enregistrées depuis sa dernière copie complète ne peuvent pas être appliquées : { $why }
messages-no-preferences = ce navigateur ne conserve pas de préférences
messages-preferences-full = le stockage du navigateur est plein ou bloqué
messages-preset-saved = Le modèle « { $name } » a été enregistré.
messages-preset-not-saved = Le modèle n'a pas été enregistré : { $why }.
messages-taking-over = Reprise de la main…
messages-take-over-cancelled = Annulé : cet onglet reste en lecture seule ; rien n'a été modifié.
messages-taken-over = Vous modifiez maintenant ce document ici, avec les dernières modifications de l'autre onglet ; cet autre onglet est en lecture seule.
messages-not-taken-over = Cet onglet n'a pas pu prendre la main : { $why }. Il reste en lecture seule ; rien n'a été modifié.
messages-download-failed = Le téléchargement n'a pas pu démarrer : { $why }.
messages-download-no-file = le fichier n'a pas pu être créé
messages-download-no-window = pas de fenêtre
messages-download-no-document = pas de document
messages-download-no-url = pas d'URL d'objet
messages-download-no-link = pas de lien
messages-download-no-body = pas de corps de page
messages-export-report = Rapport HTML
messages-export-w3c-hint = JSON-LD pour Hypothesis, Recogito et les serveurs d'annotations (.annotations.jsonld)
messages-export-csv-hint = Une ligne par passage, pour les tableurs (.csv)
messages-export-brat-hint = Format standoff de brat : le texte, le .ann et la configuration dans un ZIP (.brat.zip)
messages-export-doccano-hint = JSONL d'étiquetage de séquences doccano (.doccano.jsonl)
messages-export-label-studio-hint = Tâches Label Studio avec leurs annotations (.label-studio.json)
messages-export-report-hint = L'article avec ses surlignages et ses notes, à lire ou à imprimer (.report.html)
messages-exporting = Export de « { $title } » en { $format }…
messages-link-not-opened = Le lien du devoir n'a pas pu être ouvert : { $why } Rien n'a été modifié.
messages-link-empty = rien ne suit « #assignment= » dans le lien : il a été coupé lors de la copie. Redemandez le lien, ou le fichier du devoir.
messages-link-too-big = une fois décompressé, il dépasse ce qu'un fichier Close Reader peut contenir.
messages-link-no-assignment = il contient un document, mais aucun devoir.
messages-link-no-compression = Ce navigateur ne peut pas créer de liens (il n'a pas CompressionStream) ; partagez plutôt le fichier du devoir.
messages-link-not-made = Le lien n'a pas pu être créé ; partagez plutôt le fichier du devoir.
messages-link-no-decompression = Ce navigateur ne peut pas ouvrir les liens de devoir (il n'a pas DecompressionStream) ; demandez plutôt le fichier du devoir.
messages-link-damaged = Ce lien de devoir est endommagé (ses données ne se décompressent pas) : il a peut-être été tronqué lors de la copie. Redemandez le lien, ou le fichier du devoir.
messages-link-too-long = { $count ->
    [one] Cet article est trop long pour être partagé par un lien ({ $count } caractère ; la limite est de { $limit }). Partagez plutôt le fichier du devoir.
   *[other] Cet article est trop long pour être partagé par un lien ({ $count } caractères ; la limite est de { $limit }). Partagez plutôt le fichier du devoir.
}
messages-rubric-link-too-long = { $count ->
    [one] La grille d'évaluation rend ce devoir trop long pour être partagé par un lien ({ $count } caractère ; la limite est de { $limit } ; sans la grille, il tiendrait). Raccourcissez les noms des critères, ou partagez plutôt le fichier du devoir.
   *[other] La grille d'évaluation rend ce devoir trop long pour être partagé par un lien ({ $count } caractères ; la limite est de { $limit } ; sans la grille, il tiendrait). Raccourcissez les noms des critères, ou partagez plutôt le fichier du devoir.
}
messages-assignment-already-here = Vous avez déjà « { $title } » dans ce navigateur : votre travail est ouvert, tel quel.
messages-student-author = Élève
messages-no-conversation = la conversation « { $thread } » n'existe pas
messages-too-many-files = { $count ->
    [one] { $count } fichier a été choisi ; une comparaison en ouvre jusqu'à { $limit } à la fois. Les { $limit } premiers sont en cours de lecture ; ajoutez les autres ensuite.
   *[other] { $count } fichiers ont été choisis ; une comparaison en ouvre jusqu'à { $limit } à la fois. Les { $limit } premiers sont en cours de lecture ; ajoutez les autres ensuite.
}
messages-reading-stopped = { $left ->
    [one] Arrêté : { $done } sur { $count } fichiers lus ; le fichier restant n'a pas été ajouté.
   *[other] Arrêté : { $done } sur { $count } fichiers lus ; les { $left } autres n'ont pas été ajoutés.
}
messages-comparison-closed = la comparaison a été fermée
messages-class-set-not-kept = Le dossier de la classe n'a pas pu être conservé dans ce navigateur : { $why }. Ses fichiers restent ouverts ici et la copie conservée auparavant est inchangée ; libérez de l'espace (supprimez dans la Bibliothèque les documents ou dossiers de la classe dont vous n'avez plus besoin) ou téléchargez le carnet de notes.
messages-class-set-unreadable = Le dossier de la classe conservé pour cet article est illisible : { $why }. Il est laissé tel quel ; les fichiers que vous ajoutez maintenant ne sont pas conservés, pour ne pas l'écraser.
messages-class-file-unreadable = il est illisible ({ $why })
messages-class-set-reopening = { $count ->
    [one] Réouverture du dossier de la classe : { $done } sur { $count } fichier lu…
   *[other] Réouverture du dossier de la classe : { $done } sur { $count } fichiers lus…
}
messages-class-set-removed = { $count ->
    [one] Le dossier de la classe de « { $title } » a été supprimé ({ $count } fichier).
   *[other] Le dossier de la classe de « { $title } » a été supprimé ({ $count } fichiers).
}
messages-class-set-not-removed = Le dossier de la classe de « { $title } » n'a pas été supprimé : { $why }.
messages-class-set-back = Le dossier de la classe de « { $title } » est de retour.
messages-class-set-not-back = Le dossier de la classe n'a pas pu être remis : { $why }.
messages-gradebook-needs-key = Choisissez d'abord un corrigé : le carnet de notes évalue chaque élève par rapport à lui.
messages-feedback-needs-files = Choisissez un corrigé et ajoutez d'abord les fichiers des élèves : chaque fichier de retour montre les passages d'un élève face au corrigé.
messages-feedback-saved = { $count ->
    [one] { $count } fichier de retour a été enregistré dans { $file } : donnez à chaque élève le sien ; il s'ouvre dans Close Reader et montre ses passages face au corrigé.
   *[other] { $count } fichiers de retour ont été enregistrés dans { $file } : donnez à chaque élève le sien ; il s'ouvre dans Close Reader et montre ses passages face au corrigé.
}
messages-grades-need-key = Choisissez d'abord un corrigé : les notes sont calculées par rapport à lui.
messages-writing-grades = Création du fichier { $file }…
messages-grades-saved = { $file } est enregistré, avec la note de chaque élève.
messages-grades-saved-but = { $file } est enregistré, mais : { $problems }
messages-id-canvas-user = Identifiant utilisateur Canvas
messages-id-sis-user = Identifiant utilisateur SIS
messages-id-sis-login = Identifiant de connexion SIS
messages-id-email = Adresse e-mail
messages-id-username = Nom d'utilisateur
messages-id-number = Numéro d'identification
messages-caret-span = { $label } : { $quote }
messages-caret-spans = { $first } ; { $rest }
messages-caret-selected = Sélectionné : { $spans }
messages-caret-linked = Lié à { $spans }
messages-paste-first = Collez d'abord le texte de l'article dans « { $field } ».
messages-url-not-web = L'URL de la source doit commencer par http:// ou https:// (ou laissez-la vide).
messages-untitled = Sans titre
messages-print-labels = Étiquettes
messages-print-notes = Notes
messages-print-note-number = { $number }.
messages-crash-title = Close Reader a cessé de fonctionner
messages-crash-download = Une erreur du programme a arrêté cette page. Téléchargez votre travail tel qu'enregistré en dernier (au plus une demi-seconde avant l'erreur) pour en garder une copie, puis rechargez la page pour reprendre à partir de là.
messages-crash-reload = Une erreur du programme a arrêté cette page. Votre travail tel qu'enregistré en dernier est conservé dans ce navigateur : rechargez la page pour reprendre à partir de là.
messages-crash-reload-link = Recharger
messages-crash-download-link = Télécharger votre travail

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

## Why a file or a link is refused: the core's and the worker's reasons (src/i18n/reasons.rs)

# Pourquoi un fichier, un lien ou une modification est refusé. Deux sortes de raisons : des phrases
# complètes, terminées par un point, et des groupes verbaux ou propositions insérés dans une phrase.

# Un fichier Close Reader qui ne s'ouvre pas.
reasons-load-not-utf8 = Ce fichier n'est pas du texte (ce n'est pas de l'UTF-8 valide) : ce n'est donc pas un fichier Close Reader.
reasons-load-not-json = Ce fichier n'est pas du JSON valide (l'erreur est à la ligne { $line }, colonne { $column }). Les fichiers Close Reader sont en JSON.
reasons-load-beyond-limits = Ce fichier ne peut pas être lu : { $what } (à la ligne { $line }, colonne { $column }). Aucun fichier Close Reader ne contient cela.
reasons-limit-nesting = son JSON est imbriqué trop profondément (plus de 128 niveaux)
reasons-limit-number = il contient un nombre hors limites
reasons-load-other-format = C'est un fichier JSON, mais pas un fichier Close Reader : son champ « format » vaut « { $format } » et non « close-reader ».
reasons-load-no-format = C'est un fichier JSON, mais pas un fichier Close Reader : il n'a pas de champ « format » valant « close-reader ».
reasons-load-too-new = Ce fichier a été enregistré par une version plus récente de Close Reader (version de fichier { $version }) ; cette application lit les versions jusqu'à la { $latest }. Ouvrez-le dans la version plus récente.
reasons-load-bad-version = Ce fichier Close Reader n'a pas de « version » valide (ce doit être un nombre entier de 1 à { $latest }).
reasons-load-damaged = Ce fichier Close Reader est endommagé : { $detail }.
reasons-damaged-read-already = il a déjà été lu
reasons-load-text-changed = Le texte de l'article dans ce fichier ne correspond pas à sa somme de contrôle (sha256) : le texte a été modifié après l'enregistrement du fichier, on ne peut donc pas se fier à la position des annotations.
reasons-load-labels = Ce fichier Close Reader a un problème dans ses étiquettes : { $detail }.
reasons-labels-empty-id = l'étiquette { $number } a un identifiant vide
reasons-labels-same-id = deux étiquettes ont le même identifiant « { $id } »
reasons-labels-colour = l'étiquette « { $id } » a la couleur « { $colour } », qui n'est pas une couleur #rrggbb
reasons-labels-key = l'étiquette « { $id } » a la touche « { $key } » ; une touche est un seul caractère
reasons-load-reversed = L'annotation { $index } (« { $id } ») se termine avant de commencer (début { $start }, fin { $end }).
reasons-load-quote = L'annotation { $index } (« { $id } ») cite « { $expected } », mais le texte à ses positions est « { $found } ».
reasons-load-context = L'annotation { $index } (« { $id } ») : { $which ->
    [prefix] le texte qui la précède
   *[suffix] le texte qui la suit
} ne correspond pas au texte de l'article.
reasons-load-annotation = Annotation { $index } : { $error }.
reasons-load-bad-link = Le lien { $index } (« { $id } ») { $detail }.
reasons-link-bad-sha256 = désigne son autre document par le sha256 « { $sha256 } », qui n'est pas fait de 64 chiffres hexadécimaux
reasons-unknown-kind = a le type « { $kind } », que Close Reader ne connaît pas (il connaît { $known })
reasons-load-link = Lien { $index } : { $error }.
reasons-load-assignment = Ce fichier Close Reader a un problème dans son devoir : { $detail }.
reasons-load-feedback = Ce fichier Close Reader a un problème dans son retour : { $detail }.
reasons-load-key-span = Le passage { $index } du corrigé { $detail }.
reasons-load-threads = Ce fichier Close Reader a un problème dans ses commentaires : { $detail }.
reasons-threads-not-list = ce n'est pas une liste
reasons-load-thread = Le fil de commentaires { $index } { $detail }.
reasons-load-structure = Ce fichier Close Reader a un problème dans sa structure : { $detail }.
reasons-load-structure-item = { $what ->
    [Block] Le bloc
   *[Mark] La mise en forme
} { $index } de la structure { $detail }.
reasons-shape-past-end = { $what ->
    [Block] Le bloc
   *[Mark] La mise en forme
} { $index } de la structure dépasse la fin du texte.
reasons-shape-not-whole-lines = Le bloc { $index } de la structure ne commence pas et ne finit pas aux limites des lignes.
reasons-shape-overlap = Le bloc { $index } de la structure chevauche le précédent ou se place avant lui.
reasons-shape-bad-value = { $what ->
    [Block] Le bloc
   *[Mark] La mise en forme
} { $index } de la structure a une valeur impossible.

# Ce que dit le lecteur JSON.
reasons-json-at = { $what } (ligne { $line }, colonne { $column })
reasons-json-missing-field = champ `{ $field }` manquant
reasons-json-duplicate-field = champ `{ $field }` en double

# Un élément d'un fichier (passage du corrigé, fil de commentaires, bloc ou mise en forme).
reasons-item-unreadable = est illisible : { $why }
reasons-item-reversed = se termine avant de commencer (début { $start }, fin { $end })
reasons-item-outside = a les positions [{ $start }, { $end }), hors du texte (qui compte { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
})
reasons-item-empty = ne couvre aucun texte
reasons-item-quote = cite « { $expected } », mais le texte à ses positions est « { $found } »
reasons-item-unknown-label = utilise l'étiquette « { $label } », que le fichier ne définit pas
reasons-no-id = n'a pas d'identifiant
reasons-thread-same-id = a l'identifiant « { $id } », déjà pris par un fil précédent
reasons-thread-no-messages = n'a aucun message
reasons-thread-message = a un message ({ $number }) qui { $problem }
reasons-thread-same-message-id = a deux messages avec l'identifiant « { $id } »
reasons-structure-no-href = est un lien sans « href »
reasons-structure-no-level = est un titre sans « level »
reasons-structure-no-ordered = est un élément de liste sans « ordered »
reasons-structure-item-no-depth = est un élément de liste sans « depth »
reasons-structure-quote-no-depth = est une citation sans « depth »
reasons-structure-depth = a la profondeur { $depth } ; une profondeur va de 1 à { $most }
reasons-structure-level = est un titre de niveau { $level } ; un niveau va de 1 à 6
reasons-structure-number = a le numéro { $number }, plus grand que celui de toute liste ({ $most })

# Un message d'une conversation.
reasons-message-no-author = n'a pas d'auteur
reasons-message-no-text = n'a pas de texte
reasons-message-time = a l'heure « { $time } », qui n'est pas une date et heure RFC 3339 (comme 2026-12-07T18:02:11Z)
reasons-message-too-long = fait { $count } caractères ; { $most } au plus sont permis

# Le devoir d'un fichier, et sa grille d'évaluation.
reasons-assignment-instructions = ses consignes font { $count } caractères ; { $most } au plus sont permis
reasons-assignment-rubric = dans sa grille d'évaluation, { $problem }
reasons-assignment-rubric-unreadable = sa grille d'évaluation est illisible : { $why }
reasons-assignment-criterion-unreadable = le critère { $number } de sa grille d'évaluation est illisible : { $why }
reasons-assignment-band-unreadable = la tranche de lettre { $number } de sa grille d'évaluation est illisible : { $why }
reasons-rubric-no-criteria = il n'y a aucun critère
reasons-rubric-too-many = il y a { $count } critères ; { $most } au plus sont permis
reasons-rubric-no-name = le critère { $number } n'a pas de nom
reasons-rubric-name-too-long = le nom du critère { $number } fait { $count } caractères ; { $most } au plus sont permis
reasons-rubric-same-name = les critères { $first } et { $number } s'appellent tous deux « { $name } » ; donnez à chacun son propre nom
reasons-rubric-points-zero = les points du critère { $number } doivent être supérieurs à 0
reasons-rubric-points-most = les points du critère { $number } ne doivent pas dépasser { $most }
reasons-rubric-points-decimals = les points du critère { $number } ont plus de deux décimales
reasons-rubric-no-label = le critère { $number } ne mesure aucune étiquette ; choisissez-en une
reasons-rubric-notes-zero = le critère { $number } demande des notes sur au moins 0 passage ; demandez-en 1 ou plus
reasons-rubric-notes-most = le critère { $number } demande des notes sur au moins { $count } passages ; on peut en demander { $most } au plus
reasons-rubric-unknown-label = le critère { $number } mesure l'étiquette « { $label } », que le fichier ne définit pas
reasons-rubric-unknown-link-kind = le critère { $number } compte les liens de type « { $kind } », que Close Reader ne connaît pas (il connaît { $known })
reasons-rubric-no-letters = l'échelle de lettres n'a aucune lettre
reasons-rubric-too-many-letters = l'échelle de lettres a { $count } lettres ; { $most } au plus sont permises
reasons-rubric-band-no-letter = la tranche { $number } n'a pas de lettre
reasons-rubric-letter-too-long = la lettre de la tranche { $number } dépasse { $most } caractères
reasons-rubric-same-letter = la lettre « { $letter } » est donnée aux tranches { $first } et { $number }
reasons-rubric-band-range = la tranche { $number } ({ $letter }) commence à { $percent } % ; une tranche commence entre 0 et 100 %
reasons-rubric-band-order = les tranches vont de la plus haute à la plus basse : la tranche { $number } ({ $letter }, à partir de { $percent } %) doit commencer plus bas que la tranche { $above } ({ $above_letter }, à partir de { $above_percent } %)
reasons-rubric-last-band = la dernière tranche ({ $letter }) commence à { $percent } % ; elle doit commencer à 0 %, pour que toute note ait une lettre

# Les modifications refusées.
reasons-annotation-outside = l'annotation « { $id } » a les positions [{ $start }, { $end }), hors du texte (qui compte { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
})
reasons-annotation-empty = l'annotation « { $id } » ne couvre aucun texte
reasons-annotation-unknown-label = l'annotation « { $id } » utilise l'étiquette « { $label } », que le fichier ne définit pas
reasons-annotation-same-id = deux annotations ont le même identifiant « { $id } »
reasons-link-empty-id = un lien a un identifiant vide
reasons-link-same-id = deux liens ont le même identifiant « { $id } »
reasons-link-missing-end = le lien « { $id } » { $end ->
    [from] part de
   *[to] mène à
} l'annotation « { $annotation } », qui n'existe pas
reasons-link-to-itself = le lien « { $id } » relie l'annotation « { $annotation } » à elle-même
reasons-link-repeats = le lien « { $id } » répète le lien « { $existing } » (mêmes annotations, même type)
reasons-link-no-annotation = il n'y a pas d'annotation « { $annotation } » à lier
reasons-link-not-across = un lien de type « { $kind } » ne peut pas relier deux documents (seuls same-claim et contradicts le peuvent)
reasons-edit-annotation-changed = l'annotation « { $id } » a changé depuis cette modification
reasons-edit-label = l'étiquette « { $id } » existe déjà, ou elle est encore utilisée
reasons-edit-label-changed = l'étiquette « { $id } » a changé depuis cette modification
reasons-edit-link-changed = le lien « { $id } » a changé depuis cette modification
reasons-edit-still-linked = l'annotation « { $id } » a encore des liens ({ $links }) ; supprimez-les avec elle
reasons-edit-message-same-id = la conversation a déjà un message avec l'identifiant « { $id } »
reasons-edit-message = le message { $problem }
reasons-edit-conversation-changed = la conversation « { $id } » a changé depuis cette modification
reasons-label-empty-id = une étiquette a un identifiant vide
reasons-label-same-id = deux étiquettes ont l'identifiant « { $id } »
reasons-label-no-name = l'étiquette « { $id } » n'a pas de nom
reasons-label-colour = la couleur « { $colour } » de l'étiquette « { $id } » n'est pas une couleur #rrggbb
reasons-label-key-too-long = la touche « { $key } » de l'étiquette « { $id } » fait plus d'un caractère
reasons-label-key-reserved = l'étiquette « { $id } » a la touche « { $key } », que l'application utilise pour ses propres commandes
reasons-label-key-taken = l'étiquette « { $id } » a la touche « { $key } », déjà utilisée par l'étiquette « { $other } »
reasons-label-unknown = il n'y a pas d'étiquette « { $id } »
reasons-label-to-itself = les passages de l'étiquette « { $id } » ne peuvent pas passer à cette même étiquette
reasons-label-no-position = il n'y a pas de position { $position } ({ $count ->
    [one] il y a { $count } étiquette
   *[other] il y a { $count } étiquettes
})
reasons-label-in-use = { $count ->
    [one] { $count } passage est encore marqué avec l'étiquette « { $id } » ; choisissez ce qu'il devient avant de la supprimer
   *[other] { $count } passages sont encore marqués avec l'étiquette « { $id } » ; choisissez ce qu'ils deviennent avant de la supprimer
}

# Les modifications gardées à la fermeture de la page.
reasons-journal-unreadable = l'enregistrement est illisible ({ $why })
reasons-journal-format = format { $format }, version { $version }
reasons-journal-no-stored-copy = le document enregistré auquel elles s'appliquent n'est plus dans ce navigateur
reasons-journal-other-text = le document enregistré auquel elles s'appliquent a un autre texte

# Le code d'un lien de devoir.
reasons-code-character = son code contient { $character } au caractère { $position }, alors qu'un code ne contient que des lettres, des chiffres, « - » et « _ » (le lien a sans doute été modifié lors de la copie).
reasons-code-length = son code a { $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
}, une longueur qu'aucun code n'a (le lien a sans doute été coupé lors de la copie).
reasons-code-ending = son code se termine par « { $character } », ce qui n'arrive à aucun code (le lien a sans doute été coupé ou modifié lors de la copie).
reasons-character-space = une espace
reasons-character-line-break = un saut de ligne
reasons-character-invisible = le caractère invisible { $code }
reasons-character-quoted = « { $character } »

# Un article qui ne peut pas être importé.
reasons-article-no-text-layer = Ce PDF n'a pas de couche de texte : c'est une image des pages. Ouvrez un PDF qui contient du texte, ou collez le texte de l'article.
reasons-article-encrypted = Ce fichier { $kind } est protégé par un mot de passe : son texte ne peut donc pas être lu. Enregistrez-en une copie non protégée et ouvrez celle-ci.
reasons-article-too-large = Ce fichier est trop volumineux pour être ouvert : { $what }.
reasons-article-damaged = { $kind ->
    [text] Ce fichier texte
   *[other] Ce fichier { $kind }
} est endommagé et ne peut pas être lu ({ $detail }).
reasons-article-damaged-page = Ce fichier de page web est endommagé et ne peut pas être lu ({ $detail }).
reasons-article-empty = { $kind ->
    [text] Ce fichier texte
   *[other] Ce fichier { $kind }
} ne contient aucun texte à annoter.
reasons-article-empty-page = Cette page web ne contient aucun texte à annoter.
reasons-article-archive = C'est une archive ZIP, pas un fichier Word, OpenDocument ou EPUB. Décompressez-la et ouvrez le fichier qu'elle contient (pour un export brat, ouvrez d'abord le texte de l'article, puis son fichier .ann).
reasons-article-not-article = C'est { $what }, pas un article : ouvrez une page web, un PDF ou un fichier Word, OpenDocument, EPUB, Markdown ou texte.
reasons-file-empty = un fichier vide
reasons-file-image = une image
reasons-file-binary = un fichier binaire, pas du texte
reasons-file-damaged-zip = une archive zip endommagée
reasons-file-opendocument-other = un classeur, une présentation ou un dessin OpenDocument, pas un document texte
reasons-file-excel = un classeur Excel
reasons-file-powerpoint = une présentation PowerPoint
reasons-file-office-protected = un fichier Office protégé par un mot de passe (enregistrez-en une copie non protégée en .docx)
reasons-file-old-word = un ancien fichier Word (.doc) (enregistrez-le en .docx)
reasons-file-old-office = un ancien fichier Office (.xls ou .ppt)
reasons-file-rtf = un fichier RTF (enregistrez-le en .docx ou en .odt)
reasons-file-xml = un fichier XML
reasons-large-parts = il contient { $count } parties, plus que { $most }
reasons-large-part = sa partie { $part } occupe plus de { $megabytes } Mo une fois décompressée
reasons-large-all-parts = ses parties occupent plus de { $megabytes } Mo une fois décompressées
reasons-large-page = la page fait { $megabytes } Mo, plus que les { $most } Mo permis pour une page
reasons-large-chapter = le chapitre fait { $megabytes } Mo, plus que les { $most } Mo permis pour une page
reasons-large-contents = le contenu de ses pages occupe plus de { $megabytes } Mo une fois décompressé (ou celui de l'une d'elles plus de { $each } Mo)
reasons-large-drawing = ses pages contiennent trop d'instructions de dessin
reasons-large-characters = ses pages contiennent plus de quatre millions de caractères
reasons-large-pages = il a { $count } pages ou plus, et on peut en ouvrir { $most } au plus
reasons-large-one-part = une de ses parties occupe plus de { $megabytes } Mo une fois décompressée
reasons-damage-zip = ce n'est pas une archive zip complète
reasons-damage-no-pages = il n'a aucune page lisible
reasons-damage-not-pdf = il ne commence pas comme un PDF
reasons-damage-cut-short = il est tronqué : sa fin manque
reasons-damage-no-catalogue = son catalogue de pages manque
reasons-damage-pdf-structure = sa structure est illisible : { $why }
reasons-damage-no-word-document = il n'a pas de partie document : ce n'est peut-être pas un fichier Word
reasons-damage-old-word = c'est un ancien fichier .doc de Word 97–2003 ; enregistrez-le en .docx et ouvrez ce dernier
reasons-damage-no-content = il n'a pas de content.xml : ce n'est peut-être pas un fichier OpenDocument
reasons-damage-no-container = il n'a pas de META-INF/container.xml
reasons-damage-no-package = son container.xml ne désigne aucun document de package
reasons-damage-package-missing = son document de package { $path } manque
reasons-damage-no-mime-header = il n'a pas d'en-tête MIME
reasons-damage-not-multipart = ce n'est pas un message MIME en plusieurs parties
reasons-damage-no-boundary = ses parties n'ont pas de délimiteur
reasons-damage-no-web-page = il ne contient aucune page web
reasons-damage-not-base64 = sa page n'est pas du base64 valide
reasons-damage-json = c'est du JSON, pas un article
reasons-damage-part-not-utf8 = la partie { $part } n'est pas du texte UTF-8
reasons-damage-part-not-xml = sa partie { $part } n'est pas du XML bien formé : { $why }
reasons-damage-xml-ends-early = elle se termine trop tôt
reasons-damage-page-encoding = ses caractères sont dans l'encodage { $encoding }, qui ne peut pas être lu ici ; enregistrez de nouveau la page en UTF-8
reasons-damage-text-encoding = il est écrit dans l'encodage { $encoding }, que Close Reader ne lit pas ; enregistrez-le en UTF-8 et ouvrez-le de nouveau
reasons-damage-part = partie { $part } : { $why }

# Le fichier d'un autre outil qui ne peut pas être lu.
reasons-tool-not-utf8 = Ce fichier n'est pas du texte (ce n'est pas de l'UTF-8 valide) : ce n'est donc pas du { $format }.
reasons-tool-syntax = Ce fichier { $format } ne peut pas être lu : { $detail } (à la ligne { $line }, colonne { $column }).
reasons-tool-shape = Ce n'est pas du { $format } utilisable : { $detail }.
reasons-tool-different-text = Ce fichier { $format } porte sur un autre texte : { $detail }.

# Un fichier dans aucun format que lit Close Reader.
reasons-unrecognised-empty = Ce fichier est vide.
reasons-unrecognised-zip = C'est une archive ZIP. Décompressez-la et ouvrez le fichier qu'elle contient (pour un export brat, ouvrez d'abord le texte de l'article, puis son fichier .ann).
reasons-unrecognised-binary = Ce fichier n'est pas du texte (ce n'est pas de l'UTF-8 valide) : il ne contient donc aucune annotation que Close Reader puisse lire.
reasons-unrecognised-json = C'est un fichier JSON, mais pas d'un type que connaît Close Reader : { $what }. Close Reader lit ses propres fichiers, les annotations Web du W3C, Hypothesis, et le JSON de doccano et de Label Studio.
reasons-unrecognised-plain-text = C'est du texte brut, pas un fichier d'annotations. Pour l'annoter, commencez un nouveau document et collez-y le texte.
reasons-json-empty-list = une liste vide
reasons-json-unknown-list = une liste dont le premier élément n'est ni une annotation W3C, ni une annotation Hypothesis, ni une tâche Label Studio
reasons-json-empty-object = un objet vide
reasons-json-single-value = une valeur seule, ni un objet ni une liste
reasons-json-format = son champ « format » vaut « { $format } »
reasons-json-fields = un objet avec les champs { $fields }

# end of reasons

## The readable report's and the printout's words (the HTML report written in the worker)

report-untitled = Article sans titre
report-page-title = { $title } (annoté)
report-source = Source : { $url }
report-word-count = { $count ->
    [one] { $count } mot
   *[other] { $count } mots
}
report-annotation-count = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
report-annotated-by = annoté par { $name }
report-exported = exporté le { $date }
report-legend = Légende
report-note-marker = Note { $number }
report-claims = Les affirmations et leurs sources
report-no-source = aucune source liée
report-kind-named = identifiée
report-kind-anonymous = anonyme
report-kind-vague = vague
report-notes = Notes
report-back-to-note = Retour au texte de la note { $number }
report-comments = Commentaires

# end of report

## Why a span is suggested, and how a source was classed (src/i18n/why.rs)

why-hedge = { $class ->
    [modal] verbe modal
    [adverb] adverbe modalisateur
    [adjective] adjectif modalisateur
    [reporting] modalisateur d'allégation
    [approximator] marqueur d'approximation
    [mood] conditionnel
   *[verb] verbe modalisateur
} « { $quote } »
why-hedge-before-number = { $hedge } devant un nombre
why-hedge-before-quantity = { $hedge } devant une quantité
why-claim = { $class ->
    [percentage] pourcentage
    [money] somme d'argent
    [date] date
    [comparative] comparatif
    [superlative] superlatif
    [causal] connecteur de cause
    [prediction] prédiction
    [change] évolution
    [reported] discours rapporté
   *[number] nombre
} « { $quote } »
why-claim-and = { $first } et { $class ->
    [percentage] un pourcentage
    [money] une somme d'argent
    [date] une date
    [comparative] un comparatif
    [superlative] un superlatif
    [causal] un connecteur de cause
    [prediction] une prédiction
    [change] une évolution
    [reported] du discours rapporté
   *[number] un nombre
} « { $quote } »
why-source-verb = verbe introducteur « { $cue } » avec une source { $kind ->
    [named] identifiée
    [anonymous] anonyme
   *[vague] vague
} « { $source } »
why-source-according = « { $cue } » avec une source { $kind ->
    [named] identifiée
    [anonymous] anonyme
   *[vague] vague
} « { $source } »
why-class-no-words = aucun mot à classer
why-class-anonymity = marque d'anonymat : « { $found } »
why-class-hearsay = ouï-dire : « { $found } »
why-class-on-record = « { $role } » s'exprimant officiellement au nom de « { $name } »
why-class-who = { $who } : « { $found } »
why-class-who-of = { $who } : « { $found } » (de « { $name } »)
why-who = { $who ->
    [official] responsable non nommé
    [spokesperson] porte-parole non nommé
    [source] source non nommée
    [aide] conseiller non nommé
    [diplomat] diplomate non nommé
    [employee] employé non nommé
    [insider] source interne non nommée
    [staff] personnel non nommé
    [witness] témoin non nommé
    [group] groupe vague
    [quantity] quantité vague
   *[person] personne non nommée
}
why-class-name = { $sign ->
    [capitalised] nom propre
    [initialism] sigle
    [organisation] organisation
   *[title] titre et nom
} « { $name } »
why-class-office = identifié par sa fonction : « { $found } »
why-class-unnamed-office = titulaire non nommé d'une fonction : « { $found } »
why-class-nothing = aucun nom ni schéma connu dans « { $phrase } »

# end of why

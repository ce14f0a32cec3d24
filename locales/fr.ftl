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

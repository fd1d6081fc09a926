"""Cue words that pages use around embedded articles, per language.

This module is data only: ``patterns`` compiles it. To support a language, add its words
to each table; phrases are matched case-insensitively at the start of a line unless noted.
Languages: en, it, fr, sq, es, de.
"""

from __future__ import annotations

# "By Jane Roe", "Written by\nJane Roe" (the name must follow; checked as a name)
BY: dict[str, tuple[str, ...]] = {
    "en": ("Written by", "Posted by", "Reported by", "By", "Author", "Authors"),
    "it": ("Scritto da", "A cura di", "Di", "Autore", "Autori"),
    "fr": ("Écrit par", "Rédigé par", "Par", "Auteur", "Auteurs"),
    "sq": ("Shkruar nga", "Shkruan", "Nga", "Autor", "Autori"),
    "es": ("Escrito por", "Por", "Autor", "Autora"),
    "de": ("Geschrieben von", "Von", "Autor", "Autorin"),
}

# "Published on 17 May 2020 in SECURITY by admin": (lead-in, section word, by word)
PUBLISHED: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Published on", "Posted on", "Published", "Posted"), ("in",), ("by",)),
    "it": (("Pubblicato il", "Pubblicato", "Postato il"), ("in", "nella", "nel"), ("da",)),
    "fr": (("Publié le", "Mis en ligne le", "Publié"), ("dans", "en"), ("par",)),
    "sq": (("Publikuar më", "Publikuar", "Postuar më"), ("në", "ne"), ("nga",)),
    "es": (("Publicado el", "Publicado"), ("en",), ("por",)),
    "de": (("Veröffentlicht am", "Veröffentlicht", "Erschienen am"), ("in", "im"), ("von",)),
}

# "Date: 3 May 2021"
DATE_LINE = ("Date", "Data", "Datë", "Fecha", "Datum")
# "Updated 27 March 2024": a later date than publication; used only when nothing else dates
UPDATED = ("Updated on", "Updated", "Last updated", "Last modified", "Aggiornato il",
           "Aggiornato", "Ultimo aggiornamento", "Mis à jour le", "Mis à jour",
           "Dernière mise à jour", "Përditësuar më", "Përditësuar", "Actualizado el",
           "Actualizado", "Aktualisiert am", "Aktualisiert", "Zuletzt aktualisiert")  # fmt: skip
# weekday names: "Tuesday 26 March 2024" is a date line; a weekday is never part of a name
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
            "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "e hënë", "e martë",
            "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel", "lunes", "martes",
            "miércoles", "jueves", "viernes", "sábado", "domingo", "Montag", "Dienstag",
            "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")  # fmt: skip
# abbreviated weekdays: only before a date ("Tue 26 March 2024"); "Sun" may be a surname
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
                         "Sun", "lun", "mar", "mer", "gio", "ven", "sab", "dom", "jeu",
                         "sam", "dim")  # fmt: skip
# a clock time after a date ("21.03.2024, 10:45", "à 09h12", "14.05 GMT"): words before it
# and zones after it
TIME_WORDS = ("at", "alle", "ore", "à", "a las", "um", "në", "ora")
TIME_ZONES = ("GMT", "UTC", "CET", "CEST", "BST", "EET", "EEST", "am", "pm", "Uhr")

# "Publication: Terrorism Monitor Volume: 16 Issue: 19"
PUBLICATION = ("Publication", "Pubblicazione", "Publikimi", "Publicación", "Publikation")
VOLUME = ("Volume", "Vol.", "Issue", "Numero", "Numéro", "Vëllimi", "Número", "Ausgabe")

# "(Translated by X)", "English version (Translated by X)"
TRANSLATED_BY: dict[str, tuple[str, ...]] = {
    "en": ("Translated by", "Translation by", "Translated from the original by"),
    "it": ("Tradotto da", "Traduzione di", "Traduzione a cura di", "Tradotto a cura di"),
    "fr": ("Traduit par", "Traduction par", "Traduction de"),
    "sq": ("Përkthyer nga", "Përktheu", "Përkthimi nga"),
    "es": ("Traducido por", "Traducción de", "Traducción por"),
    "de": ("Übersetzt von", "Übersetzung von", "Übersetzung"),
}

# "Translated by X for the Y": the words before whom a translator worked for
TRANSLATED_FOR = ("for the", "for", "per il", "per la", "per", "pour le", "pour la", "pour",
                  "për", "para el", "para la", "para", "für den", "für die", "für das",
                  "für")  # fmt: skip
# "Translation: X" — only as a label opening its line, with the colon ("Machine
# Translation Errors" is a headline)
TRANSLATION_LABEL = ("Translation", "Traduzione", "Traduction", "Përkthimi", "Traducción",
                     "Übersetzung")  # fmt: skip

# "Translated from the French by X", "Traduit de l'albanais par Y": (verbs, "from" words,
# "by" words); the language named is the original's
TRANSLATED_FROM: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Translated", "Translation"), ("from the", "from"), ("by",)),
    "it": (("Tradotto", "Traduzione"), ("dall'", "dal", "dallo", "dalla"), ("da", "a cura di")),
    "fr": (("Traduit", "Traduction"), ("de l'", "du", "de la", "de"), ("par",)),
    "sq": (("Përkthyer", "Përkthimi", "Përktheu"), ("nga",), ("nga", "prej")),
    "es": (("Traducido", "Traducción"), ("del", "de la", "de"), ("por",)),
    "de": (("Übersetzt", "Übersetzung"), ("aus dem", "aus"), ("von",)),
}

# "Link to the original article (Albanian)": a link line. Without the link words the same
# phrase ("Original article (Italian)") heads the original-language section of the page.
LINK_WORDS = ("Link to the", "Link to", "Link alla", "Link all'", "Lien vers l'", "Lien vers la",
              "Lien vers", "Linku i", "Linku në", "Enlace al", "Enlace a la", "Link zum",
              "Link zur")  # fmt: skip
ORIGINAL: dict[str, tuple[str, ...]] = {
    "en": ("original article", "original text", "original version", "original"),
    "it": ("articolo originale", "testo originale", "versione originale", "originale"),
    "fr": ("article original", "texte original", "version originale", "original"),
    "sq": (
        "artikullit origjinal",
        "artikulli origjinal",
        "tekstit origjinal",
        "teksti origjinal",
        "origjinali",
    ),
    "es": ("artículo original", "texto original", "versión original", "original"),
    "de": ("Originalartikel", "Originaltext", "Original"),
}

# "The original article in French:", "L'articolo originale in francese": a determiner
# before, and "in <language>" after
ORIGINAL_DETERMINERS = ("The", "L'", "L’", "Il", "Le", "La", "El", "Das", "Der", "Die")
ORIGINAL_IN = ("in", "en", "në", "auf", "in lingua", "en langue", "në gjuhën")

# "Link to the source" (a repost marker), and "Source: Outlet" (names the original outlet)
SOURCE_LINK = ("Link to the source", "Link to source", "Source link", "Link alla fonte",
               "Lien vers la source", "Lien source", "Linku i burimit", "Linku burimor",
               "Enlace a la fuente", "Link zur Quelle", "Read the original article",
               "Read the original", "See the original article", "View the original article",
               "Leggi l'articolo originale", "Vedi l'articolo originale",
               "Lire l'article original", "Voir l'article original",
               "Lexo artikullin origjinal", "Ver artículo original",
               "Ver el artículo original", "Leer el artículo original", "Zum Originalartikel",
               "Originalartikel lesen",
               # a digest's link under an excerpt: the excerpt's article ends there
               "Read the full article", "Read the full story", "Read the full report",
               "Read the full text", "Continue reading", "Lire l'article complet",
               "Lire la suite", "Leggi l'articolo completo", "Leggi tutto",
               "Continua a leggere", "Lexo artikullin e plotë", "Lexo të plotë",
               "Leer el artículo completo", "Seguir leyendo", "Den ganzen Artikel lesen",
               "Weiterlesen", "Zum vollständigen Artikel", "Full story", "Full article",
               "Articolo completo", "Article complet", "Artículo completo",
               "Ganzer Artikel", "Artikulli i plotë")  # fmt: skip
SOURCE = ("Source", "Sources", "Fonte", "Burimi", "Fuente", "Quelle")
# "Via The Harbour Ledger", "Vía El Faro": a line naming only where a repost came from
VIA = ("Via", "Vía", "Tramite", "Nëpërmjet", "Über")
# "This article was originally published by the X": the outlet's name follows
FIRST_PUBLISHED = ("originally published by", "originally published in",
                   "originally published on", "originally appeared in", "first published by",
                   "first published in", "first appeared in", "originally published at",
                   "first published at", "originally posted at", "originally posted on",
                   "first appeared on", "originally appeared on", "reposted from",
                   "republished from",
                   "reprinted from", "reproduced from", "republished with permission from",
                   "taken from", "tratto da", "tratta da", "estratto da", "tiré de",
                   "extrait de", "tomado de", "extraído de", "entnommen aus", "übernommen aus",
                   "übernommen von",
                   "pubblicato originariamente da", "pubblicato originariamente su",
                   "apparso originariamente su", "apparso per la prima volta su", "ripreso da",
                   "publié initialement par", "publié initialement dans", "paru initialement dans",
                   "paru d'abord dans", "repris de", "publikuar fillimisht nga",
                   "publikuar fillimisht në", "botuar fillimisht në", "marrë nga",
                   "publicado originalmente por", "publicado originalmente en",
                   "apareció originalmente en", "ursprünglich erschienen in",
                   "ursprünglich erschienen bei", "zuerst erschienen in",
                   "zuerst erschienen bei")  # fmt: skip

# "Cet article de X est paru le 23 mars 2024 dans Y.": a credit sentence naming the
# article's author (after a "by" word), date and outlet (after an "in" word following
# the verb). (verbs, "in" words, "by" words)
PUBLISHED_IN: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("was first published", "was originally published", "was published",
            "first appeared", "originally appeared", "appeared first", "was first printed"),
           ("in", "on", "by"), ("by",)),
    "it": (("è uscito", "è uscita", "è apparso", "è apparsa", "è stato pubblicato",
            "è stata pubblicata", "è stato pubblicato originariamente", "è uscito originariamente"),
           ("sul", "sulla", "sullo", "su", "nel", "nella", "in", "da"), ("di",)),
    "fr": (("est paru", "est parue", "a paru", "a été publié", "a été publiée",
            "a d'abord été publié", "a d'abord été publiée", "a été publié initialement"),
           ("dans", "sur", "par"), ("de", "d'", "d’")),
    "sq": (("u botua", "u publikua", "është botuar", "është publikuar", "u botua fillimisht",
            "u publikua fillimisht"), ("në", "nga", "te", "tek"), ("nga",)),
    "es": (("se publicó", "fue publicado", "fue publicada", "apareció", "se publicó originalmente"),
           ("en", "por"), ("de",)),
    "de": (("erschien", "ist erschienen", "wurde veröffentlicht", "erschien zuerst"),
           ("in", "im", "bei", "auf"), ("von",)),
}  # fmt: skip

# weaker credit verbs ("… an article by X that appeared in Y"), read only in a sentence in
# the page's own voice (a NOTE_PHRASES hit: "our translation of …"); in body text "a
# report that appeared in Y last year" is a citation, not a credit
NOTE_CREDIT_VERBS = ("appeared", "ran", "published", "printed", "è apparso", "è apparsa",
                     "è uscito", "è uscita",
                     "a paru", "est paru", "est parue", "doli", "apareció", "erschien",
                     # participles: "un article de X paru dans la Y", "uscito su"
                     "paru", "parue", "apparso", "apparsa", "uscito", "uscita", "pubblicato",
                     "pubblicata", "publié", "publiée", "publicado", "publicada", "aparecido",
                     "erschienen", "veröffentlicht", "botuar", "publikuar")  # fmt: skip

# a credit sentence is about the text itself: one of these words comes before its verb
CREDIT_SUBJECTS = ("article", "story", "piece", "report", "column", "op-ed", "interview",
                   "text", "essay", "commentary", "articolo", "pezzo", "testo", "intervista",
                   "servizio", "editoriale", "commento", "texte", "entretien", "tribune",
                   "reportage", "chronique", "éditorial", "artikull", "artikulli", "shkrim",
                   "shkrimi", "intervistë", "intervista", "komenti", "artículo", "texto",
                   "entrevista", "reportaje", "columna", "Artikel", "Beitrag", "Text",
                   "Interview", "Kommentar")  # fmt: skip

# a credit line that opens with its subject needs no finite verb: "Article paru dans X le
# D", "Artículo publicado en X", "Ein Artikel von X im Y vom D": articles before the subject
CREDIT_DETERMINERS = ("an", "a", "this", "the", "un", "una", "uno", "un'", "l'", "l’",
                      "il", "lo", "le", "la", "cet", "ce", "cette", "el", "este", "esta",
                      "ein", "eine", "der", "die", "das", "dieser", "dieses", "ky", "kjo",
                      "një")  # fmt: skip

# relative pronouns: "a report that appeared in X" cites another text, it credits none
RELATIVE_WORDS = ("that", "which", "who", "whose", "che", "cui", "qui", "que", "dont",
                  "cual", "cuyo", "der", "die", "das", "welche", "welcher", "që", "i cili",
                  "e cila")  # fmt: skip

# "(Reporting by X; additional reporting by Y in Z; editing by W)": agency credits. The
# first name under REPORTING_BY is the author; OTHER_CREDITS only belong to the line.
REPORTING_BY = ("Reporting by", "Reported by", "Writing by", "Reportage de", "Reportage par",
                "Servizio di", "Reportaje de", "Información de", "Raportoi",
                "Berichterstattung von", "Recherche von",
                # TV and web credit labels, used with a colon: "Reporting: X · Camera: Y"
                "Reporting", "Report", "Words", "Text", "Testo", "Texte", "Texto", "Bericht",
                "Servizio", "Reportage")  # fmt: skip
OTHER_CREDITS = ("Additional reporting by", "Editing by", "Edited by", "Compiled by",
                 "Graphics by", "Fact-checking by", "Rédaction", "Édité par",
                 "Édition", "Ha collaborato", "Hanno collaborato", "Collaborazione di",
                 "Edición de", "Redaktion", "Mitarbeit", "Editing", "Editor", "Camera",
                 "Video", "Producer", "Production", "Photos", "Pictures", "Graphics",
                 "Riprese", "Montaggio", "Montage", "Image", "Caméra", "Cámara", "Edición",
                 "Producción", "Kamera", "Schnitt", "Produktion", "Kamerë",
                 "Montazh")  # fmt: skip

# "CASTELMORO, April 2 (Wire Agency) –": a wire dateline opening an article's first
# paragraph; these agencies are wires even after a lowercase or Title-case place
WIRES = ("Reuters", "AFP", "AP", "ANSA", "dpa", "EFE", "ATA", "Europa Press", "Anadolu",
         "Bloomberg", "Xinhua", "TASS", "APA", "Agence France-Presse", "Associated Press",
         "Adnkronos", "AGI", "Belga", "Lusa")  # fmt: skip

# "The author is professor of …": a note about the author that closes an opinion piece;
# a name right after it ("The author is Jane Roe, …") names the author
AUTHOR_IS = ("The author is", "The writer is", "The authors are", "The writers are",
             "L'autore è", "L'autrice è", "Gli autori sono", "L'auteur est", "L'auteure est",
             "L'autrice est", "Les auteurs sont", "Autori është", "Autorja është",
             "Autorët janë", "El autor es", "La autora es", "Los autores son",
             "Der Autor ist", "Die Autorin ist", "Die Autoren sind")  # fmt: skip

# a section label over a headline ("Opinion"): never the headline itself
KICKERS = ("Opinion", "Op-ed", "Analysis", "Commentary", "Editorial", "Column", "Explainer",
           "Exclusive", "Interview", "Opinione", "Opinioni", "Commento", "Analisi",
           "Editoriale", "Intervista", "Esclusiva", "Il punto", "Tribune", "Analyse",
           "Éditorial", "Chronique", "Point de vue", "Décryptage", "Entretien", "Opinione",
           "Analizë", "Editoriali", "Intervistë", "Ekskluzive", "Opinión", "Análisis",
           "Tribuna", "Entrevista", "Exclusiva", "Meinung", "Kommentar", "Leitartikel",
           "Gastbeitrag", "Exklusiv")  # fmt: skip

# "© Riproduzione riservata", "© 2024 Outlet. All rights reserved.": a rights notice
# names no outlet
RIGHTS = ("All rights reserved", "Some rights reserved", "Riproduzione riservata",
          "Tutti i diritti riservati", "Tous droits réservés", "Droits réservés",
          "Të gjitha të drejtat e rezervuara", "Të drejtat e rezervuara",
          "Todos los derechos reservados", "Alle Rechte vorbehalten")  # fmt: skip

# end of a reposted article
END_WORDS = ("End", "The End", "Fine", "Fin", "Fund", "Fundi", "Ende", "Final",
             # press releases: "ENDS", "-ends-", "-30-"
             "Ends", "-ends-", "- ends -", "-30-", "Notes to editors", "Note to editors",
             "Notes for editors", "Nota per le redazioni", "Note aux rédactions",
             "Hinweis für Redaktionen", "Nota para los editores")  # fmt: skip
# a list heading glued to its items ("Most read 1. Brenholm tram strike … 2. …"): page
# furniture that ends the article above
LIST_HEADS = ("Most read", "Most popular", "Most viewed", "Trending", "Popular now",
              "Read next", "Recommended", "Lo más leído", "Lo más visto", "Te puede interesar",
              "I più letti", "Più letti", "Les plus lus", "Les plus partagés", "Meistgelesen",
              "Meistgelesene Artikel", "Më të lexuarat", "Topics", "Tags", "Etiquetas",
              "Temi", "Argomenti", "Sujets", "Mots-clés", "Schlagwörter", "Themen",
              "Etiketa", "Temat", "Tag", "More from", "More in", "Potrebbe interessarti anche",
              "Ti potrebbe interessare", "Vous aimerez aussi", "Dans la même rubrique",
              "Más en", "Mehr aus")  # fmt: skip

# "Also read:" — what follows is another article (in full, or only its title)
ALSO_READ = ("Also read", "Read also", "Read more", "See also", "Also on", "Leggi anche",
             "Leggi pure", "Vedi anche", "Lire aussi", "À lire aussi", "A lire aussi",
             "Voir aussi", "Lexo edhe", "Lexo gjithashtu", "Lexo më shumë", "Shih edhe",
             "Lea también", "Lee también", "Ver también", "Lesen Sie auch", "Siehe auch",
             "Mehr zum Thema", "Auch interessant")  # fmt: skip
RELATED = ("Related posts", "Related articles", "Related stories", "Related", "More stories",
           "Related reports", "Related coverage", "Related content", "Related links",
           "Related news", "More on this story", "More on this topic", "More news",
           "More Opinion", "More reports", "Altri articoli", "Dello stesso autore",
           "À lire également", "Más noticias", "Weitere Artikel",
           "Articoli correlati", "Potrebbe interessarti", "Articles liés",
           "Articles similaires", "Sur le même sujet", "Artikuj të ngjashëm",
           "Lajme të ngjashme", "Artículos relacionados", "Noticias relacionadas",
           "Ähnliche Beiträge", "Verwandte Artikel",
           "Das könnte Sie auch interessieren")  # fmt: skip

# the head of a list of what an article cites ("Sources" over "1. Outlet, "Title", date")
REFERENCES = ("Sources", "Our sources", "References", "Sources and references", "Fonti",
              "Riferimenti", "Références", "Nos sources", "Burimet", "Referencat", "Fuentes",
              "Referencias", "Nuestras fuentes", "Quellen", "Quellenangaben", "Belege",
              "Unsere Quellen")  # fmt: skip

# share / comment / sign-up prompts: SHARE alone on its line (maybe with a colon or a
# count), SIGN_UP followed by a few words ("Sign up for the X newsletter")
SHARE = ("Share this", "Share this article", "Share on", "Share", "Tweet", "Print", "Email",
         "Comments", "Comment", "Reply", "Subscribe", "Newsletter", "Condividi", "Commenti",
         "Iscriviti", "Stampa", "Partager", "Partagez", "Commentaires", "Imprimer",
         "Shpërndaje", "Shpërndaj", "Komente", "Printo", "Compartir", "Comentarios",
         "Imprimir", "Teilen", "Kommentare", "Drucken")  # fmt: skip
# words a share bar adds around SHARE words: "Print this article", "Share on Facebook |
# WhatsApp", "Email the author"
SHARE_FILLERS = ("this", "article", "story", "page", "post", "on", "via", "the", "by", "link",
                 "author", "su", "sur", "per", "par", "en", "auf", "nga", "në", "l'article",
                 "l'articolo", "artikel", "artículo", "Facebook", "Twitter", "X", "WhatsApp",
                 "Telegram", "LinkedIn", "Reddit", "Bluesky", "Mastodon", "Threads",
                 "Messenger", "E-mail", "mail", "Copy link", "Copy", "Copier le lien",
                 "Copier", "lien", "le", "Copia link", "Copiar enlace", "Link kopieren",
                 "Courriel", "Posta")  # fmt: skip
# "Share this fact check:  Facebook  X  WhatsApp": a SHARE word, then two or more of these
SHARE_PLATFORMS = ("Facebook", "Twitter", "X", "𝕏", "WhatsApp", "Telegram", "LinkedIn",
                   "Reddit", "Bluesky", "Mastodon", "Threads", "Messenger", "Viber",
                   "Pinterest", "Flipboard", "E-mail", "Email", "Mail", "Copy link")  # fmt: skip
SIGN_UP = ("Sign up for", "Get our newsletter", "Receive our", "Recevez", "Ricevi",
           "Recibe", "Erhalten Sie", "Merrni",
           "Sign up to", "Subscribe to", "Leave a comment", "Leave a reply",
           "Follow us", "Share this on", "Iscriviti alla", "Lascia un commento", "Seguici",
           "Abonnez-vous", "Inscrivez-vous", "Laisser un commentaire", "Suivez-nous",
           "Abonohu", "Lini një koment", "Na ndiqni", "Suscríbete", "Deja un comentario",
           "Síguenos", "Abonnieren Sie", "Folgen Sie uns", "Melden Sie sich",
           # more of a thread: "View more comments (209)", "Sort by: Best"
           "View more comments", "Load more comments", "Show more comments",
           "More comments", "View all comments", "Sort by", "Mostra altri commenti",
           "Carica altri commenti", "Voir plus de commentaires",
           "Afficher plus de commentaires", "Ver más comentarios", "Cargar más comentarios",
           "Mehr Kommentare", "Weitere Kommentare", "Alle Kommentare",
           "Shiko më shumë komente")  # fmt: skip
COOKIE_WORDS = ("cookie", "cookies")
# a cookie banner's buttons or consent words, per language ("Accetta | Rifiuta")
COOKIE_ACCEPT = ("accept", "consent", "accett", "consenso", "accepte", "consentement",
                 "acept", "consentimiento", "akzept", "zustimm", "einwillig", "prano",
                 "pranoj")  # fmt: skip
COMMENT_HEADS = ("thought", "thoughts", "response", "responses", "reply", "replies",
                 "comment", "comments")  # fmt: skip
# "3 comments", "Comments (2)": reader comments follow, not articles
COMMENTS = ("comments", "comment", "commenti", "commento", "commentaires", "commentaire",
            "komente", "koment", "comentarios", "comentario", "kommentare",
            "kommentar")  # fmt: skip

# a forum or social comment's head: "u/name · 4 days ago", "Ermal B. · para 2 ditësh",
# "Jutta · vor 3 Stunden": (words before a number, words after it) of a relative time
RELATIVE_TIME = (("il y a", "hace", "vor", "para", "před", "pred"),
                 ("ago", "fa", "ago.", "h", "min", "d"))  # fmt: skip

# "Photo: …" captions and credits
CAPTION = ("Photo credit", "Photo", "Photos", "Image", "Picture", "Pictured", "Caption",
           "Credit", "Foto", "Fotografia", "Immagine", "Photographie", "Crédit",
           "Fotografía", "Imagen", "Bild", "Fotoja")  # fmt: skip

# a short line ending in "(AFP)" is a photo caption
PHOTO_AGENCIES = ("AFP", "Reuters", "AP", "EPA", "Getty Images", "Getty", "ANSA", "LaPresse",
                  "dpa", "Anadolu", "Shutterstock", "Wikimedia Commons", "File photo")  # fmt: skip

# lines that are never content
JUNK = ("Placeholder canvas", "Placeholder", "Advertisement", "Advertising", "Sponsored",
        "Your email address will not be published", "Required fields are marked",
        "Il tuo indirizzo email non sarà pubblicato", "Votre adresse e-mail ne sera pas publiée",
        "Adresa juaj email nuk do të publikohet",
        "Pubblicità", "Publicité", "Reklamë", "Publicidad", "Anzeige", "Werbung",
        "Skip to content", "Loading", "Menu", "Home")  # fmt: skip

# an aggregator's own voice introducing or closing a repost ("X republishes it in full");
# a paragraph naming the page's own outlet at a repost's edge counts as well
NOTE_PHRASES = (
    "republish", "we reproduce", "reproduced below", "below is our translation",
    "below we publish", "we publish below", "below we reproduce", "below is the article",
    "below is the full", "the following report", "the following article", "is reproduced",
    "our translation", "ripubblichiamo", "riportiamo di seguito",
    "di seguito la nostra traduzione", "di seguito l'articolo", "pubblichiamo di seguito",
    "la nostra traduzione", "nous republions", "nous reproduisons",
    "ci-dessous notre traduction", "notre traduction", "l'article suivant", "ripublikojmë",
    "ribotojmë", "më poshtë po ju sjellim", "përkthimin tonë", "reproducimos",
    "nuestra traducción", "veröffentlichen wir", "unsere übersetzung",
    # press reviews gathering other outlets' reports
    "we gather", "we collect", "we have collected", "we round up", "press review",
    "raccogliamo", "rassegna stampa", "nous rassemblons", "revue de presse", "recopilamos",
    "resumen de prensa", "compartimos", "condividiamo", "nous partageons",
    "përmbledhje e shtypit", "wir sammeln", "presseschau",
)  # fmt: skip

# "Compartimos este reportaje del Diario X", "We share this report from the Y": the
# aggregator's note naming the outlet of the article that follows. (verbs that only mean
# passing on someone else's text — not "we publish", "here is" —, words before the outlet
# meaning "from/of the"; subjects are CREDIT_SUBJECTS)
REPOST_NOTE_VERBS = ("we share", "we republish", "we repost", "we reproduce", "we publish below",
                     "below we publish", "compartimos", "reproducimos",
                     "publicamos a continuación", "condividiamo", "ripubblichiamo",
                     "pubblichiamo di seguito", "nous partageons", "nous republions",
                     "nous reproduisons", "nous publions ci-dessous", "ripublikojmë",
                     "ribotojmë", "ndajmë", "wir teilen",
                     # our translation of another outlet's text
                     "translation of", "translated this", "translated the", "we translated",
                     "traduzione di", "abbiamo tradotto", "traduction de", "traduit de",
                     "nous avons traduit", "traducción de", "hemos traducido",
                     "übersetzung des", "übersetzung eines", "haben übersetzt", "përkthimi i",
                     "përkthyem")  # fmt: skip
REPOST_NOTE_FROM = ("from the", "from", "of the", "dal", "dalla", "dallo", "del", "della",
                    "dello", "du", "de la", "de l'", "de l’", "nga", "të", "aus der", "aus dem",
                    "der", "des")  # fmt: skip

# "the Italian daily Cronache del Golfo": words naming what kind of outlet precedes its name
OUTLET_KINDS = ("daily", "weekly", "newspaper", "magazine", "monthly", "news agency",
                "agency", "website", "news site", "portal", "broadcaster", "quotidiano",
                "settimanale", "giornale", "rivista", "agenzia", "quotidien", "hebdomadaire",
                "journal", "site", "agence", "diario", "periódico", "semanario", "revista",
                "agencia", "gazeta", "e përditshmja", "portali", "agjencia", "Zeitung",
                "Tageszeitung", "Wochenzeitung", "Magazin", "Agentur")  # fmt: skip

# "admin" and friends sign pages, not articles
GENERIC_AUTHORS = frozenset(
    "admin administrator editor editors staff redazione redaksia rédaction redacción "
    "redaktion web webmaster newsroom desk team volunteers volontari bénévoles "
    "voluntarios vullnetarët freiwillige".split()
)

# lowercase words inside an outlet's name ("Zëri i Luginës", "Institute for Lake Studies")
NAME_LINKS = frozenset("of and for on i e të".split())

# lowercase words a person's name may contain, and the conjunctions joining two names
NAME_PARTICLES = frozenset(
    "de di da del della dei van von der den du des la le el al bin ibn ben dos das do "
    "e' d' mc st. y".split()
)
AND_WORDS = frozenset("and & e et y und dhe".split())

# language names in cue lines ("(Albanian)", "(in italiano)") → ISO 639-1
LANGUAGE_NAMES: dict[str, str] = {
    "albanian": "sq", "albanese": "sq", "albanais": "sq", "shqip": "sq", "albanés": "sq",
    "albanisch": "sq", "italian": "it", "italiano": "it", "italien": "it", "italisht": "it",
    "italienisch": "it", "french": "fr", "francese": "fr", "français": "fr",
    "frëngjisht": "fr", "francés": "fr", "französisch": "fr", "german": "de",
    "tedesco": "de", "allemand": "de", "gjermanisht": "de", "alemán": "de", "deutsch": "de",
    "spanish": "es", "spagnolo": "es", "espagnol": "es", "spanjisht": "es", "español": "es",
    "spanisch": "es", "english": "en", "inglese": "en", "anglais": "en", "anglisht": "en",
    "shqipja": "sq", "italishtja": "it", "frëngjishtja": "fr", "gjermanishtja": "de",
    "spanjishtja": "es", "anglishtja": "en",
    "inglés": "en", "englisch": "en",
    # German after "aus dem": "aus dem Englischen"
    "englischen": "en", "französischen": "fr", "italienischen": "it", "albanischen": "sq",
    "spanischen": "es", "deutschen": "de", "persian": "fa", "farsi": "fa", "persiano": "fa",
    "persan": "fa", "arabic": "ar", "arabo": "ar", "arabe": "ar", "russian": "ru",
    "russo": "ru", "russe": "ru", "turkish": "tr", "turco": "tr", "turc": "tr",
}  # fmt: skip

# "Jane Roe reporting from Port X": where a (TV) reporter files from, after the name
REPORTING_FROM = ("reporting from", "reports from", "reporting in", "in collegamento da",
                  "da", "en direct de", "depuis", "berichtet aus", "aus", "informa desde",
                  "desde", "raporton nga", "nga")  # fmt: skip

# roles after a byline's name ("Jane Roe, Chief reporter"): a description, not an outlet
ROLE_WORDS = frozenset(
    "reporter correspondent editor journalist writer columnist contributor staff analyst "
    "photographer producer researcher fellow chief senior deputy special "
    "giornalista corrispondente inviato inviata redattore redattrice caporedattore "
    "journaliste correspondant correspondante envoyé envoyée rédacteur rédactrice "
    "gazetar gazetare korrespondent korrespondentin redakteur redakteurin autor autorin "
    "periodista corresponsal enviado enviada redactor redactora "
    # officers signing a statement: "Jane Roe, Director, Outlet"
    "director directora president chair chairwoman chairman spokesperson spokesman "
    "spokeswoman secretary coordinator founder direttore direttrice presidente portavoce "
    "segretario segretaria directeur directrice président présidente porte-parole "
    "drejtor drejtoreshë drejtori kryetar kryetare zëdhënës zëdhënëse portavoz "
    "direktor direktorin präsident präsidentin vorsitzender vorsitzende sprecher "
    "sprecherin".split()
)

# words of a translation note in brackets: "(notre traduction)", "(traduit de l'albanais)"
TRANSLATION_WORDS = ("translat", "tradu", "übersetz", "përkth")

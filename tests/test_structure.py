"""Page structure: embedded articles, their bylines, furniture, outlet identity.

Every page here is fiction written for these tests (the demo corpus test reads
claimmap/demo/corpus, also fiction).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimmap.analyze.segment import detect_languages, paragraph_spans
from claimmap.analyze.structure import OutletTable, analyze_structure, article_at
from claimmap.analyze.structure import lines as learned_lines
from claimmap.analyze.structure.analyze import with_year
from claimmap.analyze.structure.generic import name_line
from claimmap.analyze.structure.patterns import COMMENT_HEAD, classify_line, wire_dateline
from claimmap.analyze.structure.records import Article
from claimmap.config import DEFAULT_LANGUAGES

DEMO = Path(__file__).parent.parent / "claimmap" / "demo" / "corpus"


def run(text: str, *, outlets: OutletTable | None = None, **meta):
    paras = paragraph_spans(text)
    langs = detect_languages([text[s:e] for s, e in paras], DEFAULT_LANGUAGES)
    page = {"title": None, "outlet": None, "author": None, "published": None, **meta}
    return analyze_structure(
        text,
        **page,
        paragraphs=paras,
        paragraph_langs=langs,
        outlets=outlets or OutletTable.default(),
    )


def para_range(text: str, a) -> tuple[int, int]:
    spans = paragraph_spans(text)
    first = next(i for i, (s, e) in enumerate(spans) if s <= a.start < e or a.start < s)
    last = max(i for i, (s, e) in enumerate(spans) if s < a.end)
    return first, last


def field(s, name: str) -> set[str]:
    return {e.rule for e in s if e.field == name}


# -- byline forms, one line each ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "fields"),
    [
        ("By Tilda Marsh", "by", {"author": "Tilda Marsh"}),
        (
            "By: Oren Tal and Mina Tal (Lakeside Policy Group)",
            "by",
            {"author": "Oren Tal and Mina Tal", "org": "Lakeside Policy Group"},
        ),
        (
            "By Tilda Marsh, Harbour Ledger, March 3 2021",
            "by",
            {"author": "Tilda Marsh", "outlet": "Harbour Ledger", "date": "2021-03-03"},
        ),
        (
            "Published on 17 May 2020 in SECURITY by admin",
            "published",
            {"date": "2020-05-17", "section": "SECURITY", "by": "admin"},
        ),
        ("Pubblicato il 3 marzo 2021 in ESTERI da admin", "published", {"date": "2021-03-03"}),
        ("Publié le 4 mai 2022 dans MONDE par Léa Fonte", "published", {"by": "Léa Fonte"}),
        ("Publikuar më 5 maj 2021 në AKTUALITET nga admin", "published", {"date": "2021-05-05"}),
        ("Veröffentlicht am 14. Juni 2023", "published", {"date": "2023-06-14"}),
        ("Publicado el 15 de junio de 2023", "published", {"date": "2023-06-15"}),
        (
            "Publication: Coastal Security Digest Volume: 16 Issue: 19",
            "publication",
            {"outlet": "Coastal Security Digest"},
        ),
        ("(Translated by Harbour Watch)", "translated", {"by": "Harbour Watch"}),
        ("English version (Translated by Harbour Watch)", "translated", {"by": "Harbour Watch"}),
        ("(Tradotto da Osservatorio Porto)", "translated", {"by": "Osservatorio Porto"}),
        ("Traduit par Veille Portuaire", "translated", {"by": "Veille Portuaire"}),
        ("Përkthyer nga Radio Bregdeti", "translated", {"by": "Radio Bregdeti"}),
        ("Link to the original article (Albanian)", "original-link", {"language": "sq"}),
        ("Original article (Italian)", "original-heading", {"language": "it"}),
        ("Link to the source", "source-link", {}),
        ("Source: Harbour Ledger", "source", {"outlet": "Harbour Ledger"}),
        ("Burimi: harbourledger.example", "source", {"outlet": "harbourledger.example"}),
        ("Also read:", "also-read", {}),
        ("Leggi anche:", "also-read", {}),
        ("Lire aussi :", "also-read", {}),
        ("Lexo edhe:", "also-read", {}),
        ("Lesen Sie auch:", "also-read", {}),
        ("Read more: Dock workers strike again", "related-link", {}),
        ("(End)", "end", {}),
        ("***", "end", {}),
        ("(Fine)", "end", {}),
        ("Related posts", "related", {}),
        ("Share this:", "share", {}),
        ("Sign up for the Harbour Ledger newsletter", "share", {}),
        ("Photo: Cranes at the north quay", "caption", {}),
        ("Placeholder canvas", "junk", {}),
        ("https://harbourwatch.example/2021/03/03/quay/", "url", {}),
        ("Harbour Watch | Families of the dock workers", "footer", {"outlet": "Harbour Watch"}),
        (
            "Tilda Marsh, Harbour Ledger, 5 aprile 2022",
            "signature",
            {"date": "2022-04-05", "head": "Tilda Marsh"},
        ),
        ("— Tilda Marsh, Harbour Ledger", "signature", {"head": "Tilda Marsh"}),
        (
            "By Tilda Marsh | Harbour Ledger | 18 July 2023",
            "by",
            {"author": "Tilda Marsh", "outlet": "Harbour Ledger", "date": "2023-07-18"},
        ),
        ("Author: Tilda Marsh", "by", {"author": "Tilda Marsh"}),
        ("Publikuar: 05.07.2023", "published", {"date": "2023-07-05"}),
        (
            "This article was originally published by the Harbour Ledger. Reposted with permission.",
            "source",
            {"outlet": "Harbour Ledger"},
        ),
        (
            "Republished from the Coastal Post under a Creative Commons licence.",
            "source",
            {"outlet": "Coastal Post"},
        ),
        ("3 comments", "comments", {}),
        # held-out 3
        (
            "Translated from the French by Harbour Watch",
            "translated",
            {"by": "Harbour Watch", "language": "fr"},
        ),
        (
            "Traduit de l'albanais par Léa Fonte",
            "translated",
            {"by": "Léa Fonte", "language": "sq"},
        ),
        ("(Traduzione a cura della redazione)", "translated", {}),
        ("The original article in Italian:", "original-heading", {"language": "it"}),
        ("L'articolo originale in inglese", "original-heading", {"language": "en"}),
        ("Publikuar më 09.03.2021, 10:45", "published", {"date": "2021-03-09"}),
        ("Tuesday 9 March 2021 14.05 GMT", "date-line", {"date": "2021-03-09"}),
        ("Giovedì 11 marzo 2021", "date-line", {"date": "2021-03-11"}),
        ("9 March 2021", "date-line", {"date": "2021-03-09"}),
        ("Mis à jour le 9 mars 2021 à 09h12", "updated", {"date": "2021-03-09"}),
        (
            "Fonte: Gazzetta del Molo, 9 marzo 2021",
            "source",
            {"outlet": "Gazzetta del Molo", "date": "2021-03-09"},
        ),
        (
            "(Reporting by Ivo Renn in Oskel; additional reporting by Sara Velli; editing by Tilda Marsh)",
            "credits",
            {"author": "Ivo Renn"},
        ),
        (
            "Reporting by Ivo Renn and Mina Tal; Editing by Tilda Marsh",
            "credits",
            {"author": "Ivo Renn and Mina Tal"},
        ),
        ("Edited by the editorial staff", "credits", {}),
        ("Opinion", "kicker", {}),
        ("Analisi:", "kicker", {}),
        ("The author is professor of port economics at Halvard University.", "bio", {}),
        ("The author is Mina Tal, a port economist in Oskel.", "bio", {"author": "Mina Tal"}),
        ("© 2021 Harbour Ledger. All rights reserved.", "footer", {"outlet": "Harbour Ledger"}),
        (
            "Cet article de Léa Fonte est paru le 9 mars 2021 dans La Gazette du Quai. "
            "Traduit par Harbour Watch.",
            "source",
            {"author": "Léa Fonte", "outlet": "La Gazette du Quai", "date": "2021-03-09"},
        ),
        (
            "Ky artikull nga Besa Doda u botua më 5 maj 2021 në Zëri i Portit.",
            "source",
            {"author": "Besa Doda", "outlet": "Zëri i Portit", "date": "2021-05-05"},
        ),
        # held-out 4
        ("March 9, 2021 05:12 PM", "date-line", {"date": "2021-03-09"}),
        ("Oskel, 9 marzo 2021 - ore 08:40", "date-line", {"date": "2021-03-09", "head": "Oskel"}),
        ("Par Léa Fonte, envoyée spéciale à Oskel", "by", {"author": "Léa Fonte"}),
        ("Publié le 9 mars 2021 à 07h30, mis à jour à 09h12", "published", {"date": "2021-03-09"}),
        (
            "Por Lucía Ferro | 15 de junio de 2023",
            "by",
            {"author": "Lucía Ferro", "date": "2023-06-15"},
        ),
        (
            "— Tilda Marsh, Harbour Ledger, 5 April 2022",
            "signature",
            {"head": "Tilda Marsh", "mid": "Harbour Ledger", "date": "2022-04-05"},
        ),
        (
            "Tilda Marsh / Harbour Ledger",
            "signature",
            {"head": "Tilda Marsh", "mid": "Harbour Ledger"},
        ),
        (
            "Përktheu nga anglishtja: Besa Doda",
            "translated",
            {"by": "Besa Doda", "language": "en"},
        ),
        ("Translation: Harbour Watch", "translated", {"by": "Harbour Watch"}),
        (
            "This article was first published on Tuesday in the Coastal Post.",
            "source",
            {"outlet": "Coastal Post"},
        ),
        (
            "Posted by editor on March 15, 2021",
            "published",
            {"by": "editor", "date": "2021-03-15"},
        ),
        ("Originally published at Harbour Ledger.", "source", {"outlet": "Harbour Ledger"}),
        ("Ver artículo original", "source-link", {}),
        (
            "Compartimos este reportaje del Diario del Muelle sobre la huelga de los estibadores.",
            "source",
            {"outlet": "Diario del Muelle"},
        ),
        (
            "Our translation of an article by Mina Tal that appeared in the Italian daily "
            "Gazzetta del Molo on 9 March 2021. The original follows.",
            "source",
            {"author": "Mina Tal", "outlet": "Gazzetta del Molo", "date": "2021-03-09"},
        ),
    ],
)
def test_cue_lines(line, kind, fields):
    cue = classify_line(line, 100)
    assert cue is not None and cue.kind == kind
    for name, value in fields.items():
        assert cue.value(name) == value
        _, s, e = cue.fields[name]
        assert 100 <= s <= e <= 100 + len(line)  # page offsets, not line offsets


@pytest.mark.parametrize(
    "line",
    [
        "By Monday evening, the port authority had counted 40 ships waiting outside.",
        "Translated by hand, the captain's log says the ship left on time.",
        "Published on the authority's website every Friday, the list shows 40 ships.",
        "Also read by many dockers, the bulletin is printed in three languages.",
        "Di recente il porto ha assunto nuovi operai.",
        "Par ailleurs, le port a recruté de nouveaux dockers.",
        "Nga ana tjetër, porti ka punësuar punëtorë të rinj.",
        "Share prices of the shipping company fell sharply in May.",
        "The study was published in Nature last year, the union said.",
        "The figures were first published in March by the ministry.",
        "Dockers said on Tuesday 9 March 2021 that the strike would go on.",
        "Edited by hand, the log still shows the ship left on time.",
        "Machine Translation Errors Delay Port Court Case",
        "We share this view of the port authority with many dockers.",
        "Here is the report of the Harbour Commission on the night shifts.",
        "A report that appeared in the Coastal Post last year found 40 accidents at night.",
        "The story was published on Monday after the vote.",
        "We publish the report of the Harbour Commission every year in March.",
    ],
)
def test_cue_words_inside_sentences_are_not_cues(line):
    assert classify_line(line, 0) is None


def test_a_description_after_a_bylines_name_is_no_outlet_and_a_place_no_author():
    by = classify_line("Par Léa Fonte, envoyée spéciale à Oskel", 0)
    assert by is not None and by.value("outlet") is None
    place = classify_line("Port Halvard, 9 March 2021", 0)
    assert place is not None and place.kind == "date-line" and place.value("author") is None


def test_a_rights_notice_names_no_outlet():
    cue = classify_line("© Riproduzione riservata", 0)
    assert cue is not None and cue.kind == "footer" and cue.value("outlet") is None


@pytest.mark.parametrize(
    ("line", "outlet", "date"),
    [
        (
            "HALVARD, March 9 (Coastal Wire) – Dock workers voted on Monday to",
            "Coastal Wire",
            "--03-09",
        ),
        ("Oskel, 9 mars (AFP) – Les dockers ont voté lundi", "AFP", "--03-09"),
        ("(ANSA) - HALVARD, 9 MAR - I portuali hanno votato lunedì", "ANSA", "--03-09"),
        ("LONDON (Reuters) - Dock workers at Port Halvard voted", "Reuters", None),
    ],
)
def test_wire_datelines(line, outlet, date):
    cue = wire_dateline(line, 10)
    assert cue is not None and cue.value("outlet") == outlet and cue.value("date") == date
    assert 10 <= cue.start < cue.end <= 10 + len(line)


@pytest.mark.parametrize(
    "line",
    [
        "NATO (North Atlantic Treaty Organization) – the alliance said on Monday that",
        "The port authority (PA) – which runs both quays – said on Monday that",
        "Dock workers (most of them) – about 800 – voted on Monday to",
    ],
)
def test_not_wire_datelines(line):
    assert wire_dateline(line, 0) is None


def test_a_dateline_without_a_year_takes_the_page_year():
    assert with_year("--03-09", "2021-03-10") == "2021-03-09"
    assert with_year("--12-30", "2021-01-02") == "2020-12-30"  # the year before
    assert with_year("--03-09", None) is None
    assert with_year("2021-03-09", None) == "2021-03-09"


# -- whole pages --------------------------------------------------------------------------

PLAIN = """Dock workers vote to extend strike at Port Halvard

Dock workers at Port Halvard voted on Monday to extend their strike for a second week, after talks with the port authority broke down over night-shift pay.

The union said 812 of its 940 members took part in the vote and that nine in ten supported the extension.

The port authority said the strike had already cost the region's exporters about four million in lost orders and urged the union to return to the table.

Ships waiting outside the harbour have begun to divert to the smaller port of Oskel, forty kilometres to the north.
"""


def test_plain_article_is_one_article_and_nothing_is_invented():
    s = run(PLAIN, title="Dock workers vote to extend strike at Port Halvard")
    assert len(s.articles) == 1
    a = s.articles[0]
    assert (a.role, a.author, a.outlet, a.published) == ("main", None, None, None)
    assert para_range(PLAIN, a) == (0, 4)
    assert a.title == "Dock workers vote to extend strike at Port Halvard"
    assert s.furniture == [] and s.new_outlets == []


def test_a_page_without_body_text_is_still_one_article_and_an_empty_page_none():
    s = run(
        "Port Halvard reopens\n\nShare this:", title="Port Halvard reopens", outlet="Harbour Ledger"
    )
    (a,) = s.articles
    assert (a.role, a.title, a.outlet) == ("main", "Port Halvard reopens", "Harbour Ledger")
    empty = run("")
    assert empty.articles == [] and article_at(empty, 0) is empty.page


def test_readers_comments_are_furniture_not_articles():
    text = (
        PLAIN
        + "\n2 comments\n\nMarta K.\n\nThe union was right to hold out, and the port authority knows it.\n\nReply\n"
    )
    s = run(text, outlet="Harbour Ledger")
    (a,) = s.articles
    assert para_range(text, a) == (0, 4)
    comment = text.index("The union was right")
    assert any(f.kind == "comment" and f.start <= comment < f.end for f in s.furniture)


def test_plain_article_takes_the_page_metadata():
    s = run(PLAIN, outlet="Harbour Ledger", author="Tilda Marsh", published="2021-03-08")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == (
        "main",
        "Tilda Marsh",
        "Harbour Ledger",
        "2021-03-08",
    )
    assert field(a.evidence, "author") == {"page-metadata"}
    assert s.new_outlets == ["Harbour Ledger"]  # the caller may learn it


def test_written_by_and_furniture_of_a_plain_page():
    text = """Night shifts return to the north quay

Night shifts return to the north quay

Written by
Tilda Marsh

Photo: Cranes at the north quay

Night shifts returned to the north quay of Port Halvard on Tuesday for the first time since the strike began three weeks ago.

About two hundred dockers clocked in at ten in the evening, the port authority said, and the first container ship was unloaded before dawn.

The union said the agreement on night-shift pay would be put to its members in a vote next month.

Share this:

Related posts

Dock workers vote to extend strike at Port Halvard

Harbour Ledger | The port's own newspaper
"""
    s = run(text)
    (a,) = s.articles
    assert (a.role, a.author, a.outlet) == ("main", "Tilda Marsh", "Harbour Ledger")
    assert a.published is None  # no date anywhere on the page
    assert para_range(text, a) == (0, 6)
    kinds = {text[f.start : f.end]: f.kind for f in s.furniture}
    assert kinds["Night shifts return to the north quay"] == "headline"  # the repetition
    assert kinds["Photo: Cranes at the north quay"] == "caption"
    assert kinds["Share this:"] == "share"
    assert kinds["Related posts"] == "related"
    assert kinds["Dock workers vote to extend strike at Port Halvard"] == "related"
    assert kinds["Harbour Ledger | The port's own newspaper"] == "footer"
    assert kinds["Tilda Marsh"] == "byline"
    # furniture is marked, never removed: offsets still index the text
    assert all(text[f.start : f.end].strip() for f in s.furniture)


AGGREGATOR = """Strike Exposes Port Authority Blunders

Strike Exposes Port Authority Blunders

Strike Exposes Port Authority Blunders Tilda Marsh, Harbour Ledger, March 8 2021:… Dock workers at Port Halvard voted on Monday to extend their strike for a second week, after talks with the port authority broke down over night-shift

Dockers Speak Out ; Exporters Count The Cost

Published on 10 March 2021 in LABOUR by admin

The following report by the Harbour Ledger shows how the port authority mishandled the talks. Harbour Watch republishes it in full.

Dock workers vote to extend strike at Port Halvard

Dock workers at Port Halvard voted on Monday to extend their strike for a second week, after talks with the port authority broke down over night-shift pay.

The union said 812 of its 940 members took part in the vote and that nine in ten supported the extension.

The port authority said the strike had already cost the region's exporters about four million in lost orders.

By Tilda Marsh

Link to the source

(End)

***

Also read:
https://harbourwatch.example/2021/03/06/exporters-divert-ships/

Exporters divert ships to Oskel

Ivo Renn, Coastal Post, March 6 2021:… Exporters have begun to send their cargo through the smaller port of Oskel, forty kilometres north of Port Halvard, as the strike

Exporters have begun to send their cargo through the smaller port of Oskel, forty kilometres north of Port Halvard, as the strike enters its second week.

Oskel's harbour master said the port had received eleven extra ships since Friday, more than it usually handles in a month.

Link to the source

(End)

***

Share this:

Harbour Watch | Families of the dock workers
"""


def test_aggregator_splits_into_its_reposts_with_their_bylines():
    s = run(AGGREGATOR, title="Strike Exposes Port Authority Blunders", outlet="Harbour Watch")
    assert [(a.role, a.author, a.outlet, a.published) for a in s.articles] == [
        ("repost", "Tilda Marsh", "Harbour Ledger", "2021-03-08"),
        ("repost", "Ivo Renn", "Coastal Post", "2021-03-06"),
    ]
    a, b = s.articles
    assert para_range(AGGREGATOR, a) == (6, 10)  # headline to "By Tilda Marsh"
    assert para_range(AGGREGATOR, b) == (15, 18)
    assert a.title == "Dock workers vote to extend strike at Port Halvard"
    assert a.reposted_by == b.reposted_by == "Harbour Watch"
    # "Published on … by admin" dates and signs the page, not the reposted article
    assert s.page.published == "2021-03-10" and "admin" not in {a.author, b.author}
    assert field(a.evidence, "outlet") == {"excerpt"}
    ev = next(e for e in a.evidence if e.field == "outlet")
    assert AGGREGATOR[ev.start : ev.end] == "Harbour Ledger"
    # the aggregator's own introduction belongs to no embedded article
    intro = AGGREGATOR.index("The following report")
    assert article_at(s, intro) is s.page
    body = AGGREGATOR.index("The union said 812")
    assert article_at(s, body) is a
    assert article_at(s, AGGREGATOR.index("Oskel's harbour master")) is b
    assert article_at(s, len(AGGREGATOR) + 5) is None


def test_teasers_are_furniture_and_name_the_article_they_repeat():
    s = run(AGGREGATOR, title="Strike Exposes Port Authority Blunders", outlet="Harbour Watch")
    teasers = [f for f in s.furniture if f.kind == "teaser"]
    assert [AGGREGATOR[f.start : f.start + 20] for f in teasers] == [
        "Strike Exposes Port ",
        "Ivo Renn, Coastal Po",
    ]
    kinds = {f.kind for f in s.furniture}
    assert {"headline", "related", "byline", "source-link", "end-mark", "link", "share"} <= kinds


def test_page_outlet_is_read_from_the_page_when_the_caller_has_none():
    s = run(AGGREGATOR, title="Strike Exposes Port Authority Blunders")
    assert s.page.outlet == "Harbour Watch"  # the footer line
    assert s.page.published == "2021-03-10"
    assert [a.role for a in s.articles] == ["repost", "repost"]


def test_an_excerpt_that_appears_nowhere_else_is_the_article_itself():
    text = """Weekly review of the port press

Harbour Watch collects each week the reports on the strike that families should read.

Exporters divert ships to Oskel

Ivo Renn, Coastal Post, March 6 2021:… Exporters have begun to send their cargo through the smaller port of Oskel as the strike enters its second week. Oskel's harbour master said the port had received eleven extra ships.

Link to the source
"""
    s = run(text, outlet="Harbour Watch")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet) == ("repost", "Ivo Renn", "Coastal Post")
    assert para_range(text, a) == (2, 3)
    assert not any(f.kind == "teaser" for f in s.furniture)


TRANSLATION = """The dockers' long night

(Translated by Harbour Watch)
Link to the original article (Italian)

By Sara Velli, Gazzetta del Molo, March 9 2021

Published on 11 March 2021 in PRESS REVIEW by Harbour Watch

For three weeks the cranes of Port Halvard have stood still, and the town has learned how much it depends on them.

In the cafés near the north quay, the talk is only of night shifts and of the money the families have lost.

The union says it will not give in, while the port authority says the offer on the table is final.

***

Original article (Italian)

La lunga notte dei portuali

Da tre settimane le gru del porto di Halvard sono ferme, e la città ha scoperto quanto dipende da loro.

Nei bar vicino alla banchina nord si parla solo di turni di notte e dei soldi che le famiglie hanno perso.

Il sindacato dice che non cederà, mentre l'autorità portuale sostiene che l'offerta sul tavolo è definitiva.

Sara Velli, Gazzetta del Molo, 9 marzo 2021
"""


def test_translation_page_pairs_the_translation_with_its_original():
    s = run(TRANSLATION, outlet="Harbour Watch", published="2021-03-11")
    t, o = s.articles
    assert (t.role, t.language, t.translation_of, t.translated_by) == (
        "translation",
        "en",
        1,
        "Harbour Watch",
    )
    assert (o.role, o.language, o.translation_of) == ("original", "it", None)
    for a in (t, o):
        assert (a.author, a.outlet, a.published) == (
            "Sara Velli",
            "Gazzetta del Molo",
            "2021-03-09",
        )
        assert a.reposted_by == "Harbour Watch"
    assert t.original_language == "it"
    assert para_range(TRANSLATION, t) == (0, 6)
    assert para_range(TRANSLATION, o) == (9, 13)
    assert s.page.published == "2021-03-11"


def test_translation_without_its_original_on_the_page():
    text = TRANSLATION.split("***")[0]
    s = run(text, outlet="Harbour Watch")
    (t,) = s.articles
    assert (t.role, t.translation_of, t.translated_by, t.original_language) == (
        "translation",
        None,
        "Harbour Watch",
        "it",
    )
    assert (t.author, t.outlet, t.published) == ("Sara Velli", "Gazzetta del Molo", "2021-03-09")


def test_byline_forms_on_reposts():
    text = """Why the strike matters beyond Halvard

Why the strike matters beyond HalvardOren Tal, Lakeside Review, February 27 2021:… The strike at Port Halvard is about more than night-shift pay. It is a test of whether small ports can

Why the strike matters beyond Halvard

By: Oren Tal and Mina Tal (Lakeside Policy Group)

The strike at Port Halvard is about more than night-shift pay. It is a test of whether small ports can keep their workers when larger ports pay more.

Three other ports on the coast face the same question, and their unions are watching the talks closely.

(End)
"""
    s = run(text, outlet="Harbour Watch")
    (a,) = s.articles
    assert (a.role, a.outlet, a.published) == ("repost", "Lakeside Review", "2021-02-27")
    assert a.author == "Oren Tal and Mina Tal"
    assert a.authors == ("Oren Tal", "Mina Tal")
    assert field(a.evidence, "author") == {"by"}


def test_publication_line_and_placeholder():
    text = """Placeholder canvas

Small ports and the cost of long strikes

Publication: Coastal Security Digest Volume: 16 Issue: 19

Long strikes in small ports rarely make international news, but they can change trade routes for years. Exporters who find a new port seldom come back.

Port Halvard's three-week strike is a case in point: eleven ships have already moved their calls to Oskel.
"""
    s = run(text)
    (a,) = s.articles
    assert (a.role, a.outlet) == ("main", "Coastal Security Digest")
    assert para_range(text, a) == (1, 4)
    assert any(f.kind == "junk" for f in s.furniture)


@pytest.mark.parametrize(
    ("text", "author", "date"),
    [
        (
            "Sciopero al porto di Halvard\n\nDi Sara Velli\n\nPubblicato il 9 marzo 2021 in CRONACA\n\nI portuali di Halvard hanno votato lunedì per prolungare lo sciopero di un'altra settimana.\n\nIl sindacato sostiene che l'offerta dell'autorità portuale non basta.\n\nCondividi\n\nLeggi anche: Le navi deviate verso Oskel\n",
            "Sara Velli",
            "2021-03-09",
        ),
        (
            "Grève au port de Halvard\n\nPar Léa Fonte\n\nPublié le 9 mars 2021\n\nLes dockers de Halvard ont voté lundi la prolongation de la grève pour une deuxième semaine.\n\nLe syndicat estime que l'offre de l'autorité portuaire est insuffisante.\n\nPartager\n\nLire aussi : Les navires détournés vers Oskel\n",
            "Léa Fonte",
            "2021-03-09",
        ),
        (
            "Greva në portin e Halvardit\n\nPublikuar më 9 mars 2021 në AKTUALITET nga Besa Doda\n\nPunëtorët e portit të Halvardit votuan të hënën për ta zgjatur grevën edhe një javë.\n\nSindikata thotë se oferta e autoritetit portual nuk mjafton.\n\nShpërndaje\n\nLexo edhe: Anijet devijohen drejt Oskelit\n",
            "Besa Doda",
            "2021-03-09",
        ),
    ],
)
def test_plain_pages_in_other_languages(text, author, date):
    s = run(text, outlet="Gazzetta del Molo")
    (a,) = s.articles
    assert (a.role, a.author, a.published, a.outlet) == ("main", author, date, "Gazzetta del Molo")
    assert {f.kind for f in s.furniture} >= {"share", "related", "byline"}


def test_cue_words_inside_sentences_leave_one_article():
    text = """Port inquiry hears from the union's translator

A woman who translated the union's leaflets told the inquiry that she never saw the originals.

Translated by hand from dictated notes, the leaflets were sent to ships in port, she said.

By Monday evening, the inquiry had also heard from two harbour pilots.

Published on the union's website every Friday, the leaflet lists the ships that broke the strike.

Also read by many dockers' families, the leaflet was described as "the only news we trust".
"""
    s = run(text, outlet="Harbour Ledger")
    assert [(a.role, para_range(text, a)) for a in s.articles] == [("main", (0, 5))]


def test_two_bylined_articles_without_a_separator_and_no_page_outlet():
    text = """Oskel port hires fifty extra dockers

By Ivo Renn, Coastal Post, March 12 2021

Oskel's port authority has hired fifty temporary dockers to handle the ships diverted from Port Halvard by the strike.

The harbour master said the new workers would stay until the end of April at least.

Halvard strike ends after three weeks

By Tilda Marsh, Harbour Ledger, March 13 2021

Dock workers at Port Halvard returned to work on Saturday after the union accepted a new offer on night-shift pay.

The port authority said it expected traffic to be back to normal within a fortnight.
"""
    s = run(text)
    assert [(a.role, a.author, a.outlet, a.published) for a in s.articles] == [
        ("repost", "Ivo Renn", "Coastal Post", "2021-03-12"),
        ("repost", "Tilda Marsh", "Harbour Ledger", "2021-03-13"),
    ]
    assert [para_range(text, a) for a in s.articles] == [(0, 3), (4, 7)]


WIRE = """Oskel port hires fifty extra dockers

OSKEL, March 12 (Coastal Wire) – Oskel's port authority has hired fifty temporary dockers to handle the ships diverted from Port Halvard by the strike.

The harbour master said the new workers would stay until the end of April at least.

Reporting by Ivo Renn; Editing by Tilda Marsh

Halvard strike ends after three weeks

HALVARD, March 13 (Coastal Wire) – Dock workers at Port Halvard returned to work on Saturday after the union accepted a new offer on night-shift pay.

The port authority said it expected traffic to be back to normal within a fortnight.

(Reporting by Sara Velli; additional reporting by Ivo Renn in Oskel)
"""


def test_wire_copy_is_the_agencys_article_and_a_dateline_opens_each_story():
    s = run(WIRE, outlet="Harbour Ledger", published="2021-03-14")
    assert [(a.role, a.author, a.outlet, a.published) for a in s.articles] == [
        ("repost", "Ivo Renn", "Coastal Wire", "2021-03-12"),
        ("repost", "Sara Velli", "Coastal Wire", "2021-03-13"),
    ]
    assert [para_range(WIRE, a) for a in s.articles] == [(0, 3), (4, 7)]
    kinds = {WIRE[f.start : f.end]: f.kind for f in s.furniture}
    assert kinds["OSKEL, March 12 (Coastal Wire) –"] == "byline"
    assert kinds["Reporting by Ivo Renn; Editing by Tilda Marsh"] == "byline"
    # the agency's own page: its own article, and no year to complete the day without one
    s = run(WIRE.split("Halvard strike")[0], outlet="Coastal Wire")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == ("main", "Ivo Renn", "Coastal Wire", None)


def test_a_credit_sentence_between_body_paragraphs_is_text_at_the_end_a_credit():
    body = """Dockers back night-shift deal

By Tilda Marsh

Dock workers at Port Halvard approved the new night-shift agreement by a large majority on Friday, ending a dispute that lasted two months.

The report on the vote was first published in the Coastal Post and later reprinted by several union bulletins across the region.

The union said the agreement would be signed next week and would run for three years.
"""
    s = run(body, outlet="Harbour Ledger")
    (a,) = s.articles
    assert (a.role, a.outlet, para_range(body, a)) == ("main", "Harbour Ledger", (0, 4))
    translated = """Les dockers approuvent l'accord de nuit

Les dockers du port de Halvard ont approuvé vendredi à une large majorité le nouvel accord sur le travail de nuit.

Le syndicat a indiqué que l'accord serait signé la semaine prochaine et qu'il durerait trois ans.

Cet article de Tilda Marsh est paru le 12 mars 2021 dans le Harbour Ledger. Traduit de l'anglais par Léa Fonte.

Partager
"""
    s = run(translated, outlet="La Gazette du Quai")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == (
        "translation",
        "Tilda Marsh",
        "Harbour Ledger",
        "2021-03-12",
    )
    assert (a.translated_by, a.original_language, para_range(translated, a)) == (
        "Léa Fonte",
        "en",
        (0, 3),
    )


def test_opinion_name_under_headline_with_a_date_line_and_author_note():
    text = """Opinion

Small ports need their own strike fund

Mina Tal

9 March 2021

The strike at Port Halvard has shown how little room small ports have when their workers walk out. A fund shared by the ports of the coast would change that.

Such funds exist elsewhere and cost little in normal years. They pay for temporary crews and keep exporters from moving their cargo for good.

The author is professor of port economics at Halvard University. The views expressed are her own.
"""
    s = run(text, outlet="Harbour Ledger", published="2021-03-09")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet) == ("main", "Mina Tal", "Harbour Ledger")
    assert para_range(text, a)[1] == 6 and a.title == "Small ports need their own strike fund"
    assert {text[f.start : f.end]: f.kind for f in s.furniture}["Mina Tal"] == "byline"
    # a short Title-Case line under the headline, with no date beside it, is not a name
    plain = text.replace("Mina Tal\n\n9 March 2021\n\n", "Dockers Decide\n\n")
    (a,) = run(plain, outlet="Harbour Ledger").articles
    assert a.author is None


def test_a_comment_kicker_is_no_comment_section_and_a_name_under_a_standfirst_signs():
    text = """COMMENT

We are not against the port

The union has asked for the same figures for two years. It is still waiting for them.

Saturday 13 March 2021

Mina Tal

When the port authority first presented its plans for the new quay, the dockers did not strike. They asked questions about shifts, pay and safety.

They were told the answers would come with the study. The study came this month, a week before the vote, and it runs to four hundred pages.

Mina Tal chairs the Halvard dockers' union.

Share on Facebook
"""
    s = run(text, outlet="Harbour Ledger")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == (
        "main",
        "Mina Tal",
        "Harbour Ledger",
        "2021-03-13",
    )
    assert para_range(text, a) == (1, 7)
    assert not any(f.kind == "comment" and f.start > 10 for f in s.furniture)


WIRE_CLOSED = """Ministry will not rush quay permit

Posted by editor on March 15, 2021

OSKEL (Harbour Press Agency) — The transport ministry will not issue a permit for the new quay at Port Halvard before the town council has voted, a spokesman said on Monday.

"The council's opinion is advisory, but the minister will not ignore it," the spokesman told reporters in the capital.

Harbour Press Agency, 12 March 2021

Related posts:

Crane operator leaves Halvard

By Ivo Renn | Coastal Post | 14.03.2021

The crane operator Lift Marine has moved one of its two floating cranes out of Port Halvard, days after the ministry said the quay permit would wait.

A company spokesman said the crane was needed for a contract in another port and would come back when the project was ready.

Originally published at Coastal Post.

Tags: Halvard
"""


def test_an_outlet_date_line_closing_agency_copy_and_originally_published_at():
    s = run(WIRE_CLOSED, outlet="Bay Volunteers", author="editor", published="2021-03-15")
    assert [(a.role, a.author, a.outlet, a.published) for a in s.articles] == [
        ("repost", None, "Harbour Press Agency", "2021-03-12"),
        ("repost", "Ivo Renn", "Coastal Post", "2021-03-14"),
    ]
    assert [para_range(WIRE_CLOSED, a) for a in s.articles] == [(0, 4), (6, 10)]
    # a place before the date names nobody
    text = WIRE_CLOSED.replace("Harbour Press Agency, 12 March", "Port Halvard, 12 March")
    assert run(text, outlet="Bay Volunteers").articles[0].author is None


def test_a_sharing_note_names_the_reposted_outlet():
    text = """Los estibadores de Halvard, contra el turno de noche

Compartimos este reportaje del Diario del Muelle sobre la lucha de nuestros compañeros de Port Halvard, que piden apoyo a los sindicatos de toda la costa.

Los estibadores de Halvard, contra el nuevo turno de noche

Por Lucía Ferro | 15 de marzo de 2021

El sindicato de estibadores de Port Halvard ha pedido a los sindicatos de otros países que apoyen su oposición al nuevo turno de noche.

En una carta enviada a una veintena de organizaciones, la presidenta del sindicato explica que el turno pondría en peligro la seguridad de los trabajadores.

La autoridad portuaria sostiene que el turno es necesario para recibir buques más grandes.

Ver artículo original

Red Portuaria · Contacto
"""
    s = run(text, outlet="Red Portuaria")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == (
        "repost",
        "Lucía Ferro",
        "Diario del Muelle",
        "2021-03-15",
    )
    assert para_range(text, a) == (2, 6) and a.reposted_by == "Red Portuaria"


def test_translation_credited_in_a_note_pairs_with_its_original():
    text = """Region asks for talks over Halvard quay

Our translation of an article by Mina Tal that appeared in the Italian daily Gazzetta del Molo on 9 March 2021. The Italian original follows below.

Translation: Harbour Watch

Region asks for talks over Halvard quay

The Region has asked the government to open talks on the works planned in the port of Halvard, the environment councillor said yesterday after a meeting with the mayors of the coast.

"We are not against the port, but we want to know the data," the councillor said.

Original (Italian):

Porto di Halvard, la Regione chiede un tavolo

di Mina Tal

La Regione ha chiesto al governo di aprire un tavolo sui lavori previsti nel porto di Halvard, ha detto ieri l'assessore all'ambiente dopo una riunione con i sindaci della costa.

«Non siamo contrari al porto, ma vogliamo conoscere i dati», ha detto l'assessore.

9 marzo 2021
"""
    s = run(text, outlet="Harbour Watch", published="2021-03-11")
    assert [(a.role, a.author, a.outlet, a.published) for a in s.articles] == [
        ("translation", "Mina Tal", "Gazzetta del Molo", "2021-03-09"),
        ("original", "Mina Tal", "Gazzetta del Molo", "2021-03-09"),
    ]
    assert s.articles[0].translated_by == "Harbour Watch"
    # no translation cue: the neighbour of the "Original" section is the translation, and
    # it is not the page's own article, so it takes none of the page's metadata
    bare = text.replace(text.split("\n\n")[1] + "\n\n", "").replace(
        "Translation: Harbour Watch\n\n", ""
    )
    t, o = run(bare, outlet="Harbour Watch", published="2021-03-11").articles
    assert (t.role, o.role) == ("translation", "original")
    assert t.outlet is None and t.published == "2021-03-09" and t.author == "Mina Tal"


def test_slash_byline_translator_and_source_close_a_translation():
    text = """Dockers question the port's safety figures

Dockers question the port's safety figures

Tilda Marsh / Harbour Ledger

Dy inxhinierë të angazhuar nga sindikata e dokerëve thonë se studimi i autoritetit portual nënvlerëson rreziqet e turnit të natës.

Në një shënim të dërguar këshillit bashkiak, inxhinierët shkruajnë se studimi ka numëruar vetëm aksidentet e raportuara zyrtarisht.

Një zëdhënëse e autoritetit portual tha se studimi është shqyrtuar nga dy ekspertë të pavarur.

Përktheu nga anglishtja: Besa Doda

Burimi: Harbour Ledger

Lajme të tjera
"""
    (a,) = run(text, outlet="Portali Doku").articles
    assert (a.role, a.author, a.outlet, a.translated_by, a.original_language) == (
        "translation",
        "Tilda Marsh",
        "Harbour Ledger",
        "Besa Doda",
        "en",
    )
    assert para_range(text, a) == (1, 7)


def test_press_digest_with_dash_signatures_leaves_out_its_introduction():
    text = """Weekly digest: the Halvard strike in the press

Every Friday we gather what other newsrooms have written about the port. This week: a vote, a study and a voice from across the bay.

Council postpones quay vote

The Halvard town council has put off its vote on the new quay until late March, to give an independent institute time to check the port authority's figures.

— Tilda Marsh, Harbour Ledger, 12 March 2021

Read more

Dockers abroad send support

Dock workers in three other ports have sent letters of support to the Halvard union, which says it will not call off the strike before the council votes.

— Ivo Renn, Coastal Post, 13 March 2021

Read more
"""
    s = run(text, outlet="Harbour Watch", published="2021-03-14")
    assert [(a.role, a.author, a.outlet, a.published) for a in s.articles] == [
        ("repost", "Tilda Marsh", "Harbour Ledger", "2021-03-12"),
        ("repost", "Ivo Renn", "Coastal Post", "2021-03-13"),
    ]
    assert [para_range(text, a) for a in s.articles] == [(2, 4), (6, 8)]


def test_translation_by_the_pages_own_staff_starts_at_its_headline():
    text = """Rassegna: lo sciopero visto da fuori

Leggi anche:

Lo sciopero di Halvard finisce dopo tre settimane

di Tilda Marsh – Harbour Ledger, 13 marzo 2021

(Traduzione a cura della redazione)

I portuali di Halvard sono tornati al lavoro sabato, dopo che il sindacato ha accettato una nuova offerta sui turni di notte.

L'autorità portuale prevede che il traffico torni normale entro due settimane.

Fonte: Harbour Ledger, 13 marzo 2021
"""
    s = run(text, outlet="Osservatorio Porto")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == (
        "translation",
        "Tilda Marsh",
        "Harbour Ledger",
        "2021-03-13",
    )
    assert para_range(text, a) == (2, 7)
    assert a.translated_by is None


def test_own_outlet_spelled_differently_is_not_a_repost():
    text = """Halvard strike ends after three weeks

By Tilda Marsh, Harbour-Ledger Online, March 13 2021

Dock workers at Port Halvard returned to work on Saturday after the union accepted a new offer on night-shift pay.

The port authority said it expected traffic to be back to normal within a fortnight.
"""
    s = run(text, outlet="Harbour Ledger", outlets=OutletTable([("Harbour Ledger", "")]))
    (a,) = s.articles
    assert (a.role, a.outlet, a.reposted_by) == ("main", "Harbour Ledger", None)


# -- outlet identity ----------------------------------------------------------------------


def test_outlet_variants_resolve_to_one_outlet(tmp_path):
    t = OutletTable([("Gazeta Kodra", "kodra-news.example")])
    for variant in (
        "Gazeta Kodra",
        "GAZETA KODRA",
        "GazetaKodra",
        "Gazeta Kodra Online",
        "gazetakodra.example",
        "https://www.gazetakodra.example/2021/03/x",
        "kodra-news.example",
        "Gazeta Kodre",  # one letter off
        "GazetaQodra",  # a phonetic spelling
    ):
        assert t.resolve(variant) == "Gazeta Kodra", variant
    assert t.resolve("Gazeta Drita") is None
    assert t.resolve("Kodra") == "Gazeta Kodra"  # the domain's name without "-news"
    assert t.resolve("Kodra Post") is None
    # the demo's fictional outlets ship as defaults
    d = OutletTable.default()
    assert d.resolve("the veloria herald") == "Veloria Herald"
    assert d.resolve("Vigilant Europeen") == "Le Vigilant Européen"
    assert d.resolve("https://opengate.example/2022/03/13/x/") == "Open Gate Network"
    assert d.resolve("Radio Sentinal") == "Radio Sentinel"
    assert d.resolve("Mavrik Weekly") is None


def test_outlet_table_learns_saves_and_takes_corrections(tmp_path):
    path = tmp_path / "outlets.csv"
    t = OutletTable.load(path)  # missing file: the defaults
    assert t.learn("Harbour Ledger") == "Harbour Ledger"
    assert t.learn("HarbourLedger") == "Harbour Ledger"  # written down as an alias
    assert t.learn("Harbor Ledger") == "Harbour Ledger"
    t.save(path)
    rows = path.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "outlet,alias"
    assert "Harbour Ledger,Harbor Ledger" in rows and "Veloria Herald,VH" in rows
    # the user says "Harbor Ledger" is another paper: a row of its own, plus a "not" row
    path.write_text(
        "\n".join([*rows, "Harbor Ledger,Harbor Ledger", "Harbour Ledger,!Harbour Ledgers"]) + "\n",
        encoding="utf-8",
    )
    u = OutletTable.load(path)
    assert u.resolve("Harbor Ledger") == "Harbor Ledger"
    assert u.resolve("HarbourLedger") == "Harbour Ledger"
    assert u.resolve("Harbour Ledgers") is None  # would have been a one-letter fuzzy match


# -- the demo corpus ----------------------------------------------------------------------


def _demo(name: str):
    path = DEMO / name
    if path.suffix == ".html":
        import trafilatura

        doc = trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True)
        text = doc.text
        meta = {"title": doc.title, "outlet": doc.sitename, "author": doc.author}
        meta["published"] = doc.date
    else:
        text = path.read_text(encoding="utf-8")
        side = path.with_name(path.stem + ".meta.json")
        meta = json.loads(side.read_text(encoding="utf-8")) if side.exists() else {}
    return text, run(text, **meta)


def test_demo_aggregator_08_yields_the_reposted_articles():
    text, s = _demo("08_open_gate_network_aggregator.txt")
    assert s.page.outlet == "Open Gate Network"  # no sidecar: from the page's footer
    assert s.page.published == "2022-03-16"
    assert [(a.role, a.author, a.outlet, a.published, a.reposted_by) for a in s.articles] == [
        ("repost", "Elena Varga", "Radio Sentinel", "2022-03-15", "Open Gate Network"),
        ("repost", "Dragan Ost", "Veloria Herald", "2022-03-13", "Open Gate Network"),
    ]
    rs, vh = s.articles
    assert rs.title == "Serentia raid puts spotlight on exiled Velorian movement"
    assert vh.title == "Police storm Corvan sect compound, seize computers"
    # the embedded texts are exactly 04 and 02 (EXPECTED.md §4.1)
    original_04 = (DEMO / "04_radio_sentinel_raid_analysis.txt").read_text().strip()
    original_02 = (DEMO / "02_veloria_herald_raid.txt").read_text().strip().split("\n\n")
    assert original_04 in text[rs.start : rs.end]
    assert all(p in text[vh.start : vh.end] for p in original_02)
    # OG's own voice (block 5) and the teaser belong to the page, not to RS
    own = text.index("The following report by Radio Sentinel")
    assert article_at(s, own) is s.page
    teaser = next(f for f in s.furniture if f.kind == "teaser")
    assert text[teaser.start :].startswith("Police Raid Exposes Corvan Cult Online Army In Mavrik")
    assert article_at(s, text.index("Three members were detained and later released")) is rs
    assert article_at(s, text.index("a dozen members were detained")) is vh


def test_demo_translation_pages_10_and_12():
    text, s = _demo("10_open_gate_network_italian_translation.html")
    t, o = s.articles
    assert (t.role, t.translation_of, t.translated_by) == ("translation", 1, "Open Gate Network")
    assert (o.role, o.language) == ("original", "it")
    for a in (t, o):
        assert (a.author, a.outlet, a.published) == (
            "Marco Tarnelli",
            "Orizzonte Quotidiano",
            "2022-04-05",
        )
    note = text.index("Italian daily Orizzonte Quotidiano warns")
    assert article_at(s, note) is s.page

    text, s = _demo("12_azure_voice_french_translation.txt")
    (t,) = s.articles
    assert (t.role, t.author, t.outlet, t.published, t.translated_by) == (
        "translation",
        "Hélène Vautrin",
        "Le Vigilant Européen",
        "2022-05-02",
        "Azure Voice",
    )
    assert t.original_language == "fr"
    thanks = text.index("Azure Voice thanks Le Vigilant")
    assert article_at(s, thanks) is s.page  # AV's own voice


@pytest.mark.parametrize(
    "name",
    [
        "01_veloria_herald_membership.txt",
        "06_azure_voice_raid_response.txt",
        "07_open_gate_network_defector.txt",
        "09_orizzonte_quotidiano_fronte.txt",
        "11_le_vigilant_europeen_resistance.txt",
        "03_mavrik_daily_raid.html",
    ],
)
def test_demo_single_articles_stay_single(name):
    text, s = _demo(name)
    (a,) = s.articles
    assert a.role == "main" and a.outlet == s.page.outlet
    assert text[a.start : a.end].count("\n\n") >= 4 or "\n" in text[a.start : a.end]


# -- cue lines read by their shape (no cue table names the frame) ----------------------

from claimmap.analyze.structure.blocks import _by_shape  # noqa: E402
from claimmap.analyze.structure.generic import person_name  # noqa: E402


def _shape(line: str):
    c = _by_shape(line, 0)
    return c and (c.kind, {k: v[0] for k, v in c.fields.items() if k != "granularity"})


@pytest.mark.parametrize(
    "line, author, outlet, date",
    [
        ("Anna Keller", "Anna Keller", None, None),
        ("Door Sophie Brandt", "Sophie Brandt", None, None),  # a frame word no table has
        ("Reportage de Sophie Brandt", "Sophie Brandt", None, None),
        ("Av Martina Holm, reporter", "Martina Holm", None, None),
        ("Owen Tarrant, Chief correspondent", "Owen Tarrant", None, None),
        ("Text: Anna Keller | 3. Mai 2024", "Anna Keller", None, "2024-05-03"),
        ("— Giulia Ferro, Il Molo, 4 maggio 2024", "Giulia Ferro", "Il Molo", "2024-05-04"),
        ("Arben Kola / Gazeta Jugu", "Arben Kola", "Gazeta Jugu", None),
        ("Escrito por Lucía Prado · portal.example", "Lucía Prado", "portal.example", None),
        ("By Anna Keller on 3 May 2024", "Anna Keller", None, "2024-05-03"),
        ("Anna Keller (Harbour Ledger)", "Anna Keller", "Harbour Ledger", None),
        ("Anna Keller for the Harbour Ledger", "Anna Keller", "Harbour Ledger", None),
        ("3 May 2024 | Anna Keller", "Anna Keller", None, "2024-05-03"),  # not a footer
        (
            "Harbour Ledger | Anna Keller | 3 May 2024",
            "Anna Keller",
            "Harbour Ledger",
            "2024-05-03",
        ),
        ("Anna Keller and Marco Berti", "Anna Keller and Marco Berti", None, None),
        ("Texte : Anna Keller", "Anna Keller", None, None),
        ("Anna KELLER", "Anna KELLER", None, None),
    ],
)
def test_a_name_line_is_read_whatever_frames_it(line, author, outlet, date):
    kind, fields = _shape(line)
    assert kind == "name-line"
    assert (fields.get("author"), fields.get("outlet"), fields.get("date")) == (
        author,
        outlet,
        date,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Council Postpones Vote",  # no given name opens it
        "Thomas Cook Group",  # an organisation's name
        "Maria said the quay would close in May.",  # a sentence
        "Anna Keller met the harbour master on the pier",
        "Paul and the Sea",
        "Remembering Anna Keller",  # a headline: its last frame word is long and no label
    ],
)
def test_what_is_not_a_name_line(line):
    c = _by_shape(line, 0)
    assert c is None or c.kind != "name-line"


def test_person_name_needs_a_known_given_name_or_the_ner_and_a_frame():
    assert person_name("Camille Roussel") and person_name("Maria de la Cruz")
    assert not person_name("EU Council") and not person_name("Thomas Cook Group")
    # whatever the NER makes of a two-word headline, alone or beside another it is no byline
    assert _by_shape("Harbour Strike", 0) is None
    assert _by_shape("Dockers Strike / Port Closed", 0) is None


@pytest.mark.parametrize(
    "line, date, head",
    [
        ("October 20, 2025 05:12 PM", "2025-10-20", None),
        ("Publié le 18 octobre 2025 à 07h30, mis à jour à 09h12", "2025-10-18", None),
        ("Veröffentlicht am 3. Mai 2024, 10:15 Uhr", "2024-05-03", None),
        ("Lunedì 6 maggio 2024", "2024-05-06", None),
        ("Dunmore, 17 ottobre 2025 - ore 08:40", "2025-10-17", "Dunmore"),
        ("Objavljeno: 12.04.2024", "2024-04-12", None),
    ],
)
def test_a_line_that_is_a_date_in_any_frame(line, date, head):
    kind, fields = _shape(line)
    assert (kind, fields["date"], fields.get("head")) == ("date-line", date, head)


@pytest.mark.parametrize(
    "line",
    [
        "The vote is set for 3 May 2025.",  # a sentence ending on a date
        "Remembering the raid of 7 October 2023",  # a date inside a headline
        "On 3 May 2024 the harbour closed for repairs to the breakwater",
    ],
)
def test_what_is_not_a_date_line(line):
    c = _by_shape(line, 0)
    assert c is None or c.kind != "date-line"


def test_a_date_line_signed_by_the_sites_account_dates_the_page():
    kind, fields = _shape("Gepostet von admin am 29.10.2025")
    assert (kind, fields["date"]) == ("published", "2025-10-29")


def test_a_frame_word_kept_in_an_author_value_is_cut():
    from claimmap.analyze.structure.fields import Fields, Found

    f = Fields()
    f.offer("author", Found("By Tobias Wren", 5, 19, "excerpt"))
    assert f.author and (f.author.value, f.author.start) == ("Tobias Wren", 8)
    f = Fields()  # co-authors sharing a surname keep both names
    f.offer("author", Found("Massoud and Anne Khodabandeh", 0, 28, "excerpt"))
    assert f.author and f.author.value == "Massoud and Anne Khodabandeh"
    c = _by_shape("Omar and Anne Keller", 0)
    assert c is None or c.value("author") != "Anne Keller"


def test_a_label_naming_a_domain_or_a_known_outlet_is_a_source_line():
    assert _shape("Izvor: lajmet.example") == ("source", {"outlet": "lajmet.example"})
    assert _shape("Note: see below") is None
    table = OutletTable([("Harbour Ledger", "Harbour Ledger")])
    c = _by_shape("Kilde: Harbour Ledger", 0, table)
    assert c and (c.kind, c.value("outlet")) == ("source", "Harbour Ledger")
    assert _by_shape("Analysis: Port Strike Ends", 0, table) is None


def test_shape_cues_give_an_unseen_layouts_byline_and_date():
    text = (
        "Dockers walk out at Ostrel quay\n\n"
        "Door Sophie Brandt\n\n"
        "Ostrel, dinsdag 14 mei 2024 - 09:20\n\n"
        "Dockers at the Ostrel quay stopped work on Tuesday morning over the new shift rota, "
        "and the port authority said talks would resume on Thursday with the union.\n\n"
        "The rota, which adds a night shift, was agreed by the board last month.\n"
    )
    (a,) = run(text).articles
    assert a.author == "Sophie Brandt"


def test_a_dash_before_a_name_and_a_date_after_an_outlet_are_tidied():
    from claimmap.analyze.structure.fields import Fields, Found

    f = Fields()
    f.offer("author", Found("— Jane Roe", 10, 20, "signature"))
    f.offer("outlet", Found("Il Molo, 4 maggio 2024", 30, 52, "source"))
    assert f.author and (f.author.value, f.author.start) == ("Jane Roe", 12)
    assert f.outlet and f.outlet.value == "Il Molo"
    assert f.date and f.date.value == "2024-05-04"


def test_a_readers_name_over_a_comment_signs_no_article():
    text = (
        PLAIN
        + "\n2 comments\n\nAnna Keller\n\nThe union was right to hold out, and the port knows it."
        + "\n\nReply\n"
    )
    (a,) = run(text).articles
    assert a.author is None


def test_the_ner_vouches_for_a_name_the_given_name_table_lacks_when_framed():
    from claimmap.analyze.structure import generic

    if generic._pipeline() is None:
        pytest.skip("spaCy pipeline not installed: the given-name table decides alone")
    assert _shape("Door Yorick Tamsel") == ("name-line", {"author": "Yorick Tamsel"})
    assert _shape("Harun Mirel | 3 May 2024") == (
        "name-line",
        {"author": "Harun Mirel", "date": "2024-05-03"},
    )
    assert _by_shape("Yorick Tamsel", 0) is None  # alone: left to the placement rules


def test_a_date_lines_head_that_opens_with_a_given_name_is_the_author():
    text = (
        "Quay repairs to start in June\n\n"
        "Anna Keller, 3 May 2024, 10:15\n\n"
        "Repairs to the north quay will start in June, the port authority said on Friday, "
        "after two years of delays caused by a dispute over the contract.\n"
    )
    (a,) = run(text).articles
    assert (a.author, a.published) == ("Anna Keller", "2024-05-03")
    text = text.replace("Anna Keller", "Sablona")  # a place stays no author
    (a,) = run(text).articles
    assert (a.author, a.published) == (None, "2024-05-03")


# -- the learned line reader (structure/lines.py) ------------------------------------------

_COLUMN = (
    "A bridge is not a transport plan\n\n"
    "Column by Harriet Lomax · 3 March 2025\n\n"
    "When I ran the county roads office, every town that came to us with a traffic problem "
    "came with the same answer: another road, and every time the new road filled up within "
    "a few years and the problem came back worse than before.\n\n"
    "Towns that cut their traffic did it with buses, bicycle lanes and parking rules, not with "
    "bridges; none of that has been tried here, and it would cost a fraction of the bridge "
    "the council approved last month.\n\n"
    "Mayor Jonas Weld said on Monday that the council would publish the traffic study soon.\n"
)


def _blank(text: str, role: str = "main") -> Article:
    return Article(start=0, end=len(text), role=role)  # type: ignore[arg-type]


def test_learned_reader_fills_empty_fields_from_the_best_short_line():
    spans = paragraph_spans(_COLUMN)
    a = _blank(_COLUMN)
    n = learned_lines.fill_fields(_COLUMN, spans, [a], OutletTable.default())
    assert (a.author, a.published, a.granularity) == ("Harriet Lomax", "2025-03-03", "day")
    assert n == 2 and {e.rule for e in a.evidence} == {"learned-line"}
    s, e = spans[1]
    assert all((ev.start, ev.end) == (s, e) for ev in a.evidence)


def test_learned_reader_never_overrides_a_rule_and_leaves_sentences_alone():
    spans = paragraph_spans(_COLUMN)
    a = _blank(_COLUMN)
    a.author = "Someone Else"
    learned_lines.fill_fields(_COLUMN, spans, [a], OutletTable.default())
    assert a.author == "Someone Else" and a.published == "2025-03-03"
    # the body sentence naming "Mayor Jonas Weld" is no byline
    text = _COLUMN.replace("Column by Harriet Lomax · 3 March 2025\n\n", "")
    b = _blank(text)
    learned_lines.fill_fields(text, paragraph_spans(text), [b], OutletTable.default())
    assert b.author is None


def test_learned_reader_gives_a_repost_none_of_the_pages_own_values():
    spans = paragraph_spans(_COLUMN)
    a = _blank(_COLUMN, role="repost")
    own = {"author": None, "outlet": None, "published": "2025-03-03"}
    learned_lines.fill_fields(_COLUMN, spans, [a], OutletTable.default(), page=own)
    assert a.author == "Harriet Lomax" and a.published is None


def test_learned_reader_weights_match_the_features_and_fitting_is_deterministic():
    model = learned_lines.default_model()
    assert model is not None
    x = learned_lines.features([_COLUMN[s:e] for s, e in paragraph_spans(_COLUMN)], None)
    assert x.shape[1] == model.w.shape[0] and model.w.shape[1] == len(learned_lines.HEADS)
    p = model.scores(x)
    assert p.shape == (5, 5) and ((p >= 0) & (p <= 1)).all()
    y = (x[:, :3] > 0.5).astype(float)[:, [0, 1, 2, 0, 1]]
    one, two = learned_lines.fit(x, y, steps=20), learned_lines.fit(x, y, steps=20)
    assert (one.w == two.w).all() and (one.b == two.b).all()
    again = learned_lines.LineModel.from_json(one.to_json())
    assert abs(again.w - one.w).max() < 1e-4


def test_learned_reader_can_be_switched_off():
    plain = run(_COLUMN)
    paras = paragraph_spans(_COLUMN)
    off = analyze_structure(
        _COLUMN,
        title=None,
        outlet=None,
        author=None,
        published=None,
        paragraphs=paras,
        paragraph_langs=[None] * len(paras),
        outlets=OutletTable.default(),
        learned=False,
    )
    assert [a.author for a in plain.articles] == ["Harriet Lomax"]
    assert all("learned-line" not in {e.rule for e in a.evidence} for a in off.articles)


_TWO_STORIES = (
    "Port strike ends after nine days\n\n"
    "Dockers at Velmar returned to work on Friday after the union and the port authority "
    "agreed a new shift system, ending a strike that had left more than forty ships waiting "
    "offshore and cost exporters millions.\n\n"
    "The agreement gives night-shift workers two extra days off a month and creates a joint "
    "committee to review safety rules, the union's spokesman said at a press conference "
    "outside the port gates.\n\n"
    "Exporters welcomed the deal but said the backlog would take weeks to clear, with fruit "
    "growers in the south already counting their losses after nine days of waiting.\n\n"
    "Ferry fares to rise in spring\n\n"
    "By Harriet Lomax, 3 March 2025\n\n"
    "The ferry company serving the islands will raise fares by eight per cent in April, "
    "blaming higher fuel costs and the new port fees that the authority introduced last year "
    "after the harbour works.\n\n"
    "Islanders' associations said the rise would hit families who travel to the mainland for "
    "school and hospital visits, and asked the regional government to subsidise tickets.\n"
)


def test_learned_reader_splits_where_a_headline_and_a_byline_open_a_new_article():
    from claimmap.analyze.structure.analyze import _learned

    spans = paragraph_spans(_TWO_STORIES)
    whole = _blank(_TWO_STORIES, role="repost")
    whole.end = spans[6][1]
    original = _blank(_TWO_STORIES, role="original")
    original.start, original.end = spans[7]  # stands for an article further down
    whole.translation_of = 1
    arts = _learned(_TWO_STORIES, spans, [whole, original], OutletTable.default(), None, None, None)
    assert [(a.start, a.end) for a in arts] == [
        (spans[0][0], spans[3][1]),
        (spans[4][0], spans[6][1]),
        spans[7],
    ]
    first, second, _ = arts
    assert second.title == "Ferry fares to rise in spring" and second.role == "repost"
    assert (second.author, second.published) == ("Harriet Lomax", "2025-03-03")
    assert first.author is None and first.translation_of == 2  # still the same article


def test_learned_reader_reads_a_name_the_given_name_table_lacks_only_when_sure():
    table = OutletTable([("Harbour Ledger", "")])
    line = "Door Zbygniew Kowalczyk | Harbour Ledger"
    assert learned_lines.read_value("author", line, table) is None
    assert learned_lines.read_value("author", line, table, sure=True) == "Zbygniew Kowalczyk"
    assert learned_lines.capitalised_name("Harbour Ledger, 3 March 2025", table) is None
    assert learned_lines.read_value("outlet", line, table) == "Harbour Ledger"


# -- the page title repeated above the body (site lines, notes in between) -----------------

BODY = (
    "The council voted on Tuesday to delay the tender for the ferry terminal by six months, "
    "after two bidders asked for more time to study the seabed surveys."
)


def test_page_title_repeated_under_site_lines_starts_the_article():
    text = (
        "Ferry tender delayed\n\nHarbour Notes\n\nHome » News » Ferry tender delayed\n\n"
        "Ferry tender delayed\n\nBy Tilda Marsh\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("Tuesday", "Monday")
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n"
    )
    s = run(text, title="Ferry tender delayed", outlet="Harbour Notes")
    assert [para_range(text, a) for a in s.articles] == [(3, 7)]
    assert s.articles[0].author == "Tilda Marsh"


def test_page_title_not_repeated_keeps_the_aggregator_headline_out():
    # the page's own title is a press-review heading; the repost has its own headline
    text = (
        "Review: the ferry tender\n\nPosted on 3 May 2024 by admin\n\n"
        "Ferry tender delayed again\n\nBy Tilda Marsh\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        + BODY.replace("Tuesday", "Monday")
        + "\n\nSource: Porto Gazette\n"
    )
    s = run(text, title="Review: the ferry tender", outlet="Harbour Notes")
    assert s.articles[0].role == "repost"
    assert para_range(text, s.articles[0])[0] == 2


def test_intro_note_above_the_repeated_title_is_the_pages():
    text = (
        "Ferry tender delayed\n\nHarbour Notes\n\n"
        "Nous reproduisons ci-dessous, traduit de l'italien, un article de Tilda Marsh paru "
        "dans le Porto Gazette le 8 juillet 2024.\n\n"
        "Ferry tender delayed\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        + BODY.replace("Tuesday", "Monday")
        + "\n\nTraduction : Anne Lefort\n"
    )
    s = run(text, title="Ferry tender delayed", outlet="Harbour Notes")
    (a,) = s.articles
    assert para_range(text, a) == (3, 7)


@pytest.mark.parametrize("line", ["Print the budget now", "Share of voters rose"])
def test_share_words_in_headlines(line):
    cue = classify_line(line, 0)
    assert cue is None or cue.kind != "share"


def test_byline_role_is_no_outlet():
    cue = classify_line("By Hal Brennick, Chief Reporter", 0)
    assert cue is not None and cue.fields["author"][0] == "Hal Brennick"
    assert "outlet" not in cue.fields
    cue = classify_line("By Mara Quill, Health and Environment Correspondent", 0)
    assert cue is not None and "outlet" not in cue.fields


def test_standfirst_above_the_byline_joins_the_article():
    text = (
        "OPINION\n\nThe ferry terminal can wait\n\n"
        "A short standfirst that reads like a sentence.\n\n"
        "Written by\nPetra Valk\n\nJuly 12, 2026\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nPetra Valk is a retired harbour pilot.\n"
    )
    s = run(text, title="The ferry terminal can wait", outlet="Harbour Notes")
    (a,) = s.articles
    assert para_range(text, a)[0] == 1 and a.author == "Petra Valk"
    assert a.published == "2026-07-12"


def test_teaser_head_with_a_thousands_comma_and_a_glued_outlet():
    cue = classify_line(
        "Consultation extended after 4,000 comments Oskar Lind, Northgate News Service, "
        "June 11 2026:… The agency extended the consultation by a month after receiving "
        "more than 4,000 written comments.",
        0,
    )
    assert cue is not None and cue.kind == "excerpt"
    cue = classify_line(
        "Landfill closes to businesses The Brevanne Herald, June 10 2026:… The landfill will "
        "stop accepting commercial waste from January.",
        0,
    )
    assert cue is not None and cue.kind == "excerpt"


@pytest.mark.parametrize(
    ("line", "lang"),
    [("German original", "de"), ("The Italian original:", "it"), ("Originale tedesco", "de")],
)
def test_language_original_headings(line, lang):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == "original-heading"
    assert cue.fields["language"][0] == lang


def test_translator_working_for_someone():
    cue = classify_line("Translated by Greta Sommer for the Olsa Valley Network", 0)
    assert cue is not None and cue.kind == "translated"
    assert cue.fields["by"][0] == "Greta Sommer"


def test_our_translation_note_names_the_outlet():
    cue = classify_line(
        "Below is our English translation of a report from the Olsataler Anzeiger, the local "
        "weekly of the upper valley.",
        0,
    )
    assert cue is not None and cue.fields["outlet"][0] == "Olsataler Anzeiger"


def test_a_line_of_cue_sentences_is_cues_not_text():
    text = (
        "La provincia quiere analizar la leche\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nFuente: Il Corriere di Castel Varro (12/06/2026). Traducción: Plataforma Aire "
        "Limpio.\n"
    )
    s = run(text, title="La provincia quiere analizar la leche", outlet="Plataforma Aire Limpio")
    (a,) = s.articles
    assert a.outlet == "Il Corriere di Castel Varro" and a.published == "2026-06-12"


def test_press_review_of_quoted_heads():
    item = (
        "« {t} » – {by}\n\n« Les sacs contenaient des bulletins dépouillés lundi soir, après la "
        "fermeture des bureaux de vote et après le départ de la plupart des assesseurs des "
        "partis. Le maire a été déclaré réélu mardi avec 212 voix d'avance sur sa rivale, qui "
        "demande un recomptage complet. »\n\n"
        "Lire l'article complet{tail}\n\n"
    )
    text = (
        "Revue de presse : la semaine\n\nPublié le 24 septembre 2026 par Hélène Marchal\n\n"
        "Chaque semaine, nous rassemblons quelques articles sur l'élection municipale de Port "
        "Velida et sur le recomptage des bulletins envoyés par la poste depuis l'étranger.\n\n"
        + item.format(
            t="Un recomptage sous haute tension",
            by="Camille Rouvière, L'Écho de Lorvaux, 19 septembre 2026",
            tail="",
        )
        + item.format(
            t="Des scellés coupés sur les sacs",
            by="The Velida Chronicle, 16 septembre 2026 (notre traduction)",
            tail=" (en anglais)",
        )
        + "Partager cette page : Facebook · X · Courriel\n"
    )
    s = run(
        text,
        title="Revue de presse : la semaine",
        outlet="Collectif Solidarité Velida",
        author="Hélène Marchal",
    )
    got = [(para_range(text, a), a.role, a.author, a.outlet, a.published) for a in s.articles]
    assert got == [
        ((3, 4), "repost", "Camille Rouvière", "L'Écho de Lorvaux", "2026-09-19"),
        ((6, 7), "translation", None, "The Velida Chronicle", "2026-09-16"),
    ]


def test_closing_about_the_site_box_is_no_article():
    text = (
        "Ferry tender delayed\n\nBy Tilda Marsh\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nShare this post: Facebook · X · Email\n\n"
        "Harbour Notes is an independent, non-partisan network of citizen observers of the "
        "port and its ferries, founded in 2019.\n"
    )
    s = run(text, title="Ferry tender delayed", outlet="Harbour Notes")
    assert [para_range(text, a) for a in s.articles] == [(0, 3)]


def test_name_beside_a_known_outlet_signs_the_article():
    table = OutletTable.default()
    table.add("The Velida Chronicle")
    text = (
        "Sirek says the count was clean\n\nSeptember 16, 2026\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nNell Fairweather, The Velida Chronicle\n\nLink to the source\n"
    )
    s = run(text, outlets=table, title="Velida count", outlet="The Open Count")
    (a,) = s.articles
    assert (a.author, a.outlet) == ("Nell Fairweather", "The Velida Chronicle")


def test_byline_date_with_a_comma_is_one_field():
    cue = classify_line("By Oren Pask | The Velida Chronicle | September 16, 2026", 0)
    assert cue is not None and cue.fields["date"][0] == "2026-09-16"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # share bars with their filler words
        ("Print this article", "share"),
        ("Share | Tweet | Email", "share"),
        ("Condividi su Facebook", "share"),
        ("Email the author", "share"),
        # WordPress comment heads, a named site's volunteer translators
        ('1 thought on "Velida count: the reports you need to read"', "comments"),
        ("(Translated by The Open Count volunteers)", "translated"),
        # end marks, list heads, forum replies
        ("ENDS", "end"),
        ("—END—", "end"),
        ("~", "end"),
        ("◆ ◆ ◆", "end"),
        ("Notes to editors", "end"),
        ("Most read 1. Tram strike called off 2. Infection figures", "related"),
        ("Topics: St Aurel · Health · Hospitals · Korvex", "related"),
        ("TAG: santa brigida, porto ceraso, pesca", "related"),
        ("More from Opinion The ferry timetable is a tax · Editorial: the coastguard", "related"),
        ("Re: Korvex contract was approved in 11 days", "comments"),
    ],
)
def test_furniture_and_credit_lines(line, kind):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == kind


def test_link_rows_and_text_after_the_article():
    text = (
        "Ferry tender delayed\n\nBy Tilda Marsh\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nGift this article · Save · Share\n\n"
        "Sign up for Harbour Morning: the day's news in five minutes, every weekday at seven, "
        "with the ferry timetable, the weather at sea and the day's port arrivals.\n\n"
        "About us · Terms · Privacy · Contact\n"
    )
    s = run(text, title="Ferry tender delayed", outlet="Harbour Notes")
    assert [para_range(text, a) for a in s.articles] == [(0, 3)]


def test_short_intro_above_reposts_is_the_pages_voice():
    text = (
        "The reports you need to read\n\nPosted on 18 May 2024 by admin\n\n"
        "Readers keep sending us the same three pieces about the ferry tender, so here they "
        "are in one place, each with a link to where it first ran.\n\n"
        "Ferry tender delayed\n\nBy Tilda Marsh | Porto Gazette | May 16, 2024\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nSource: Porto Gazette\n"
    )
    s = run(text, title="The reports you need to read", outlet="Harbour Notes", author="admin")
    assert [(a.role, a.outlet) for a in s.articles] == [("repost", "Porto Gazette")]


@pytest.mark.parametrize("line", ["Tag team wins again", "More from the mayor was heard"])
def test_list_head_words_opening_a_headline(line):
    cue = classify_line(line, 0)
    assert cue is None or cue.kind != "related"


# -- session 4: closing credits, section lead-ins, sentence headlines -------------------------

BODY2 = (
    "Harbour pilots said on Monday that the new dredger had been idle for a week because "
    "its crew were waiting for a permit from the regional water office."
)


def test_translator_credit_before_the_next_headline_closes_the_article_above():
    text = (
        "Two pieces on the ferry tender\n\n"
        "Ferry tender delayed again\n\nBy Tilda Marsh, Porto Gazette, 16 May 2024\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        "Translated from the Italian by Oren Pask.\n\n"
        "Pilots wait for dredging permit\n\nBy Mina Tal, Harbour Ledger, 17 May 2024\n\n"
        + BODY2
        + "\n\n"
        + BODY2.replace("a week", "ten days")
        + "\n"
    )
    s = run(text, title="Two pieces on the ferry tender", outlet="Harbour Notes")
    assert [(para_range(text, a), a.role) for a in s.articles] == [
        ((1, 5), "translation"),
        ((6, 9), "repost"),
    ]
    assert s.articles[0].translated_by == "Oren Pask"


def test_source_line_under_a_body_ends_it_before_a_section_head():
    text = (
        "Press review\n\nPilots wait for dredging permit\n\n"
        "By Mina Tal | 17 May 2024\n\n"
        + BODY2
        + "\n\n"
        + BODY2.replace("a week", "ten days")
        + "\n\n"
        + BODY.replace("six", "three")
        + "\n\n"
        "Source: Harbour Ledger\n\n"
        "2) FROM THE ISLANDS\n\nFerry tender delayed again\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n"
    )
    s = run(text, title="Press review", outlet="Harbour Notes")
    assert [para_range(text, a)[0] for a in s.articles] == [1, 8]


def test_colon_lead_in_between_articles_introduces_the_next():
    text = (
        "Ferry tender delayed again\n\nBy Tilda Marsh, Porto Gazette, 16 May 2024\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        "And this is what the Ledger wrote on Monday:\n\n"
        "Pilots wait for dredging permit\n\n"
        + BODY2
        + "\n\n"
        + BODY2.replace("a week", "ten days")
        + "\n\n"
        "Source: Harbour Ledger (13/05/2024)\n"
    )
    s = run(text, title="Ferry notes", outlet="Harbour Notes")
    assert [para_range(text, a) for a in s.articles] == [(0, 3), (5, 8)]
    assert s.articles[1].outlet == "Harbour Ledger"


def test_sentence_headline_under_a_section_head_opens_an_article():
    text = (
        "Harbour digest\n\n"
        "Readers asked us where to find the reporting on the ferry tender and the dredger, so "
        "we have gathered the two reports that matter most in one place for them.\n\n"
        "1) FROM THE GAZETTE\n\n"
        "Ferry tender put off by six more months after a late request. The council chair: "
        "the bidders need more time\n\n"
        "di Tilda Marsh | 16 maggio 2024\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\nSource: Porto Gazette\n"
    )
    s = run(text, title="Harbour digest", outlet="Harbour Notes")
    (a,) = s.articles
    assert para_range(text, a)[0] == 3
    assert (a.role, a.author, a.outlet) == ("repost", "Tilda Marsh", "Porto Gazette")


@pytest.mark.parametrize(
    ("line", "kind", "fields"),
    [
        ("Texte original :", "original-heading", {}),
        ("TEKSTI ORIGJINAL", "original-heading", {}),
        ("Questo sito usa cookie tecnici e di profilazione. Accetta | Rifiuta", "junk", {}),
        ("Traduction : Anne Roux, bénévole de la station", "translated", {"by": "Anne Roux"}),
        (
            "Par Oren Pask (agence HPA) – 14 octobre 2024",
            "by",
            {"author": "Oren Pask", "date": "2024-10-14"},
        ),
    ],
)
def test_session4_cue_lines(line, kind, fields):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == kind
    for k, v in fields.items():
        assert cue.fields[k][0].startswith(v)


@pytest.mark.parametrize(
    "line",
    [
        "NORTH BAY, Velida, Oct 14 (HPA) - A ferry ran aground on Thursday.",
        "CAP NORD (Velida), 14 octobre (HPA) – Un ferry s'est échoué jeudi.",
    ],
)
def test_wire_dateline_with_a_region(line):
    cue = wire_dateline(line, 0)
    assert cue is not None and cue.fields["outlet"][0] == "HPA"
    assert cue.fields["date"][0] == "--10-14"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "Ein Artikel von Greta Holm im Hafenblatt Nord vom 03.05.2024 (Auszug)",
            {"author": "Greta Holm", "outlet": "Hafenblatt Nord", "date": "2024-05-03"},
        ),
        (
            "Article paru dans La Voix du Port le 6 mai 2024.",
            {"outlet": "La Voix du Port", "date": "2024-05-06"},
        ),
        (
            "(Articolo di Lia Conti, pubblicato da Eco del Molo il 2 maggio 2024. "
            "Traduzione di Porto Aperto.)",
            {"author": "Lia Conti", "outlet": "Eco del Molo", "translated": ""},
        ),
        (
            "Artículo publicado en Harbour Ledger (Velida). Traducción de la redacción.",
            {"outlet": "Harbour Ledger", "translated": ""},
        ),
    ],
)
def test_credit_lines_opening_with_their_subject(line, fields):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == "source"
    for k, v in fields.items():
        assert cue.fields[k][0].startswith(v)


@pytest.mark.parametrize(
    "line",
    [
        "The article will be discussed by the council in June.",
        "Articles by Jane Roe in the Gazette",
    ],
)
def test_sentences_about_articles_are_no_credit(line):
    cue = classify_line(line, 0)
    assert cue is None or cue.kind != "source"


def test_credit_under_the_intro_names_the_article_below():
    text = (
        "What the papers say about the dredger\n\n"
        "Members keep asking us about the dredger in the harbour, so we have translated the "
        "fullest report we could find and put it below for everyone.\n\n"
        "Article published in the Harbour Ledger (Velida). Translation by our volunteers.\n\n"
        "Pilots wait for dredging permit\n\nMina Tal · 17 May 2024\n\n"
        + BODY2
        + "\n\n"
        + BODY2.replace("a week", "ten days")
        + "\n"
    )
    table = OutletTable.default()
    table.add("Harbour Ledger")
    s = run(
        text, outlets=table, title="What the papers say about the dredger", outlet="Harbour Notes"
    )
    (a,) = s.articles
    assert para_range(text, a) == (3, 6)
    assert (a.role, a.author, a.outlet) == ("translation", "Mina Tal", "Harbour Ledger")


def test_fact_check_sources_list_names_no_credit():
    text = (
        "No, the ferry did not sink\n\nBy Tilda Marsh\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        'Sources\n1. Porto Gazette, "Ferry tender delayed", 16 May 2024\n'
        "2. Harbour Ledger, statement to us, 17 May 2024\n\n"
        "Share this fact check:  Facebook  X  WhatsApp\n\n"
        "Harbour Checks is a non-profit funded by its readers, and it takes no money from any "
        "party, council or company that it writes about.\n© 2024 Harbour Checks · Privacy\n"
    )
    s = run(text, title="No, the ferry did not sink", outlet="Harbour Checks",
            author="Tilda Marsh", published="2024-05-20")  # fmt: skip
    (a,) = s.articles
    assert para_range(text, a) == (0, 3)
    assert (a.role, a.outlet, a.published) == ("main", "Harbour Checks", "2024-05-20")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this fact check:  Facebook  X  WhatsApp  Telegram", "share"),
        ("Artikel teilen:  Facebook  WhatsApp  X  E-Mail  Drucken", "share"),
    ],
)
def test_share_words_over_platform_names(line, kind):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == kind


def test_share_word_in_a_sentence_about_platforms_is_text():
    cue = classify_line("Share prices fell on X and Facebook news", 0)
    assert cue is None or cue.kind != "share"


def test_link_cards_list_blocks_and_comment_heads_after_the_article():
    text = (
        "Ferry tender delayed\n\nBy Tilda Marsh\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        "More on this story\n\n"
        "Pilots wait for dredging permit\nHarbour pilots said the new dredger had been idle "
        "for a week …\nMina Tal · 17 May 2024\n\n"
        "Dredger back at work\nOren Pask · 20 May 2024\n\n"
        "More from Opinion\nThe timetable is a tax · Editorial · 16 May 2024\n"
        "Why I still sail · Mina Tal · 11 May 2024\n\n"
        "Comments\nYou must be logged in to comment on this article.\n"
    )
    s = run(text, title="Ferry tender delayed", outlet="Harbour Notes")
    assert [para_range(text, a) for a in s.articles] == [(0, 3)]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Reporting: Oren Pask · Camera: Mina Tal", {"author": "Oren Pask"}),
        (
            "(Bericht: Greta Holm; Redaktion: Oren Pask – aus dem Englischen)",
            {"author": "Greta Holm", "language": "en"},
        ),
    ],
)
def test_labelled_credits(line, fields):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == "credits"
    for k, v in fields.items():
        assert cue.fields[k][0] == v


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Tilda Marsh reporting from North Bay", "Tilda Marsh", None),
        (
            "Harbour TV · Sat 9 Oct 2027 · Tilda Marsh reporting from North Bay",
            "Tilda Marsh",
            "Harbour TV",
        ),  # fmt: skip
    ],
)
def test_reporter_filing_from_a_place(line, author, outlet):
    cue = classify_line(line, 0) or name_line(line, 0, None)
    assert cue is not None and cue.fields["author"][0] == author
    assert (cue.fields.get("outlet") or (None,))[0] == outlet


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("u/ferry_fan · 4 days ago", True),
        ("Ermal B. · para 2 ditësh", True),
        ("Mimmo – 14/10/2027 07:33", True),
        ("Tilda Marsh · 17 May 2024", False),  # a byline over its text
        ("Home · News · Sport", False),
    ],
)
def test_comment_heads_by_shape(line, head):
    assert bool(COMMENT_HEAD.match(line)) is head


def test_forum_thread_with_a_pasted_article_between_comments():
    text = (
        "Ferry aground at North Bay (HPA)\n\n"
        "Full text below, the agency site is down this morning.\n\n"
        "Ferry runs aground off North Bay\n\n"
        "NORTH BAY, Velida, May 14 (HPA) - " + BODY + "\n\n" + BODY.replace("six", "nine") + "\n\n"
        "(Reporting by Oren Pask; Editing by Mina Tal)\n\n"
        "u/ferry_fan · 4 days ago\nFour hours again. Somebody should answer for this.\n\n"
        "u/old_skipper · 4 days ago\nThe tide was wrong for that channel, everyone knows it.\n\n"
        "View more comments (12)\n\n"
        "About community\nEverything about North Bay and the islands, for everyone who lives "
        "there or used to, with local news, ferry times and the weather at sea.\n"
    )
    s = run(text, title="Ferry aground at North Bay (HPA)", outlet="bayboard",
            published="2024-05-14")  # fmt: skip
    assert [(para_range(text, a), a.author) for a in s.articles] == [((2, 5), "Oren Pask")]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "Quelle: Hafenblatt Nord vom 3. Mai 2024, mit freundlicher Genehmigung der Redaktion",
            {"outlet": "Hafenblatt Nord", "date": "2024-05-03"},
        ),
        (
            "Englisches Original: Harbour Ledger, 14.03.2024",
            {"outlet": "Harbour Ledger", "date": "2024-03-14"},
        ),
        (
            "(tratto da Eco del Molo del 10/11/2024)",
            {"outlet": "Eco del Molo", "date": "2024-11-10"},
        ),
        ("Vía Diario del Muelle", {"outlet": "Diario del Muelle"}),
    ],
)
def test_source_labels_with_dates_and_clauses(line, fields):
    cue = classify_line(line, 0)
    assert cue is not None and cue.kind == "source"
    for k, v in fields.items():
        assert cue.fields[k][0].startswith(v)


@pytest.mark.parametrize("line", ["Via Roma was closed for the march", "Source of the river"])
def test_via_and_source_words_in_text(line):
    cue = classify_line(line, 0)
    assert cue is None or cue.kind != "source"


def test_rights_line_of_an_association_with_dots_is_a_footer():
    cue = classify_line("© 2024 Hafenfreunde Nord e.V.", 0)
    assert cue is not None and cue.kind == "footer"


def test_bracketed_credit_between_body_and_a_notice_stays_a_credit():
    text = (
        "Dredger back at work\n\nBy Mina Tal\n\n"
        + BODY2
        + "\n\n"
        + BODY2.replace("a week", "ten days")
        + "\n\n"
        "(tratto da Eco del Molo del 10/11/2024)\n\n"
        "Our help desk is open on Tuesdays for anyone who needs help with harbour permits, "
        "forms and letters from the port authority.\n"
    )
    s = run(text, title="Harbour news", outlet="Harbour Friends")
    a = s.articles[0]
    assert (a.role, a.outlet, a.published) == ("repost", "Eco del Molo", "2024-11-10")


def test_excerpt_head_with_a_dash_before_the_text():
    cue = classify_line(
        "Mina Tal, Harbour Ledger, 4 Nov 2024 — Pilots said the dredger had been idle for a "
        "week while its crew waited for a permit.",
        0,
    )
    assert cue is not None and cue.kind == "excerpt"
    assert cue.fields["head"][0] == "Mina Tal, Harbour Ledger"
    text_line = "The council met in North Bay, 4 Nov 2024 — the day after the vote, and agreed."
    assert classify_line(text_line, 0) is None


def test_role_between_name_and_outlet_in_a_signature():
    table = OutletTable.default()
    table.add("Harbour Friends")
    text = (
        "Put safety first\n\n" + BODY + "\n\n" + BODY.replace("six", "nine") + "\n\n"
        "Mina Tal, Director, Harbour Friends\n"
    )
    s = run(text, outlets=table, title="Ferry notes", outlet="Harbour Notes")
    a = s.articles[0]
    assert (a.author, a.outlet) == ("Mina Tal", "Harbour Friends")


def test_bracketed_outlet_after_a_byline_name_when_the_table_knows_it():
    table = OutletTable.default()
    table.add("Hafenblatt Nord")
    text = (
        "Ferry tender delayed\n\nPar Greta Holm (Hafenblatt Nord)\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n"
    )
    s = run(text, outlets=table, title="Revue de presse", outlet="Harbour Notes")
    a = s.articles[0]
    assert (a.author, a.outlet, a.role) == ("Greta Holm", "Hafenblatt Nord", "repost")


def test_pasted_article_with_its_headline_on_top_of_the_byline():
    text = (
        "Dredger thread\n\n"
        "Pasting it all because the site is behind a paywall and half the harbour works there. "
        "Source: Eco del Molo, this morning.\n\n"
        "Pilots wait for a permit while the new dredger sits idle in the channel\n"
        "di Lia Conti\n\n" + BODY2 + "\n\n" + BODY2.replace("a week", "ten days") + "\n"
    )
    s = run(text, title="Dredger thread", outlet="harbourforum")
    a = s.articles[-1]
    assert para_range(text, a) == (2, 4) and a.author == "Lia Conti"


def test_interview_credit_under_a_standfirst_is_no_pasted_headline():
    text = (
        "Mina Tal, pilot: « The channel was never dredged »\n\n"
        "The harbour's senior pilot explains why the ferry could not turn in the channel "
        "on the night it ran aground.\n\n"
        "Propos recueillis par Oren Pask\nPublié le 09/11/2024 à 18h05\n\n"
        + BODY2
        + "\n\n"
        + BODY2.replace("a week", "ten days")
        + "\n"
    )
    s = run(text, title="Mina Tal, pilot", outlet="La Voix du Port")
    assert len(s.articles) == 1


def test_closing_credit_line_of_several_sentences_with_a_german_date():
    text = (
        "Ferry tender delayed\n\n"
        + BODY
        + "\n\n"
        + BODY.replace("six", "nine")
        + "\n\n"
        + BODY.replace("six", "three")
        + "\n\n"
        "Quelle: Hafenblatt Nord (Nordhafen), 22. Oktober 2024. Text: Greta Holm und Oren "
        "Pask. Übersetzung aus dem Französischen: Harbour Notes.\n"
    )
    s = run(text, title="Presseschau", outlet="Harbour Notes")
    (a,) = s.articles
    assert (a.role, a.outlet, a.published) == ("translation", "Hafenblatt Nord", "2024-10-22")
    assert a.author == "Greta Holm und Oren Pask"


def test_signature_with_an_extract_note_and_a_full_story_link():
    text = (
        "Ferry tender delayed\n\n" + BODY + "\n\n" + BODY.replace("six", "nine") + "\n\n"
        "— Mina Tal, Harbour Ledger, 5 October 2024 (extract). Full story: "
        "harbourledger.example/ferry-tender\n"
    )
    s = run(text, title="The week in three reports", outlet="Harbour Notes")
    (a,) = s.articles
    assert (a.role, a.author, a.outlet, a.published) == (
        "repost",
        "Mina Tal",
        "Harbour Ledger",
        "2024-10-05",
    )


def test_press_review_item_heads_name_the_outlet_and_bylines_give_the_day_alone():
    # an Italian foreign-press review: "OUTLET – «headline»", "di Name, 3 marzo"
    body = (
        "Il ministro ha confermato che il tunnel resterà chiuso almeno fino all'estate, "
        "mentre i tecnici completano le verifiche sulle volte e sugli impianti."
    )
    text = "\n\n".join(
        [
            "Rassegna stampa estera – sabato 8 marzo 2025",
            "a cura di Marta Bellini",
            "Il tunnel del Varco continua a occupare i giornali stranieri. Ecco cosa scrivono.",
            "NORTHERN SENTINEL – «Il tunnel del Varco resterà chiuso»",
            "di Owen Hale, 3 marzo",
            body,
            body.replace("ministro", "sindaco"),
            "GAZETTE DU COL – «Les guides inquiets»",
            "di Agnès Roux, 5 marzo",
            body.replace("tunnel", "valico"),
            body.replace("tecnici", "geologi"),
        ]
    )
    s = run(text, outlet="Il Punto", author="Marta Bellini", published="2025-03-08")
    got = [(a.outlet, a.author, a.published, a.role) for a in s.articles]
    assert ("Northern Sentinel", "Owen Hale", "2025-03-03", "repost") in got
    assert ("Gazette Du Col", "Agnès Roux", "2025-03-05", "repost") in got


def test_a_page_wide_translation_note_makes_its_reposts_translations():
    body = (
        "Il ministro ha confermato che il tunnel resterà chiuso almeno fino all'estate, "
        "mentre i tecnici completano le verifiche sulle volte e sugli impianti."
    )
    text = "\n\n".join(
        [
            "Rassegna stampa estera – sabato 8 marzo 2025",
            "Il tunnel del Varco continua a occupare i giornali stranieri. Ecco cosa scrivono.",
            "NORTHERN SENTINEL – «Il tunnel del Varco resterà chiuso»",
            "di Owen Hale, 3 marzo",
            body,
            body.replace("ministro", "sindaco"),
            "Le traduzioni sono a cura della redazione.",
        ]
    )
    s = run(text, outlet="Il Punto", published="2025-03-08")
    assert [a.role for a in s.articles if a.outlet == "Northern Sentinel"] == ["translation"]
    # a menu entry "Translations" is no such note
    s = run(text.replace("Le traduzioni sono a cura della redazione.", "Translations"),
            outlet="Il Punto", published="2025-03-08")  # fmt: skip
    assert [a.role for a in s.articles if a.outlet == "Northern Sentinel"] == ["repost"]

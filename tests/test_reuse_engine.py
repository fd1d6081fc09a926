"""Text-reuse alignment engine: hand-made cases with known answers (all text written here)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from claimmap.analyze.reuse import (
    Passage,
    ReuseConfig,
    ReuseDoc,
    ReuseIndex,
    align_pair,
    candidates,
    cluster_passages,
    earliest,
    find_reuse,
    fold,
    prepare,
    tokenize,
)
from claimmap.model import Span, normalize_for_matching

BRIDGE = (
    "The Riverside city council voted on Tuesday evening to close the Old Mill Bridge to all "
    "motor traffic after an inspection found corrosion in three of its steel girders. "
    "{PASSAGE} "
    "Shopkeepers on Mill Street said they feared losing customers during the works, and the "
    "council promised a temporary footbridge by the end of the summer. Mayor Helena Brandt "
    "called the decision painful but unavoidable. A detour through the industrial estate will "
    "add about ten minutes to journeys between the two halves of the town."
)
PASSAGE = (
    "Engineers from the regional transport agency told councillors that the crossing, built in "
    "1931, could no longer safely carry buses or delivery lorries. The closure will take effect "
    "on Monday and is expected to last at least eighteen months while the deck is rebuilt."
)
# the same passage lightly edited: a few words substituted, inserted and dropped
EDITED = (
    "Engineers from the regional transport agency told the council that the bridge, built in "
    "1931, could no longer carry buses or heavy delivery lorries safely. The closure takes effect "
    "on Monday and is expected to last at least eighteen months while the deck is being rebuilt."
)
# same subject as BRIDGE, written independently: shares words and names, no sentences
BRIDGE_OTHER = (
    "Drivers in Riverside will have to find another way across the river from next week. "
    "Councillors agreed unanimously to shut the Old Mill Bridge after a survey revealed rust "
    "damage to the structure's steel beams. According to the transport agency, repairs to the "
    "ninety-year-old crossing could take a year and a half. Local traders warned that the "
    "shutdown would hurt business on Mill Street, while the mayor described the choice as "
    "necessary for public safety. Pedestrians and cyclists may still use a narrow lane on the "
    "eastern side until a temporary walkway is installed by the council."
)
LIBRARY = (
    "Pupils at Northfield Primary School returned from the holidays to find their library "
    "transformed. Volunteers spent three weeks painting the walls, building new shelves and "
    "sorting more than four thousand donated books. {PASSAGE} Head teacher Samuel Okafor said "
    "the project had brought parents and staff together in a way he had not seen before. The "
    "school now plans to open the library to families on Saturday mornings."
)
MARKET = (
    "The farmers' market in the old square will move indoors for the winter, organisers said. "
    "Stallholders selling cheese, honey and winter vegetables will set up in the former tram "
    "depot from November. {PASSAGE} Visitors can park for free on Sundays, and a shuttle bus will "
    "run from the railway station every twenty minutes."
)


def doc(doc_id: str, text: str, **kw) -> ReuseDoc:
    return ReuseDoc(doc_id, text, **kw)


def reuse(*docs: ReuseDoc, cfg: ReuseConfig | None = None) -> list[Passage]:
    return find_reuse(list(docs), cfg or ReuseConfig())


def assert_span_is(span: Span, text: str, expected: str, slack: int = 3) -> None:
    """The span covers ``expected`` inside ``text`` to within ``slack`` characters each end."""
    start = text.index(expected)
    end = start + len(expected)
    assert abs(span.start - start) <= slack, (span, start, text[span.start : span.end])
    assert abs(span.end - end) <= slack, (span, end, text[span.start : span.end])


# ------------------------------------------------------------------------------ map step


def test_fold_is_normalize_for_matching() -> None:
    text = "Déjà vu — «Ça va?» said O’Brien, 2020-05-17. ÆØÅ ﬁ İstanbul straße"
    assert fold(text) == normalize_for_matching(text)
    assert fold("plain ASCII, text!") == normalize_for_matching("plain ASCII, text!")


def test_tokens_carry_offsets_and_stable_hashes() -> None:
    text = "Hello, World! Déjà vu"
    start, end, h = tokenize(fold(text))
    assert [text[s:e] for s, e in zip(start, end, strict=True)] == ["Hello", "World", "Déjà", "vu"]
    # fixed values: postings built by different processes or on different days must agree
    assert int(h[0]) == 4078879393973452996
    assert int(h[2]) == 4238071556291862759
    assert h[0] == tokenize(fold("hello"))[2][0]  # case folded


def test_ignored_ranges_never_match() -> None:
    a = BRIDGE.format(PASSAGE=PASSAGE)
    b = LIBRARY.format(PASSAGE=PASSAGE)
    lo = b.index(PASSAGE)
    assert reuse(doc("a", a), doc("b", b))
    assert reuse(doc("a", a), doc("b", b, ignore=[(lo, lo + len(PASSAGE))])) == []
    p = prepare(doc("b", b, ignore=[(lo, lo + len(PASSAGE))]))
    assert not p.gram_ok.all() and p.gram_ok.any()


# ------------------------------------------------------------------------------ pairs


def test_verbatim_copy_found_with_exact_offsets() -> None:
    a = BRIDGE.format(PASSAGE=PASSAGE)
    b = LIBRARY.format(PASSAGE=PASSAGE)
    [p] = reuse(doc("a", a), doc("b", b))
    assert p.kind == "copy" and p.score == 1.0 and not p.boilerplate
    assert (p.a.doc, p.b.doc) == ("a", "b")
    assert_span_is(p.a, a, PASSAGE, slack=0)
    assert_span_is(p.b, b, PASSAGE, slack=0)


def test_also_read_teaser_of_two_sentences() -> None:
    teaser = (
        "Also read: Riverside closes the Old Mill Bridge for eighteen months. Engineers found "
        "corrosion in three of its steel girders during a routine inspection."
    )
    a = MARKET.format(PASSAGE=teaser)
    b = LIBRARY.format(PASSAGE=teaser)
    [p] = reuse(doc("a", a), doc("b", b))
    assert p.kind == "copy"
    assert_span_is(p.a, a, teaser)
    assert_span_is(p.b, b, teaser)


def test_copy_with_edits_is_a_near_copy() -> None:
    a = BRIDGE.format(PASSAGE=PASSAGE)
    b = LIBRARY.format(PASSAGE=EDITED)
    [p] = reuse(doc("a", a), doc("b", b))
    assert p.kind == "near-copy"
    assert 0.6 < p.score < 1.0
    assert_span_is(p.a, a, PASSAGE)
    assert_span_is(p.b, b, EDITED)


def test_whitespace_and_case_differences_are_still_a_copy() -> None:
    a = BRIDGE.format(PASSAGE=PASSAGE)
    b = LIBRARY.format(PASSAGE=PASSAGE.upper().replace(", ", " ,  "))
    [p] = reuse(doc("a", a), doc("b", b))
    assert p.kind == "copy" and p.score == 1.0


def test_unrelated_texts_on_the_same_subject_are_not_paired() -> None:
    a = BRIDGE.format(PASSAGE=PASSAGE)
    assert reuse(doc("a", a), doc("b", BRIDGE_OTHER)) == []
    assert reuse(doc("a", a), doc("c", LIBRARY.format(PASSAGE=""))) == []


def test_common_formula_is_not_reuse() -> None:
    # A formula found in every document is language, not a reused passage, however long; a
    # passage shared by two of them is. (A small word-statistics prior so 8 documents count.)
    formula = "A spokesperson said in a statement on Monday that the authority would not comment."
    docs = [doc(f"f{i}", f"{body} {formula}") for i, body in enumerate(BODIES + [BRIDGE_OTHER])]
    docs.append(doc("p1", f"{LIBRARY.format(PASSAGE=PASSAGE)} {formula}"))
    docs.append(doc("p2", f"{MARKET.format(PASSAGE=PASSAGE)} {formula}"))
    cfg = ReuseConfig(bits_prior=8)
    [p] = reuse(*docs, cfg=cfg)
    assert (p.a.doc, p.b.doc) == ("p1", "p2")
    assert_span_is(p.a, docs[-2].text, PASSAGE)
    # without word statistics (a tiny corpus) nothing marks the formula as common
    assert len(reuse(*docs[:2])) == 1


def test_passage_repeated_inside_one_document() -> None:
    teaser = (
        "Flood warnings remain in place along the lower valley after two days of heavy rain. "
        "Emergency crews evacuated forty homes near the confluence overnight."
    )
    text = (
        f"{teaser}\n\nIn other news, the regional parliament approved a new fishing quota for "
        "the coming season after a long debate about stocks in the northern lakes.\n\n"
        f"{teaser} A reception centre was opened in the sports hall, where volunteers served "
        "hot meals until the early morning."
    )
    [p] = reuse(doc("d", text))
    assert p.a.doc == p.b.doc == "d"
    assert p.a.end <= p.b.start
    assert p.kind == "copy"
    assert p.a.start == 0 and p.a.end == len(teaser)
    second = text.index(teaser, 1)
    assert p.b.start == second and p.b.end == second + len(teaser)


def test_page_carrying_the_same_article_twice() -> None:
    article = BRIDGE.format(PASSAGE=PASSAGE)
    text = f"{article}\n\nRead more\n\n{article}"
    [p] = reuse(doc("d", text))
    assert p.a.start == 0 and p.a.end == len(article)
    assert p.b.start == len(article) + len("\n\nRead more\n\n") and p.b.end == len(text)


# ------------------------------------------------------------------------------ boilerplate

FOOTER = (
    "Sign up for the Valley Courier newsletter to get the morning's top stories delivered to "
    "your inbox. Related posts: Council approves the new budget. School library reopens after "
    "makeover. Support independent local journalism by becoming a member today."
)
BODIES = [
    "A new cycle path along the canal opened on Saturday, linking the university to the centre.",
    "Fire crews were called to a barn near Holloway Farm late on Thursday; nobody was injured.",
    "The county orchestra announced a season of free concerts in village churches this autumn.",
    "Plans for a wind farm on Crane Hill drew more than two hundred objections from residents.",
    "A retired teacher has walked the full length of the coast path to raise money for a hospice.",
    "Bus fares for under-eighteens will be capped at one pound from April, the authority said.",
]


def test_outlet_boilerplate_is_flagged_not_reported() -> None:
    docs = [
        doc(f"vc{i}", f"{body}\n\n{FOOTER}", outlet="valley-courier")
        for i, body in enumerate(BODIES)
    ]
    # one real copy between two of the same outlet's pages, right above the footer
    docs[0] = replace(docs[0], text=f"{BODIES[0]} {PASSAGE}\n\n{FOOTER}")
    docs[3] = replace(docs[3], text=f"{BODIES[3]} {PASSAGE}\n\n{FOOTER}")
    passages = reuse(*docs)
    flagged = [p for p in passages if p.boilerplate]
    real = [p for p in passages if not p.boilerplate]
    assert len(flagged) >= len(docs) - 1  # enough to connect every page's footer
    for p in flagged:
        assert_span_is(p.a, next(d.text for d in docs if d.doc_id == p.a.doc), FOOTER)
    [p] = real
    assert {p.a.doc, p.b.doc} == {"vc0", "vc3"}
    assert_span_is(p.a, docs[0].text, PASSAGE)  # the footer is not absorbed into the copy
    assert_span_is(p.b, docs[3].text, PASSAGE)
    clusters = cluster_passages(passages, docs)
    assert sum(c.boilerplate for c in clusters) == 1
    [story] = [c for c in clusters if not c.boilerplate]
    assert story.docs == ["vc0", "vc3"]


def test_shared_text_across_outlets_is_not_boilerplate() -> None:
    docs = [
        doc(f"x{i}", f"{body}\n\n{FOOTER}", outlet=f"outlet{i}") for i, body in enumerate(BODIES)
    ]
    passages = reuse(*docs)
    assert passages and not any(p.boilerplate for p in passages)


# ------------------------------------------------------------------------------ incremental


def test_incremental_adding_a_doc_yields_only_new_pairs() -> None:
    a = doc("a", BRIDGE.format(PASSAGE=PASSAGE))
    b = doc("b", LIBRARY.format(PASSAGE=PASSAGE))
    c = doc("c", MARKET.format(PASSAGE=EDITED))
    index = ReuseIndex()
    first = find_reuse([a, b], index=index)
    assert [(p.a.doc, p.b.doc) for p in first] == [("a", "b")]
    second = find_reuse([c], index=index)
    assert sorted((p.a.doc, p.b.doc) for p in second) == [("a", "c"), ("b", "c")]
    assert find_reuse([c], index=index) == []  # already indexed
    # the functional form: pairs among new docs and between new and old, never old with old
    idx, cands = candidates([c], old=[a, b])
    assert sorted((x.a, x.b) for x in cands) == [("a", "c"), ("b", "c")]
    assert len(idx) == 3


def test_steps_compose_like_find_reuse() -> None:
    docs = [
        doc("a", BRIDGE.format(PASSAGE=PASSAGE)),
        doc("b", LIBRARY.format(PASSAGE=EDITED)),
        doc("c", BRIDGE_OTHER),
    ]
    index, cands = candidates(docs)
    by_pair = [align_pair(index.get(c.a), index.get(c.b), c) for c in cands]
    assert [p for ps in by_pair for p in ps] == reuse(*docs)
    # bare anchors work too (no word statistics, no boilerplate known)
    [cand] = [c for c in cands if (c.a, c.b) == ("a", "b")]
    [p] = align_pair(index.get("a"), index.get("b"), np.asarray(cand.anchors))
    assert p.kind == "near-copy"


def test_wide_syndication_costs_a_star_not_a_clique() -> None:
    cfg = ReuseConfig(clique_df=2)
    bodies = [BRIDGE, LIBRARY, MARKET, "{PASSAGE} Nothing else to report today.", "{PASSAGE}"]
    docs = [doc(f"s{i}", body.format(PASSAGE=PASSAGE)) for i, body in enumerate(bodies)]
    passages = reuse(*docs, cfg=cfg)
    assert all("s0" in (p.a.doc, p.b.doc) for p in passages)  # hub = first indexed
    [cluster] = cluster_passages(passages, docs)
    assert cluster.docs == [d.doc_id for d in docs]


# ------------------------------------------------------------------------------ clusters


def test_cluster_earliest_appearance_by_date() -> None:
    docs = [
        doc("a", BRIDGE.format(PASSAGE=PASSAGE), published="2020-05-17"),
        doc("b", LIBRARY.format(PASSAGE=EDITED), published="2020-05-19"),
        doc("c", MARKET.format(PASSAGE=PASSAGE), published=None),
    ]
    passages = reuse(*docs)
    [cluster] = cluster_passages(passages, docs)
    assert cluster.docs == ["a", "b", "c"]
    assert not cluster.boilerplate
    e = cluster.earliest
    assert (e.doc, e.basis, e.published) == ("a", "date", "2020-05-17")
    assert e.undated == ["c"]  # could be earlier: listed, not ranked
    assert {m.doc for m in cluster.members} == {"a", "b", "c"}
    assert cluster.to_dict()["earliest"]["basis"] == "date"


@pytest.mark.parametrize(
    ("dates", "doc_", "basis", "tied"),
    [
        ({"a": "2020-05-17", "b": "2020-05-17"}, None, "tie", ["a", "b"]),
        ({"a": "2020-05", "b": "2020-05-17"}, None, "tie", ["a", "b"]),  # month holds the day
        ({"a": "2020-04", "b": "2020-05-17"}, "a", "date", []),
        ({"a": "2020-05-17T09:00:00Z", "b": "2020-05-17T11:00:00+02:00"}, None, "tie", ["a", "b"]),
        ({"a": "2020-05-17T08:00:00Z", "b": "2020-05-17T11:30:00+02:00"}, "a", "date", []),
        ({"a": None, "b": "not a date"}, None, "unknown", []),
        ({"a": "2019", "b": "2020-01-01", "c": "2019-12-31"}, None, "tie", ["a", "c"]),
    ],
)
def test_earliest_ties_and_unknowns_are_explicit(dates, doc_, basis, tied) -> None:
    e = earliest(dates, dates)
    assert (e.doc, e.basis, e.tied) == (doc_, basis, tied)
    if basis == "unknown":
        assert e.undated == sorted(dates)


def test_cluster_joins_overlapping_spans_only() -> None:
    P = Passage
    passages = [
        P("copy", Span("a", 0, 100), Span("b", 50, 150), 1.0),
        P("near-copy", Span("b", 120, 200), Span("c", 0, 80), 0.8),  # overlaps b:50-150
        P("copy", Span("b", 300, 400), Span("d", 0, 100), 1.0),  # elsewhere in b
        P("copy", Span("b", 130, 170), Span("e", 0, 40), 1.0, boilerplate=True),
    ]
    clusters = cluster_passages(passages, {"a": "2021-01-02", "b": "2021-01-01"})
    assert [c.docs for c in clusters] == [["a", "b", "c"], ["b", "d"], ["b", "e"]]
    assert clusters[0].members == [Span("a", 0, 100), Span("b", 50, 200), Span("c", 0, 80)]
    assert clusters[0].passages == [0, 1]
    assert clusters[0].earliest.doc == "b" and clusters[0].earliest.undated == ["c"]
    assert clusters[2].boilerplate and not clusters[0].boilerplate


def test_degenerate_documents() -> None:
    docs = [doc("e", ""), doc("p", " ... !! "), doc("s", "Too short."), doc("s2", "Too short.")]
    assert reuse(*docs) == []
    assert cluster_passages([], docs) == []
    a = BRIDGE.format(PASSAGE=PASSAGE)
    assert len(reuse(*docs, doc("a", a), doc("b", a))) == 1  # whole article duplicated


def test_long_copy_is_aligned_in_pieces_but_reported_once() -> None:
    article = BRIDGE.format(PASSAGE=PASSAGE)
    cfg = ReuseConfig(max_region=40)  # far shorter than the article
    a = doc("a", LIBRARY.format(PASSAGE=article))
    b = doc("b", MARKET.format(PASSAGE=article.replace("painful", "regrettable")))
    [p] = reuse(a, b, cfg=cfg)
    assert p.kind == "near-copy"
    assert_span_is(p.a, a.text, article)
    assert_span_is(p.b, b.text, article.replace("painful", "regrettable"))

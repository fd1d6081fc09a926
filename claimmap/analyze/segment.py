"""Paragraphs, sentences and their languages, as spans over the canonical text.

The sentence splitter is rule-based and fast: a break after ``.!?…`` when what follows
looks like a sentence start, except after known abbreviations (kept as data per language
in ``ABBREVIATIONS``), initials and dotted acronyms. It never changes the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimmap.analyze.stopwords import guess_language
from claimmap.model import Segment

ABBREVIATIONS: dict[str, set[str]] = {
    "en": {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "approx", "appr", "est",
        "etc", "vs", "v", "inc", "ltd", "co", "corp", "gen", "col", "lt", "maj", "sgt",
        "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "no", "nos", "fig",
        "vol", "p", "pp", "ch", "sec", "dept", "univ", "assn", "bros", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "cf",
        "al", "ca", "c", "min", "max", "op", "ed", "eds", "intl", "natl",
    },
    "it": {
        "sig", "sigg", "sig.ra", "dott", "dott.ssa", "ing", "avv", "on", "prof.ssa", "ecc",
        "pag", "pagg", "n", "nr", "cfr", "ca", "sen", "dr", "geom", "rag", "mons", "s",
        "gen", "col", "magg", "ten", "cap", "art", "artt", "tel", "vd", "es",
    },
    "sq": {"z", "znj", "zj", "nr", "p.sh", "etj", "shih", "prof", "dr", "f", "fq", "art", "gjen"},
    "fr": {
        "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "art",
        "av", "bd", "env", "etc", "p", "cf", "gén", "col", "lt", "cap", "vol", "n", "no",
    },
    "de": {"hr", "fr", "dr", "prof", "bzw", "ca", "usw", "z.b", "d.h", "nr", "str", "vgl"},
    "es": {"sr", "sra", "srta", "dr", "dra", "ud", "uds", "etc", "pág", "núm", "aprox"},
}  # fmt: skip
ALL_ABBREVIATIONS = frozenset().union(*ABBREVIATIONS.values())

_PARA_BLANK = re.compile(r"\n[ \t]*\n")
_BOUNDARY = re.compile(r"(?P<stop>[.!?…]+[\"'”’»)\]]*)\s+[\"'“‘«(\[]?(?P<next>[\w¿¡])")
_WORD_BEFORE = re.compile(r"([\w.'’]+)\.$")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks between blank lines; where a text has no blank line, each line is a paragraph
    (extracted HTML separates paragraphs by single newlines)."""
    splitter = _PARA_BLANK if _PARA_BLANK.search(text) else re.compile(r"\n")
    spans = []
    pos = 0
    for m in splitter.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_abbreviation(chunk: str) -> bool:
    """Does ``chunk`` (text up to and including a period) end in an abbreviation?"""
    m = _WORD_BEFORE.search(chunk)
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if low in ALL_ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Smith"
    # dotted acronyms "U.S.", "p.sh." — but not a sentence ending in a number like "2020."
    return "." in word and all(len(p) <= 3 for p in word.split(".") if p) and word[0].isalpha()


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as absolute spans, trimmed of whitespace."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    cuts = []
    for m in _BOUNDARY.finditer(chunk):
        if m.group("next").islower():
            continue  # '"Why?" she asked.' and "approx. forty" go on
        stop = m.end("stop")
        if m.group("stop") == "." and _is_abbreviation(chunk[max(0, stop - 40) : stop]):
            continue
        cuts.append(stop)
    out = []
    pos = 0
    for c in [*cuts, len(chunk)]:
        s, e = pos, c
        while s < e and chunk[s].isspace():
            s += 1
        while e > s and chunk[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((start + s, start + e))
        pos = c
    return out


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in languages:
        try:
            langs.append(Language.from_iso_code_639_1(IsoCode639_1.from_str(code)))
        except (ValueError, AttributeError) as e:
            raise ValueError(f"unknown language code {code!r} in settings") from e
    if len(langs) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


# fewer letters than this and language ID is a guess: borrow the neighbours' language
MIN_LETTERS_FOR_LANGID = 25
# n-gram models are as sure of a paragraph's language after 200 characters as after 2,000
LANGID_SAMPLE = 200
SHORT_PARAGRAPH = 120
MIN_SHORT_CONFIDENCE = 0.7
_URL = re.compile(r"\S+://\S+|www\.\S+")


def detect_languages(texts: list[str], languages: tuple[str, ...]) -> list[str | None]:
    """One language code (or None) per text; short texts get None."""
    det = _detector(tuple(languages))
    if det is None:
        return [languages[0] if languages else None] * len(texts)
    out: list[str | None] = [None] * len(texts)
    samples = [
        _URL.sub(" ", t[: LANGID_SAMPLE * 2])[:LANGID_SAMPLE]
        if "://" in t[: LANGID_SAMPLE * 2] or "www." in t[: LANGID_SAMPLE * 2]
        else t[:LANGID_SAMPLE]
        for t in texts
    ]
    todo = []
    for i, t in enumerate(samples):
        if sum(map(str.isalpha, t)) < MIN_LETTERS_FOR_LANGID:
            continue
        # function words settle most paragraphs at a tenth of the model's cost
        guess = guess_language(t, languages)
        if guess:
            out[i] = guess
        else:
            todo.append(i)
    if not todo:
        return out
    found = det.detect_languages_in_parallel_of([samples[i] for i in todo])
    for i, lang in zip(todo, found, strict=True):
        if lang is None:
            continue
        # short lines ("Written by", "Also read:") fool n-gram models: demand confidence
        short = len(samples[i]) < SHORT_PARAGRAPH
        if short and det.compute_language_confidence(samples[i], lang) < MIN_SHORT_CONFIDENCE:
            continue
        out[i] = lang.iso_code_639_1.name.lower()
    return out


def segment(doc_id: str, text: str, languages: tuple[str, ...]) -> tuple[list[Segment], str | None]:
    """Paragraph and sentence segments with languages, and the document's main language."""
    return segment_many([(doc_id, text)], languages)[0]


def segment_many(
    docs: list[tuple[str, str]], languages: tuple[str, ...]
) -> list[tuple[list[Segment], str | None]]:
    """:func:`segment` for many documents at once: one batched language-ID call for all
    their paragraphs, which lets the detector use every core."""
    all_paras = [paragraph_spans(text) for _, text in docs]
    flat = [text[s:e] for (_, text), paras in zip(docs, all_paras, strict=True) for s, e in paras]
    flat_langs = detect_languages(flat, languages)
    out = []
    pos = 0
    for (doc_id, text), paras in zip(docs, all_paras, strict=True):
        langs = flat_langs[pos : pos + len(paras)]
        pos += len(paras)
        out.append(_assemble(doc_id, text, paras, langs))
    return out


def _assemble(
    doc_id: str, text: str, paras: list[tuple[int, int]], langs: list[str | None]
) -> tuple[list[Segment], str | None]:
    # short paragraphs (bylines, captions) take the language of the nearest detected one
    known = [i for i, lang in enumerate(langs) if lang]
    for i, lang in enumerate(langs):
        if lang is None and known:
            langs[i] = langs[min(known, key=lambda k: (abs(k - i), k))]
    weight: dict[str, int] = {}
    for (s, e), lang in zip(paras, langs, strict=True):
        if lang:
            weight[lang] = weight.get(lang, 0) + e - s
    main = max(weight, key=lambda k: weight[k]) if weight else None
    segs: list[Segment] = []
    for (s, e), lang in zip(paras, langs, strict=True):
        segs.append(Segment(doc_id, "paragraph", s, e, lang or main))
    for pi, ((s, e), lang) in enumerate(zip(paras, langs, strict=True)):
        for ss, se in sentence_spans(text, s, e):
            segs.append(Segment(doc_id, "sentence", ss, se, lang or main, parent=pi))
    return segs, main

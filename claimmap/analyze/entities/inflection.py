"""Inflected names back to the form other documents use.

Albanian declines names ("Brezar" → "Brezarit", "Laçi" → "Laçit", "Zhelovo" → "Zhelovos",
"Brenovia" → "Brenovisë"), Slavic languages do too, German adds a genitive -s. A name
read in a document of such a language is taken for an inflected form only when removing
one of its language's endings (and, for a few endings, restoring the nominative one)
gives a name the corpus uses elsewhere: no stemming of names nobody else writes.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimmap.analyze.entities.fold import sound_key

# (ending, nominative ending it replaces), longest first within a language
# keys are folded (accents off), so "Brenovisë" ends in "ise" here
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "sq": (
        ("ise", "ia"),
        ("es", ""),
        ("se", ""),
        ("it", ""),
        ("ut", ""),
        ("in", ""),
        ("un", ""),
        ("en", "a"),
        ("ve", ""),
        ("it", "i"),
        ("t", ""),
        ("s", ""),
        ("i", ""),
        ("u", ""),
        ("n", ""),
        ("ja", ""),
        ("a", ""),
        ("e", ""),
    ),
    "de": (("s", ""),),
    **{
        lang: (
            ("ima", ""),
            ("ama", ""),
            ("om", ""),
            ("em", ""),
            ("a", ""),
            ("u", ""),
            ("e", ""),
            ("i", ""),
            ("y", ""),
        )
        for lang in ("sr", "hr", "bs", "sl", "cs", "sk", "pl", "ru", "uk")
    },
}
MIN_STEM = 4  # "Laçi" → "Laç" is as short as an ending may leave a name


def base_forms(keys_by_lang: dict[str, set[str]], all_keys: Iterable[str]) -> dict[str, str]:
    """{inflected folded name: the folded name it inflects}, for names read in documents of
    a declining language whose base form another document uses."""
    keys = set(all_keys)
    by_sound: dict[str, str] = {}
    for k in sorted(keys):
        sk = sound_key(k)
        if sk:
            by_sound.setdefault(sk, k)
    out: dict[str, str] = {}
    for lang, names in keys_by_lang.items():
        for k in names:
            base = _base(k, ENDINGS.get(lang, ()), keys, by_sound)
            if base is None and lang == "de":
                base = _after_noun(k, keys, by_sound)
            if base:
                out[k] = base
    return out


# German capitalises the noun a name hangs on: "Polizeiwache von Ruschin", "Sprecherin der
# HVE", "Wäldern des Tschernobor" are read as one capitalised run
_DE_LINKS = frozenset("von vom des der dem den im aus bei".split())


def _after_noun(k: str, keys: set[str], by_sound: dict[str, str]) -> str | None:
    """The name after "Noun von/des/der …" when another document uses it."""
    toks = k.split()
    for i in range(1, len(toks) - 1):
        if toks[i] not in _DE_LINKS:
            continue
        tail = " ".join(toks[i + 1 :])
        for cand in (tail, tail[:-1] if tail.endswith("s") else tail):
            if cand in keys and cand != k:
                return cand
            sk = sound_key(cand)
            hit = by_sound.get(sk) if sk else None
            if hit and hit != k:
                return hit
        break
    return None


def _base(
    k: str, endings: tuple[tuple[str, str], ...], keys: set[str], by_sound: dict[str, str]
) -> str | None:
    head, _, last = k.rpartition(" ")
    for end, nominative in endings:
        if not last.endswith(end) or len(last) - len(end) < MIN_STEM:
            continue
        stem = last[: len(last) - len(end)] + nominative
        cand = f"{head} {stem}" if head else stem
        if cand != k and cand in keys:
            return cand
        sk = sound_key(cand)
        hit = by_sound.get(sk) if sk else None
        if hit and hit != k and sound_key(hit) != sound_key(k):
            return hit
    return None

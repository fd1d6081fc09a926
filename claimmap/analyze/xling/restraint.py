"""Restraint: a changed number, date or name turns reuse into disagreement.

Embeddings barely move when 2,745 becomes 4,400 (cosine ~0.97), so such pairs
are penalised explicitly. Only *substitutions* (each side has a value the
other lacks) are strong evidence; a value present on one side only is common
in honest translation ("six months" -> "half-year") and costs little.
"""

from __future__ import annotations

from claimmap.analyze.xling.anchors import names, negated, negations, numbers, word_keys
from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.polarity import reversed_claim


def restraint_factor(
    a: str,
    b: str,
    config: XlingConfig,
    lang_a: str | None = None,
    lang_b: str | None = None,
    common: frozenset[str] | None = None,
) -> float:
    """Multiplier in (0, 1] applied to a pair's margin score.

    ``common`` (see :func:`anchors.lowercase_keys` over the corpus) enables the
    name check across languages.
    """
    factor = 1.0
    na, nb = numbers(a), numbers(b)
    only_a, only_b = na - nb, nb - na
    if only_a and only_b:
        factor -= config.number_substitution_penalty
    elif only_a or only_b:
        factor -= config.number_extra_penalty
    # a name is "missing" only if no word of the other text starts like it.
    # Across languages institutions are translated (Constitutional Court /
    # Gjykata Kushtetuese) and would look swapped: there only words never seen
    # in lower case in the corpus count as names
    if lang_a == lang_b or common is not None:
        drop = frozenset() if lang_a == lang_b else common
        miss_a = {k for k in names(a) - drop if k not in word_keys(b) and not _acr_in(k, b)}
        miss_b = {k for k in names(b) - drop if k not in word_keys(a) and not _acr_in(k, a)}
        if miss_a and miss_b:
            factor -= config.name_substitution_penalty
    # "did" vs "did not": the embedding barely notices, the claim is reversed
    flipped = negated(a, lang_a) != negated(b, lang_b)
    if not flipped and config.count_negations:
        flipped = negations(a, lang_a) != negations(b, lang_b)
    if flipped:
        factor -= config.polarity_penalty
    # "approved" vs "rejected", "men" vs "women": see antonyms.txt
    if config.antonym_penalty and reversed_claim(a, b, lang_a, lang_b):
        factor -= config.antonym_penalty
    return factor


def _acr_in(key: str, text: str) -> bool:
    return key.startswith("acr:") and key[4:] in text

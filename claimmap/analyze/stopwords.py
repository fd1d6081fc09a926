"""Function words per language: a fast first opinion on a paragraph's language.

Most paragraphs of a news article say which language they are in through their commonest
words alone; only paragraphs where these words do not give a clear winner go to the
slower n-gram model. Lists are short on purpose: words frequent in one language and rare
in the others (no "a", "e", "de", "la" that several of them share as common words).
"""

from __future__ import annotations

import re


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set(
        "the of and to in is that for it was on with as by at from this be are have has had "
        "not but were which an they their been its who would there will said after also more "
        "than about when what can into other some these over such"
    ),
    "it": _set(
        "il di che è per una non sono della del con gli nel dei alla anche come più nella "
        "delle questo ha ma lo le ai dal dalla essere stato sua suo loro tra dopo quando "
        "perché secondo degli sul sulla"
    ),
    "fr": _set(
        "le les des est et une pour qui dans pas sur au aux du ce cette sont avec plus par "
        "mais été ont leur lui elle ils nous vous où selon après depuis entre être aussi"
    ),
    "es": _set(
        "el los las es y una para que por con del al su sus pero más fue como este esta "
        "son han ha también entre según después desde hasta muy"
    ),
    "de": _set(
        "der die das und ist nicht ein eine mit von zu den dem des auf für sich auch im "
        "wurde werden wird sind hat nach bei aus oder wie noch über"
    ),
    "sq": _set(
        "dhe të në një për që nga është janë si më ka kanë ishte se edhe por pas këtë kjo "
        "ky ata ai ajo tij saj tyre mund duke deri sipas"
    ),
    "tr": _set(
        "ve bir bu da için ile olarak çok daha ama gibi olan en sonra kadar göre ise değil "
        "var yok şu onun"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
# word -> the languages it is a function word of: one lookup per word
_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _INDEX[_w] = (*_INDEX.get(_w, ()), _lang)


def guess_language(text: str, allowed: tuple[str, ...]) -> str | None:
    """A language when its function words clearly dominate, else None (ask the model)."""
    words = _WORD.findall(text.lower())
    if len(words) < 12:
        return None
    counts: dict[str, int] = {}
    for w in words:
        for lang in _INDEX.get(w, ()):
            counts[lang] = counts.get(lang, 0) + 1
    ranked = sorted(((n, lang) for lang, n in counts.items() if lang in allowed), reverse=True)
    if not ranked:
        return None
    n, best = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0
    # a clear lead, and function words make up a plausible share of the text
    if n >= 4 and n >= 3 * second and n >= 0.15 * len(words):
        return best
    return None

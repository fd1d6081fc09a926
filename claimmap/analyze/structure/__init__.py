"""Page structure: which articles a page embeds, whose they are, and what is furniture.

Many pages users collect are not one article: a repost site puts a teaser of another
outlet's article on top, then the full text, "Link to the source", "(End)", and under
"Also read:" more reposts with their own bylines; a translation page carries the original
too. A claim found there belongs to the original article's author, outlet and date.

``analyze_structure`` reads a page into :class:`Structure` (articles + furniture, all as
character ranges; offsets never move), ``article_at`` answers "whose text is this?", and
:class:`OutletTable` resolves spellings, domains and misspellings of outlets to one name.
Cue words live in ``cues`` (data, per language).
"""

from claimmap.analyze.structure.analyze import analyze_structure, article_at
from claimmap.analyze.structure.outlets import OutletTable, outlet_key
from claimmap.analyze.structure.records import Article, Evidence, Furniture, Structure

__all__ = [
    "Article",
    "Evidence",
    "Furniture",
    "OutletTable",
    "Structure",
    "analyze_structure",
    "article_at",
    "outlet_key",
]

"""Outlet identity: names, domains and misspellings of one outlet resolve to one record.

The table lives in a CSV the user can edit (``outlet,alias``, one alias per row; an alias
may be a domain). A row whose alias starts with ``!`` says "this name is NOT that outlet"
and stops the fuzzy match from merging the two. The shipped defaults
(``claimmap/data/outlets.csv``) hold the demo corpus's fictional outlets.

Resolution, first hit wins: exact key (case, accents, punctuation, spaces, a leading
article and a domain's TLD folded away); the key without a trailing "News"/"Online"-like
word; a phonetic skeleton ("Inpact" = "Impakt"); then edit distance on skeletons, only
when the best outlet is unique and the distance small for the name's length.
"""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from claimmap.analyze.structure.names import fold

DEFAULTS = ("claimmap", "data/outlets.csv")
_ARTICLES = ("the", "il", "lo", "la", "le", "l", "el", "der", "die", "das")
_SUFFIXES = ("news", "online", "web", "tv", "portal", "live", "com", "net", "info", "media")
# words a squashed or domain spelling drops ("corrierevalmaro" for "Corriere di Valmaro")
_LINK_WORDS = frozenset("of the and di del della dello dei degli de des du la le les e i y el "
                        "los las da do dos das der die das und von e të i".split())  # fmt: skip
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "gv"}
_HOST_PREFIXES = {"www", "m", "amp", "mobile", "en", "it", "fr", "sq", "es", "de", "news"}
_DOMAIN = re.compile(r"^(?:[a-z]+://)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?::\d+)?(?:/\S*)?$", re.I)
_SKELETON = [("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("y", "i"), ("w", "v"),
             ("np", "mp"), ("nb", "mb"), ("x", "ks")]  # fmt: skip


def _host_label(name: str) -> str | None:
    """``https://www.gazetaimpakt.com/x`` → ``gazetaimpakt``; None if not a domain."""
    m = _DOMAIN.match(name.strip())
    if not m or " " in name.strip():
        return None
    labels = m.group("host").lower().split(".")[:-1]  # drop the TLD
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    labels = [x for x in labels if x not in _HOST_PREFIXES] or labels
    return labels[-1] if labels else None


def outlet_key(name: str) -> str:
    """The folded key two spellings of one outlet name share."""
    host = _host_label(name)
    if host is not None:
        return fold(host)
    low = name.strip().lower().replace("&", " and ")
    for art in _ARTICLES:
        if low.startswith(art + " ") or low.startswith(art + "'") or low.startswith(art + "’"):
            low = low[len(art) + 1 :]
            break
    return fold(low)


def _short_key(key: str) -> str:
    for suf in _SUFFIXES:
        if key.endswith(suf) and len(key) - len(suf) >= 5:
            return key[: -len(suf)]
    return key


def _skeleton(key: str) -> str:
    for a, b in _SKELETON:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def _content_key(name: str) -> str:
    """The key without link words; domains have none to drop."""
    if _host_label(name) is not None:
        return outlet_key(name)
    words = re.findall(r"\w+", name.lower())
    return outlet_key(" ".join(w for w in words if w not in _LINK_WORDS) or name)


# looser and looser keys of a name, tried in turn after the exact key
_STAGES = (
    lambda n: _short_key(outlet_key(n)),
    lambda n: _short_key(_content_key(n)),
    lambda n: _skeleton(_short_key(_content_key(n))),
)


class OutletTable:
    """Outlets with their aliases; ``resolve`` maps any spelling to the canonical name."""

    def __init__(self, rows: list[tuple[str, str]] | None = None) -> None:
        self._aliases: dict[str, set[str]] = {}  # canonical → aliases (incl. itself)
        self._not: dict[str, set[str]] = {}  # canonical → keys that are NOT this outlet
        self._key: dict[str, str] = {}  # exact key → canonical
        self._staged: list[dict[str, set[str]]] | None = None  # looser keys, built lazily
        self._skeletons: list[tuple[str, str, str, str]] | None = None  # for _fuzzy, lazily
        for outlet, alias in rows or []:
            self.add(outlet, alias)

    # -- building ---------------------------------------------------------------------
    def add(self, outlet: str, alias: str = "") -> None:
        """Register ``outlet`` and, if given, one alias (``!name``: not this outlet)."""
        outlet, alias = outlet.strip(), alias.strip()
        if not outlet:
            return
        if outlet not in self._aliases:
            # a user's row may promote a known alias to an outlet of its own
            self._move(outlet_key(outlet), outlet)
            self._aliases[outlet] = {outlet}
            self._not.setdefault(outlet, set())
        if alias.startswith("!"):
            self._not[outlet].add(outlet_key(alias[1:]))
        elif alias:
            self._move(outlet_key(alias), outlet)
            self._aliases[outlet].add(alias)

    def _move(self, key: str, outlet: str) -> None:
        if not key:
            return
        self._staged = None
        self._skeletons = None
        old = self._key.get(key)
        if old and old != outlet:  # the later row (the user's file) wins
            self._aliases[old] = {a for a in self._aliases[old] if outlet_key(a) != key}
        self._key[key] = outlet

    @classmethod
    def default(cls) -> OutletTable:
        """The shipped defaults."""
        table = cls()
        with resources.files(DEFAULTS[0]).joinpath(DEFAULTS[1]).open(encoding="utf-8") as f:
            table._read(f)
        return table

    @classmethod
    def load(cls, path: str | Path, *, defaults: bool = True) -> OutletTable:
        """The user's CSV, on top of the shipped defaults unless ``defaults=False``.
        A missing file is an empty table (the tool creates it on first ``save``)."""
        table = cls.default() if defaults else cls()
        p = Path(path)
        if p.exists():
            with p.open(encoding="utf-8", newline="") as f:
                table._read(f)
        return table

    def _read(self, f) -> None:  # type: ignore[no-untyped-def]
        for row in csv.DictReader(f):
            self.add(row.get("outlet") or "", row.get("alias") or "")

    def save(self, path: str | Path) -> None:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["outlet", "alias"])
            for outlet in sorted(self._aliases, key=str.casefold):
                w.writerow([outlet, outlet])
                for a in sorted(self._aliases[outlet] - {outlet}, key=str.casefold):
                    w.writerow([outlet, a])
                for k in sorted(self._not[outlet]):
                    w.writerow([outlet, "!" + k])

    def learn(self, name: str) -> str | None:
        """Make ``name`` known: an alias of the outlet it resolves to (written down, so the
        user can see and correct the match), or a new outlet. Returns the canonical name."""
        name = name.strip()
        if not outlet_key(name):
            return None
        found = self.resolve(name)
        if found is None:
            self.add(name, name)
            return name
        if outlet_key(name) not in self._key:
            self.add(found, name)
        return found

    # -- lookup -----------------------------------------------------------------------
    @property
    def outlets(self) -> list[str]:
        return sorted(self._aliases, key=str.casefold)

    def aliases(self, outlet: str) -> set[str]:
        return set(self._aliases.get(outlet, ()))

    def same(self, a: str | None, b: str | None) -> bool:
        """Are two names the same outlet (known to the table, or equal once folded)?"""
        if not a or not b:
            return False
        ra, rb = self.resolve(a), self.resolve(b)
        if ra or rb:
            return ra == rb
        return any(stage(a) == stage(b) for stage in (outlet_key, *_STAGES))

    def resolve(self, name: str | None) -> str | None:
        """The canonical outlet for a name or domain, or None when it is not known."""
        if not name:
            return None
        key = outlet_key(name)
        if len(key) < 2:
            return None
        if key in self._key:
            return self._key[key]
        if self._staged is None:
            self._staged = [{} for _ in _STAGES]
            for o, names in self._aliases.items():
                for n in names:
                    for index, stage in zip(self._staged, _STAGES, strict=True):
                        index.setdefault(stage(n), set()).add(o)
        for index, stage in zip(self._staged, _STAGES, strict=True):
            hits = {o for o in index.get(stage(name), ()) if key not in self._not[o]}
            if len(hits) == 1:
                return hits.pop()
            if hits:
                return None  # ambiguous: refuse rather than guess
        return self._fuzzy(key)

    def _fuzzy(self, key: str) -> str | None:
        sk = _skeleton(_short_key(key))
        if len(sk) < 8:
            return None
        limit = 1 if len(sk) < 16 else 2
        best: dict[str, int] = {}
        if self._skeletons is None:
            self._skeletons = []
            for k, outlet in self._key.items():
                other = _skeleton(_short_key(k))
                self._skeletons.append((k, outlet, other, re.sub(r"\D", "", other)))
        digits = re.sub(r"\D", "", sk)
        for _k, outlet, other, other_digits in self._skeletons:
            if key in self._not[outlet]:
                continue
            if other_digits != digits:
                continue  # "Channel 4" is not "Channel 5"
            d = Levenshtein.distance(sk, other, score_cutoff=limit)
            if d <= limit:
                best[outlet] = min(d, best.get(outlet, d))
        if not best:
            return None
        top = min(best.values())
        winners = [o for o, d in best.items() if d == top]
        return winners[0] if len(winners) == 1 else None

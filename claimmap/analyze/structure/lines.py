"""A learned reader of the short lines around article boundaries.

Every rule in this package reads a layout someone has already seen. This module scores each
short paragraph of a page for what it carries, by its shape rather than by its cue words:

- ``start``: the first paragraph of an article (its headline),
- ``author`` / ``outlet`` / ``date``: the line states the article's author / outlet / date,
- ``inside``: the paragraph belongs to some article (else it is page furniture).

Features (all cheap, no model beyond numpy): length and capitalisation, digits and
punctuation, a leading dash or bullet, position and distance to the nearest long paragraph,
whether the line holds a date the shared parser reads, a known given name
(``firstnames.py``), an outlet the outlet table knows or a domain; hashed word unigrams and
the first two words (cue words in any language); and the same shape features of both
neighbours. Each head is a logistic regression (``bench/structure_train.py`` fits them on
the annotated pages with a fixed seed and writes ``line_weights.json``).

``fill_fields`` uses the scores only where the rules left a field empty: the best-scoring
line near an article's start or end, if a value can be read off it (a date the parser
reads, a known given name followed by capitalised words, an outlet the table resolves).
Measured by leave-one-batch-out in ``bench/structure.md``.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from claimmap.analyze.structure import cues as C
from claimmap.analyze.structure.blocks import reads_as_content
from claimmap.analyze.structure.firstnames import FIRST_NAMES
from claimmap.analyze.structure.names import fold
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.records import Article, Evidence
from claimmap.ingest.dates import MONTHS, granularity_of, parse_date

HEADS = ("start", "author", "outlet", "date", "inside")
SHORT = 25  # words: lines the classifier is about
SURE = 0.8  # a byline whose name the given-name table lacks: read it at this score or more
FILL_MAX = 15  # words: a line a value is read from (a byline, not a sentence naming someone)
HASH_DIM = 512
WEIGHTS = Path(__file__).with_name("line_weights.json")

_FIRST = frozenset(fold(n) for n in FIRST_NAMES)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d+", re.UNICODE)
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|example|[a-z]{2})\b", re.I)
_DASH = re.compile(r"^\s*[-–—•·*>|]")
_FIELD_SEP = re.compile(r"[,|·:;()\[\]–—/]|\s-\s")
_OUTLET_ARTICLES = frozenset(("the", "la", "il", "le", "el", "l'", "der", "die", "das"))
_NOT_NAME = frozenset(
    fold(w) for w in (*MONTHS, *C.WEEKDAYS, "The", "By", "Di", "Par", "Por", "Von", "Nga", "Door")
)
_POSSESSIVE = re.compile(r"['’]s$|s['’]$")
_CAPS_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _caps(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


def _has_first_name(toks: list[str]) -> bool:
    return any(
        fold(t) in _FIRST and k + 1 < len(toks) and _caps(toks[k + 1]) for k, t in enumerate(toks)
    )


def known_outlet(
    s: str, table: OutletTable | None, cache: dict[str, str | None] | None = None
) -> str | None:
    """The longest run of words (or a domain) in ``s`` that the outlet table resolves."""
    if table is None:
        return None
    for m in _DOMAIN.finditer(s):
        if (o := table.resolve(m.group(0))) is not None:
            return o
    best: tuple[int, str] | None = None
    for part in _FIELD_SEP.split(s):
        toks = [t.strip("\"'“”«».") for t in part.split()]
        for i in range(len(toks)):
            if not _caps(toks[i]) and toks[i].lower() not in _OUTLET_ARTICLES:
                continue
            for j in range(min(len(toks), i + 6), i, -1):
                if not _caps(toks[j - 1]) and not _DOMAIN.fullmatch(toks[j - 1]):
                    continue
                cand = " ".join(toks[i:j])
                if len(cand) < 3 or (best is not None and j - i <= best[0]):
                    continue
                if cache is None:
                    o = table.resolve(cand)
                elif cand in cache:
                    o = cache[cand]
                else:
                    o = cache[cand] = table.resolve(cand)
                if o is not None:
                    best = (j - i, o)
                    break
    return best[1] if best else None


def _shape(s: str, table: OutletTable | None, cache: dict[str, str | None]) -> list[float]:
    toks = _words(s)
    n = len(toks)
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    capw = sum(_caps(t) for t in toks) / n if n else 0.0
    digits = sum(c.isdigit() for c in s) / max(len(s), 1)
    st = s.strip()
    return [
        1.0,
        min(n, 60) / 60,
        float(n <= 3),
        float(n <= 8),
        float(n <= SHORT),
        upper,
        float(upper > 0.8 and len(letters) > 3),
        capw,
        min(digits * 5, 1.0),
        float(":" in st),
        float(st.endswith(".")),
        float(st.endswith(":")),
        float(st.endswith(("?", "!"))),
        float(bool(_DASH.match(st))),
        float("|" in st),
        float("," in st),
        float("(" in st),
        float("©" in st or "(c)" in st.lower()),
        float(parse_date(st) is not None) if n <= SHORT else 0.0,
        float(_has_first_name(toks)) if n <= SHORT else 0.0,
        float(known_outlet(st, table, cache) is not None) if n <= SHORT else 0.0,
        float(bool(_DOMAIN.search(st))),
        float("http" in st.lower() or "www." in st.lower()),
    ]


N_SHAPE = 23


def _hash(tok: str) -> int:
    return zlib.crc32(tok.encode("utf-8")) % HASH_DIM


def features(paras: list[str], table: OutletTable | None) -> np.ndarray:
    """One row per paragraph: own shape, position, neighbours' shape, hashed cue words."""
    n = len(paras)
    cache: dict[str, str | None] = {}
    shapes = [_shape(p, table, cache) for p in paras]
    long_ = [len(_words(p)) > SHORT for p in paras]
    zero = [0.0] * N_SHAPE
    rows = []
    for i, p in enumerate(paras):
        prev_long = next((i - k for k in range(i - 1, -1, -1) if long_[k]), None)
        next_long = next((k - i for k in range(i + 1, n) if long_[k]), None)
        pos = [
            float(i == 0),
            float(i == n - 1),
            i / max(n - 1, 1),
            min(prev_long, 6) / 6 if prev_long is not None else 1.0,
            float(prev_long is None),
            min(next_long, 6) / 6 if next_long is not None else 1.0,
            float(next_long is None),
            float(prev_long == 1),
            float(next_long == 1),
        ]
        before = shapes[i - 1] if i > 0 else zero
        after = shapes[i + 1] if i + 1 < n else zero
        hashed = np.zeros(HASH_DIM)
        toks = [fold(t) for t in _words(p)[:SHORT]]
        toks = [t for t in toks if t and not t.isdigit()]
        for t in toks:
            hashed[_hash("w:" + t)] = 1.0
        if toks:
            hashed[_hash("f:" + toks[0])] = 1.0
        if len(toks) > 1:
            hashed[_hash("b:" + toks[0] + " " + toks[1])] = 1.0
        rows.append(np.concatenate([shapes[i], pos, before, after, hashed]))
    if not rows:
        return np.zeros((0, N_SHAPE * 3 + 9 + HASH_DIM))
    return np.vstack(rows)


@dataclass
class LineModel:
    """One logistic regression per head over :func:`features`."""

    w: np.ndarray  # (n_features, n_heads)
    b: np.ndarray  # (n_heads,)

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = np.clip(x @ self.w + self.b, -30, 30)
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> str:
        return json.dumps(
            {
                "heads": list(HEADS),
                "hash_dim": HASH_DIM,
                "b": [round(float(v), 5) for v in self.b],
                "w": [[round(float(v), 5) for v in row] for row in self.w],
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> LineModel:
        d = json.loads(text)
        return cls(w=np.asarray(d["w"], dtype=float), b=np.asarray(d["b"], dtype=float))


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 1e-2, steps: int = 600) -> LineModel:
    """Logistic regression per head, full-batch gradient descent with class balancing
    (deterministic: no sampling)."""
    n, d = x.shape
    heads = y.shape[1]
    w = np.zeros((d, heads))
    b = np.zeros(heads)
    pos = y.mean(axis=0).clip(1e-3, 1 - 1e-3)
    sw = np.where(y > 0, 0.5 / pos, 0.5 / (1 - pos))  # balanced sample weights per head
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):  # Adam on the mean weighted log-loss
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
        g = sw * (p - y) / n
        gw = x.T @ g + l2 * w
        gb = g.sum(axis=0)
        m_w = b1 * m_w + (1 - b1) * gw
        v_w = b2 * v_w + (1 - b2) * gw * gw
        m_b = b1 * m_b + (1 - b1) * gb
        v_b = b2 * v_b + (1 - b2) * gb * gb
        c1, c2 = 1 - b1**t, 1 - b2**t
        w -= lr * (m_w / c1) / (np.sqrt(v_w / c2) + 1e-8)
        b -= lr * (m_b / c1) / (np.sqrt(v_b / c2) + 1e-8)
    return LineModel(w=w, b=b)


def line_scores(
    text: str, paragraphs: list[tuple[int, int]], table: OutletTable | None
) -> np.ndarray | None:
    """Each paragraph's score per head (rows: paragraphs, columns: ``HEADS``)."""
    model = default_model()
    if model is None:
        return None
    return model.scores(features([text[s:e] for s, e in paragraphs], table))


@lru_cache(maxsize=1)
def default_model() -> LineModel | None:
    if not WEIGHTS.exists():
        return None
    return LineModel.from_json(WEIGHTS.read_text("utf-8"))


# -- reading a value off a line ---------------------------------------------------------


def read_author(s: str) -> str | None:
    """A known given name and the 1-3 capitalised words after it ("Guest column by Karin
    Delvaux · 14 June 2026" -> "Karin Delvaux"; "SERGIO DALL'ORTO" -> "SERGIO DALL'ORTO")."""
    toks = s.replace("·", " · ").replace("|", " | ").replace(",", " , ").split()
    for k, t in enumerate(toks):
        if fold(t) not in _FIRST or not _caps(t):
            continue
        name = [t]
        for u in toks[k + 1 : k + 4]:
            if not _CAPS_TOKEN.match(u) or not _caps(u):
                break
            name.append(u)
        if any(_POSSESSIVE.search(u) for u in name):
            continue  # "Edi Rama’s EU Accession" is a headline about someone
        if len(name) >= 2:
            return " ".join(name).rstrip(".")
    return None


def capitalised_name(s: str, table: OutletTable | None) -> str | None:
    """The first run of 2-3 capitalised words in a comma/bar/dot field that is no outlet the
    table knows, holds no month or weekday and no function word ("Door Helena Varga")."""
    for part in _FIELD_SEP.split(s):
        toks = part.split()
        for i in range(len(toks)):
            run = []
            for u in toks[i : i + 3]:
                if not _CAPS_TOKEN.match(u) or not _caps(u) or fold(u) in _NOT_NAME:
                    break
                run.append(u)
            if len(run) >= 2 and not any(_POSSESSIVE.search(u) for u in run):
                name = " ".join(run).rstrip(".")
                if table is None or table.resolve(name) is None:
                    return name
    return None


def read_value(head: str, s: str, table: OutletTable | None, *, sure: bool = False) -> str | None:
    if head == "date":
        got = parse_date(s)
        return got[0] if got else None
    if head == "author":  # a name the given-name table lacks only on a line the reader is sure of
        return read_author(s) or (capitalised_name(s, table) if sure else None)
    return known_outlet(s, table)


def _same_value(head: str, v: str, own: str, table: OutletTable | None) -> bool:
    if head == "outlet" and table is not None:
        return table.same(v, own)
    return fold(v) == fold(own)


FIELD_OF = {"author": "author", "outlet": "outlet", "date": "published"}


def fill_fields(
    text: str,
    paragraphs: list[tuple[int, int]],
    articles: list[Article],
    table: OutletTable | None,
    model: LineModel | None = None,
    *,
    page: dict[str, str | None] | None = None,
    probs: np.ndarray | None = None,
    threshold: float = 0.5,
    before: int = 3,
    after: int = 4,
) -> int:
    """Fill each article's empty author/outlet/date from the best-scoring short line near its
    start or end; returns how many values were filled. Nothing the rules set is changed.

    ``page`` holds the page's own author/outlet/published: a repost or translation never
    takes one of them (the page's "Posted on … by admin" line is the repost site's)."""
    model = model or default_model()
    if model is None or not articles or not paragraphs:
        return 0
    paras = [text[s:e] for s, e in paragraphs]
    starts = [s for s, _ in paragraphs]
    ends = [e for _, e in paragraphs]
    need = [a for a in articles if a.author is None or a.outlet is None or a.published is None]
    if not need:
        return 0
    if probs is None:
        probs = model.scores(features(paras, table))
    owner: dict[int, int] = {}
    for k, a in enumerate(articles):
        for i, (s, e) in enumerate(paragraphs):
            if a.start <= s and e <= a.end:
                owner.setdefault(i, k)
    filled = 0
    inside = HEADS.index("inside")
    for k, a in enumerate(articles):
        first = next((i for i, s in enumerate(starts) if s >= a.start), None)
        last = max((i for i, e in enumerate(ends) if e <= a.end), default=None)
        if first is None or last is None:
            continue
        window = set(range(max(0, first - before), min(len(paras), first + after + 1)))
        window |= set(range(max(0, last - 2), min(len(paras), last + 3)))
        # a line outside the rules' range counts only if the reader puts it inside an article
        # (a headline or byline above it, a signature under it; not a reader's comment)
        cands = sorted(
            i
            for i in window
            if owner.get(i, k) == k
            and len(_words(paras[i])) <= FILL_MAX
            and not reads_as_content(paras[i].strip())  # a sentence naming someone, no byline
            and (first <= i <= last or probs[i, inside] >= threshold)
        )
        for head in ("author", "outlet", "date"):
            attr = FIELD_OF[head]
            if getattr(a, attr) is not None:
                continue
            col = HEADS.index(head)
            own = (page or {}).get(attr) if a.role != "main" else None
            best: tuple[float, int, str] | None = None
            for i in cands:
                pr = float(probs[i, col])
                if pr < threshold or (best is not None and pr <= best[0]):
                    continue
                v = read_value(head, paras[i], table, sure=pr >= SURE)
                if v is None or (own and _same_value(head, v, own, table)):
                    continue
                best = (pr, i, v)
            if best is None or math.isnan(best[0]):
                continue
            _, i, v = best
            setattr(a, attr, v)
            if head == "date":
                a.granularity = granularity_of(v)
            if head == "author" and not a.authors:
                a.authors = (v,)
            a.evidence.append(Evidence(attr, paragraphs[i][0], paragraphs[i][1], "learned-line"))
            filled += 1
    return filled


def propose_starts(
    text: str,
    paragraphs: list[tuple[int, int]],
    articles: list[Article],
    table: OutletTable | None,
    model: LineModel | None = None,
    *,
    probs: np.ndarray | None = None,
    threshold: float = 0.5,
) -> list[Article]:
    """Split an article where the reader sees a new one start inside it: a short line scored
    as a headline after a long paragraph, with a line scored as a byline (author or date)
    right under it, both at ``threshold`` or more. Returns the new article list: the
    articles given (the split ones shortened), each new one after the one it came from,
    with the role, language and repost site of that one and no field yet."""
    model = model or default_model()
    if model is None or not articles or not paragraphs:
        return articles
    paras = [text[s:e] for s, e in paragraphs]
    if probs is None:
        probs = model.scores(features(paras, table))
    col = {h: k for k, h in enumerate(HEADS)}
    n_words = [len(_words(p)) for p in paras]
    out: list[Article] = []
    for a in articles:
        idx = [i for i, (s, e) in enumerate(paragraphs) if a.start <= s and e <= a.end]
        cuts = [
            i
            for i in idx[2:-2]
            if n_words[i] <= SHORT
            and n_words[i - 1] > SHORT
            and probs[i, col["start"]] >= threshold
            and any(
                n_words[j] <= FILL_MAX
                and max(probs[j, col["author"]], probs[j, col["date"]]) >= threshold
                for j in (i + 1, i + 2)
                if j in idx
            )
        ]
        if not cuts:
            out.append(a)
            continue
        bounds = [idx[0], *cuts]
        for k, b in enumerate(bounds):
            last = (bounds[k + 1] - 1) if k + 1 < len(bounds) else idx[-1]
            if k == 0:
                a.end = paragraphs[last][1]
                out.append(a)
            else:
                s, e = paragraphs[b]
                new = Article(
                    start=s,
                    end=paragraphs[last][1],
                    role=a.role,
                    title=text[s:e].strip() or None,
                    language=a.language,
                    reposted_by=a.reposted_by,
                )
                new.evidence.append(Evidence("start", s, e, "learned-line"))
                out.append(new)
    return out

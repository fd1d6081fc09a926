"""Grouping claims about the same thing across documents.

Three layers of evidence, strongest first:

1. **Stories.** Documents are linked when they mention the same names (people, places,
   organisations; weekdays, months and sentence-initial words left out), and the connected
   components are stories. Claims of two different stories are never grouped. A corpus on
   one contested topic is one story; a document that names too little to tell belongs to
   any story.
2. **Structure.** Quantities must count the same thing (the counted noun's
   language-independent concept: "membri", "membres" and "residents" meet; different
   words for groups of people meet when the happening agrees), in the same unit, with the
   same predicate ("seized", "detained", "live"; two different happenings never group:
   "1,900 people arrived" is not "4,200 members live there"), and not as part of a
   container ("a unit of about 300 members"). Events must be the same kind of happening.
   Two figures of one sentence group only when they count the same thing ("3,400 in 2016,
   2,900 in 2019"). Figures more than ``max_ratio`` apart are taken for different things.
3. **Text.** The sentence with numbers and dates masked, embedded (any embedder; cosines are
   rescaled against the run's background similarity) or compared word by word, and the
   subjects' overlap, decide between what structure leaves open.

Pairs are scored, then grouped by average linkage under a threshold. User decisions are
applied on top: ``same`` merges, ``different`` keeps apart; both are keyed by claim id
with a span fallback, so they survive re-analysis.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from claimmap.analyze.claims.dates import WEEKDAYS
from claimmap.analyze.claims.dates import interval as date_interval
from claimmap.analyze.claims.lexicon import CONCEPTS, EVENT_TYPES, NON_PERSON_WORDS, TITLE_WORDS
from claimmap.analyze.claims.people import _CAP_STOP
from claimmap.analyze.claims.records import Claim
from claimmap.analyze.claims.subjects import country, fold
from claimmap.analyze.stopwords import STOPWORDS
from claimmap.compare.records import Decision
from claimmap.ingest.dates import MONTHS

EVENT_CLASSES = frozenset(
    "seize detain arrive leave capture kill injure deploy cost give build rescue missing "
    "displace evacuate strike defraud lose pay".split()
)
# kinds of happening that can name one event in different words ("opened in 1987",
# "operating since 1986", "founded in 1987"); other kinds group only with their own kind
EVENT_FAMILY = {
    "founded": "start", "opened": "start", "operating": "start", "began": "start",
    "completed": "end", "ended": "end", "closed": "end",
}  # fmt: skip
KNOWN_EVENT_TYPES = frozenset(EVENT_TYPES) | {"statement"} | {f"{t} ended" for t in EVENT_TYPES}
GENERIC_EVENTS = frozenset(
    "opened began ended published met visited closed signed left protested elected "
    "appointed statement".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_NOT_NAMES = (
    frozenset(w.lower() for w in _CAP_STOP)
    | frozenset(w.lower().rstrip(".") for w in TITLE_WORDS)
    | NON_PERSON_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
_STOP = frozenset().union(*STOPWORDS.values()) | frozenset(
    "the a an of in on at to and or but by for with from as is are was were be been has have "
    "had it its this that these those said says le la les des du de un une et il lo gli di da "
    "e che per con una uno".split()
)


@dataclass(frozen=True)
class GroupingConfig:
    threshold: float = 0.45
    # structure
    w_concept: float = 0.25  # same counted thing
    w_measure: float = 0.1  # same unit of measure (%, €, hectares)
    w_person: float = 0.15  # two words for groups of people
    w_predicate: float = 0.3  # same happening, both stated
    w_predicate_open: float = 0.1  # one of the two has none
    w_event_type: float = 0.45  # same specific kind of event
    w_event_generic: float = 0.25  # same generic kind ("began", "ended")
    ratio_penalty: float = 0.3
    w_same_value: float = 0.1
    w_bare: float = 0.1
    max_ratio: float = 8.0
    # text and context
    w_text: float = 0.3
    w_subject: float = 0.15
    w_context: float = 0.1
    w_other_actor: float = 0.25  # each claim about an actor the other does not name
    embed_sentence: bool = True  # embed the claim's sentence (else: with figures masked)
    # stories: documents whose names overlap at least this much are linked
    story_shared: int = 2  # names two documents must share (1 if one names only 1-3)
    story_min_names: int = 1
    story_vocab: float = 0.08  # mean word overlap a nameless document needs with a story
    # blocks larger than this are grouped by thresholded nearest neighbours (no linkage)
    max_linkage_block: int = 2500
    knn: int = 20


# counted nouns for groups of people: one counted thing under different names ("14 people",
# "a dozen suspects", "2,745 victims", "3,000 nurses") when the happening agrees
PERSON_CONCEPTS = frozenset(
    "members suspects nurses strikers victims officers refugees missing detainees workers "
    "children fighters journalists students families arrests arrivals migranti deaths "
    "injured protesters".split()
)


def block_key(c: Claim) -> tuple:
    if c.kind == "quantity":
        d = c.detail
        kind = d.get("unit_kind") or "count"
        # measures block by their unit (no conversion between units), counts together
        return ("quantity", kind, None if kind == "count" else c.unit)
    if c.kind == "event":
        prop = (c.property or "").removeprefix("not ")
        etype = c.detail.get("event_type") or prop
        if etype == "statement":
            return ("statement", c.id)  # each statement is its own happening
        return ("event", EVENT_FAMILY.get(etype, etype if etype in KNOWN_EVENT_TYPES else "other"))
    return (c.kind, c.id)


def _content(text: str) -> frozenset[str]:
    out = set()
    for w in _WORD.findall(text):
        lw = w.lower()
        if lw in _STOP or len(lw) < 3:
            continue
        out.add(CONCEPTS.get(lw, fold(lw)))
    return frozenset(out)


_NAME = re.compile(r"(?<=[^.!?\n\s] )([A-ZÀ-Ý][^\W\d_]{2,})|(?<=[(«“\"'‘])([A-ZÀ-Ý][^\W\d_]{2,})")


def _names(text: str) -> set[str]:
    """Capitalised words inside sentences (not sentence-initial), folded to a prefix so
    Mavrik/Mavrico and Serentia/Serenzia meet; months and weekdays left out."""
    out = set()
    for m in _NAME.finditer(text):
        w = m.group(1) or m.group(2)
        low = w.lower()
        if low in _NOT_NAMES:
            continue
        out.add(fold(w)[:5])
    return out


def stories(
    doc_names: dict[str, set[str]],
    cfg: GroupingConfig,
    doc_words: dict[str, frozenset[str]] | None = None,
) -> dict[str, int | None]:
    """Story component of each document (None: names too few to tell). A document with
    too few names joins the story whose vocabulary it shares most, if it shares enough."""
    docs = [d for d, n in doc_names.items() if len(n) >= cfg.story_min_names]
    parent = {d: d for d in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # inverted index: only documents sharing a name are compared
    by_name: dict[str, list[str]] = {}
    for d in docs:
        for nm in doc_names[d]:
            by_name.setdefault(nm, []).append(d)
    seen: set[tuple[str, str]] = set()
    for ds in by_name.values():
        if len(ds) > 2000:
            continue  # a name every document has says nothing
        for i, a in enumerate(ds):
            for b in ds[i + 1 :]:
                key = (a, b) if a < b else (b, a)
                if key in seen:
                    continue
                seen.add(key)
                shared = len(doc_names[a] & doc_names[b])
                small = min(len(doc_names[a]), len(doc_names[b]))
                if shared >= cfg.story_shared or (shared and small <= cfg.story_shared + 1):
                    parent[root(a)] = root(b)
    ids: dict[str, int] = {}
    out: dict[str, int | None] = {}
    for d in doc_names:
        if d in parent:
            out[d] = ids.setdefault(root(d), len(ids))
        else:
            out[d] = None
    if doc_words:
        members: dict[int, list[str]] = {}
        for d, sid in out.items():
            if sid is not None and d in doc_words:
                members.setdefault(sid, []).append(d)
        for d, sid in list(out.items()):
            if sid is not None or d not in doc_words or not members:
                continue
            # the story whose documents share the most words with this one, on average
            sims = {
                k: sum(_jaccard(doc_words[d], doc_words[o]) for o in ds) / len(ds)
                for k, ds in members.items()
            }
            best = max(sims, key=lambda k: sims[k])
            if sims[best] >= cfg.story_vocab:
                out[d] = best
    return out


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _resolve_decisions(
    claims: Sequence[Claim], decisions: Iterable[Decision]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    idx = {c.id: i for i, c in enumerate(claims)}

    def find(cid: str, span: tuple[str, int, int] | None) -> int | None:
        if cid in idx:
            return idx[cid]
        if span is None:
            return None
        doc, s, e = span
        best = None
        for i, c in enumerate(claims):
            if c.doc != doc:
                continue
            ov = min(e, c.end) - max(s, c.start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, i)
        return best[1] if best else None

    same, diff = [], []
    for d in decisions:
        a, b = find(d.a, d.a_span), find(d.b, d.b_span)
        if a is None or b is None or a == b:
            continue
        (same if d.kind == "same" else diff).append((a, b))
    return same, diff


class PairScorer:
    """Similarity of two claims (a score; -1 for "never the same thing")."""

    def __init__(
        self,
        claims: Sequence[Claim],
        *,
        embedder=None,  # type: ignore[no-untyped-def]
        doc_texts: dict[str, str] | None = None,
        config: GroupingConfig | None = None,
        cannot: set[tuple[int, int]] | None = None,
    ) -> None:
        self.cfg = cfg = config or GroupingConfig()
        self.claims = claims
        n = len(claims)
        texts = [c.detail.get("masked") or c.text for c in claims]
        self.content = [_content(t) for t in texts]
        self.subjects = [_content(c.subject or "") for c in claims]
        # the names each document mentions: its own text if given, else its claims' sentences
        doc_names: dict[str, set[str]] = {}
        if doc_texts:
            for d, t in doc_texts.items():
                doc_names[d] = _names(t)
        for c, t in zip(claims, texts, strict=True):
            if not doc_texts or c.doc not in doc_texts:
                doc_names.setdefault(c.doc, set()).update(_names(" " + t))
        self.doc_names = doc_names
        doc_words = {d: _content(t) for d, t in (doc_texts or {}).items()}
        self.story = stories(doc_names, cfg, doc_words)
        self.vecs = None
        self.background = 0.0
        if embedder is not None and n:
            # the whole sentence, numbers and all: as good as the masked sentence on the dev
            # set (B-cubed 0.870 vs 0.861) and the xling stage has usually embedded and
            # cached it already (same text, same "query" prefix)
            emb = [
                _sentence_text(c, doc_texts) if cfg.embed_sentence else t
                for c, t in zip(claims, texts, strict=True)
            ]
            self.vecs = np.asarray(embedder.embed(emb, kind="query"), dtype=np.float32)
            if n > 1:
                rng = np.random.default_rng(0)
                a = rng.integers(0, n, size=min(4000, n * n))
                b = rng.integers(0, n, size=a.size)
                keep = a != b
                if keep.any():
                    va, vb = self.vecs[a[keep]], self.vecs[b[keep]]
                    self.background = float(np.mean(np.sum(va * vb, axis=1)))
        self.cannot = cannot or set()

    def __call__(self, i: int, j: int) -> float:
        cfg, ci, cj = self.cfg, self.claims[i], self.claims[j]
        if (min(i, j), max(i, j)) in self.cannot or not _compatible(ci, cj):
            return -1.0
        if ci.doc == cj.doc and ci.detail.get("sentence") == cj.detail.get("sentence"):
            # the text says nothing here: only one counted thing at several values
            # ("3,400 in 2016, 2,900 in 2019"; "more than 9,000 … the figure of 4,400")
            if ci.kind == "quantity" and concepts_agree(ci, cj) and not _part_whole(ci, cj):
                return cfg.threshold + 0.05
            return -1.0
        if ci.detail.get("refers_to") == cj.id or cj.detail.get("refers_to") == ci.id:
            return cfg.threshold + 0.2  # "puts the figure at …": an answer to that figure
        sa, sb = self.story.get(ci.doc), self.story.get(cj.doc)
        if sa is not None and sb is not None and sa != sb:
            return -1.0  # different stories
        s = 0.0
        if ci.kind == "quantity":
            agree_c = concepts_agree(ci, cj)
            if agree_c and ci.detail.get("unit_kind") not in ("percent", "money", "time"):
                s += cfg.w_concept
            elif agree_c:
                s += cfg.w_measure  # same unit of measure: weak (any two percentages)
            elif agree_c is None and ci.detail.get("concept") and cj.detail.get("concept"):
                s += cfg.w_person
            elif agree_c is None:
                s -= cfg.w_bare  # a bare figure: its text must carry it
            pi, pj = ci.detail.get("predicate"), cj.detail.get("predicate")
            if pi and pi == pj:
                s += cfg.w_predicate
            elif pi or pj:
                s += cfg.w_predicate_open
            ratio = _ratio(ci.value, cj.value)
            if ratio > cfg.max_ratio:
                s -= cfg.ratio_penalty  # a hundredfold "dispute" is two things
            elif agree_c and ratio == 1.0 and ci.qualifier == cj.qualifier:
                s += cfg.w_same_value  # the same figure of the same thing: likely one claim
        else:
            ta = ci.detail.get("event_type") or ci.property
            tb = cj.detail.get("event_type") or cj.property
            if ta == tb and ta in KNOWN_EVENT_TYPES:
                s += cfg.w_event_generic if ta in GENERIC_EVENTS else cfg.w_event_type
            elif ta in KNOWN_EVENT_TYPES and tb in KNOWN_EVENT_TYPES:
                s += cfg.w_event_generic  # one family ("opened" / "operating since")
            # events of unknown kinds (a verb with no entry) rest on their text alone
        text_sim = _jaccard(self.content[i], self.content[j])
        if self.vecs is not None:
            cos = float(self.vecs[i] @ self.vecs[j])
            text_sim = max(text_sim, (cos - self.background) / max(1e-6, 1 - self.background))
        s += cfg.w_text * max(0.0, min(1.0, text_sim))
        sei, sej = ci.detail.get("subject_entity"), cj.detail.get("subject_entity")
        if sei and sei == sej:
            s += cfg.w_subject  # one actor under any of its names (MEK / Mojahedin-e Khalq)
        elif _other_actors(ci, cj):
            # figures about two actors, neither named beside the other: not a veto (events
            # have one), since entity resolution can split one actor in two
            s -= cfg.w_other_actor
        else:
            s += cfg.w_subject * _jaccard(self.subjects[i], self.subjects[j])
        if ci.doc != cj.doc:
            s += cfg.w_context * _jaccard(
                self.doc_names.get(ci.doc, ()), self.doc_names.get(cj.doc, ())
            )
        return s


def group_claims(
    claims: Sequence[Claim],
    *,
    embedder=None,  # type: ignore[no-untyped-def]
    decisions: Iterable[Decision] = (),
    doc_texts: dict[str, str] | None = None,
    config: GroupingConfig | None = None,
) -> list[list[int]]:
    """Groups of indices into ``claims`` (quantities and events; other kinds stay alone).

    Sets nothing on the claims; see :func:`claimmap.compare.pipeline.compare_claims`.
    """
    cfg = config or GroupingConfig()
    if not claims:
        return []
    same, diff = _resolve_decisions(claims, decisions)
    score = PairScorer(
        claims, embedder=embedder, doc_texts=doc_texts, config=cfg,
        cannot={(min(a, b), max(a, b)) for a, b in diff},
    )  # fmt: skip
    blocks: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        blocks.setdefault(block_key(c), []).append(i)
    groups: list[list[int]] = []
    for members in blocks.values():
        if len(members) == 1:
            groups.append(members)
        elif len(members) <= cfg.max_linkage_block:
            groups.extend(_linkage(members, score, cfg.threshold))
        else:
            groups.extend(_knn_groups(members, score, score.vecs, cfg))
    # "same" decisions merge across anything
    if same:
        parent = list(range(len(groups)))
        where = {i: g for g, members in enumerate(groups) for i in members}

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in same:
            ra, rb = root(where[a]), root(where[b])
            if ra != rb:
                parent[rb] = ra
        merged: dict[int, list[int]] = {}
        for g, members in enumerate(groups):
            merged.setdefault(root(g), []).extend(members)
        groups = list(merged.values())
    return [sorted(g) for g in groups]


def _sentence_text(c: Claim, doc_texts: dict[str, str] | None) -> str:
    sent = c.detail.get("sentence")
    if sent and doc_texts and c.doc in doc_texts:
        # whitespace-normalised, as the xling engine keys the vectors it caches
        return " ".join(doc_texts[c.doc][sent[0] : sent[1]].split())
    return c.detail.get("masked") or c.text


def concepts_agree(a: Claim, b: Claim) -> bool | None:
    """True: same counted thing; None: cannot tell (one is a bare figure, or both count
    people); False: different things ("computers" vs "servers")."""
    ca, cb = a.detail.get("concept"), b.detail.get("concept")
    if not ca or not cb:
        return None
    if ca == cb:
        return True
    if ca in PERSON_CONCEPTS and cb in PERSON_CONCEPTS:
        return None
    return False


# how far apart two dates of one happening can be and still be a dispute over its date:
# sources disagree by days about a raid, by a year or two about a founding; beyond that,
# two dated happenings of one kind are two happenings
MAX_DAY_GAP = 62
MAX_GAP = 3 * 366


def _far_apart(a: Claim, b: Claim) -> bool:
    ia, ib = date_interval(a.date, a.granularity), date_interval(b.date, b.granularity)
    if ia is None or ib is None:
        return False
    gap = max(0, ib[0] - ia[1], ia[0] - ib[1])
    both_days = a.granularity == "day" and b.granularity == "day"
    return gap > (MAX_DAY_GAP if both_days else MAX_GAP)


def _other_actors(a: Claim, b: Claim) -> bool:
    """Are the two claims about two actors, neither named in the other's sentence?"""
    sa, sb = a.detail.get("subject_entity"), b.detail.get("subject_entity")
    return bool(
        sa
        and sb
        and sa != sb
        and sa not in (b.detail.get("entities") or ())
        and sb not in (a.detail.get("entities") or ())
    )


def _part_whole(a: Claim, b: Claim) -> bool:
    """ "Fifteen of the 23 trapped miners": the part and the whole are two things."""
    for x, y in ((a, b), (b, a)):
        p = x.detail.get("part_of")
        fig = y.detail.get("figure")
        if p and fig and p[0] < fig[1] and fig[0] < p[1]:
            return True
    return False


def _ratio(a: object, b: object) -> float:
    def mid(v: object) -> float | None:
        if isinstance(v, dict):
            return (float(v["low"]) + float(v["high"])) / 2
        try:
            return float(v)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    x, y = mid(a), mid(b)
    if not x or not y or x <= 0 or y <= 0:
        return 1.0
    return max(x, y) / min(x, y)


def _compatible(a: Claim, b: Claim) -> bool:
    """Hard rules: two different happenings or counted things are never the same thing."""
    pa, pb = a.detail.get("predicate"), b.detail.get("predicate")
    if pa and pb and pa != pb:
        return False
    if a.kind == "quantity" and b.kind == "quantity":
        if concepts_agree(a, b) is False:
            return False
        if a.detail.get("container") != b.detail.get("container"):
            return False
    if a.kind == "quantity" and (pa in EVENT_CLASSES or pb in EVENT_CLASSES):
        # counts of one-off happenings with explicit, different years: different happenings
        ya, yb = (a.date or "")[:4], (b.date or "")[:4]
        if ya and yb and ya != yb and a.detail.get("as_of_span") and b.detail.get("as_of_span"):
            return False
    ca = a.detail.get("country") or country(a.detail.get("place"))
    cb = b.detail.get("country") or country(b.detail.get("place"))
    if a.kind == "event" and ca and cb and ca != cb:
        return False  # arriving in Iraq is not arriving in Albania
    if a.kind == "event" and b.kind == "event":
        if _far_apart(a, b):
            return False  # raids in 2009 and 2023 are two raids, not a dispute over one
        if _other_actors(a, b):
            return (
                False  # "the MEK was founded" / "Kmsh asked"; "police raided" / "the army raided"
            )
        na = (a.property or "").startswith("not ")
        nb = (b.property or "").startswith("not ")
        if na != nb:
            return False
    return True


def _linkage(members: list[int], score, threshold: float) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Average-linkage clustering with cannot-links (score -1) as prohibitive distances."""
    from scipy.cluster.hierarchy import fcluster, linkage

    m = len(members)
    if m == 2:
        return [members] if score(members[0], members[1]) >= threshold else [[x] for x in members]
    dist = np.empty(m * (m - 1) // 2, dtype=np.float64)
    k = 0
    for x in range(m):
        for y in range(x + 1, m):
            s = score(members[x], members[y])
            dist[k] = 1e6 if s < 0 else max(0.0, 1.0 - s)
            k += 1
    z = linkage(dist, method="average")
    labels = fcluster(z, t=1.0 - threshold, criterion="distance")
    out: dict[int, list[int]] = {}
    for x, lab in enumerate(labels):
        out.setdefault(int(lab), []).append(members[x])
    # a cannot-link may still sit inside a large merged group: split it off
    result = []
    for g in out.values():
        result.extend(_split_cannot(g, score))
    return result


def _split_cannot(group: list[int], score) -> list[list[int]]:  # type: ignore[no-untyped-def]
    if len(group) < 2:
        return [group]
    bad = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :] if score(a, b) < 0]
    if not bad:
        return [group]
    # greedy: seed two sides with the first bad pair, assign the rest to the better side
    a, b = bad[0]
    sides: list[list[int]] = [[a], [b]]
    for x in group:
        if x in (a, b):
            continue
        best = max(
            range(len(sides)),
            key=lambda k: min(score(x, y) for y in sides[k]) + 1e-3 * len(sides[k]),
        )
        if min(score(x, y) for y in sides[best]) < 0:
            sides.append([x])
        else:
            sides[best].append(x)
    out = []
    for s in sides:
        out.extend(_split_cannot(s, score))
    return out


def _knn_groups(members: list[int], score, vecs, cfg: GroupingConfig) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Large blocks: link each claim to its nearest neighbours above a stricter threshold."""
    parent = {x: x for x in members}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if vecs is not None:
        sub = vecs[members]
        for lo in range(0, len(members), 512):
            sims = sub[lo : lo + 512] @ sub.T
            for r in range(sims.shape[0]):
                nn = np.argpartition(-sims[r], min(cfg.knn, len(members) - 1))[: cfg.knn]
                i = members[lo + r]
                for j_local in nn:
                    j = members[int(j_local)]
                    if i != j and score(i, j) >= cfg.threshold + 0.1:
                        parent[root(j)] = root(i)
    out: dict[int, list[int]] = {}
    for x in members:
        out.setdefault(root(x), []).append(x)
    return list(out.values())


def cluster_about(claims: Sequence[Claim]) -> str:
    """A short label: the commonest property and subject."""
    props = Counter(c.property for c in claims if c.property)
    subs = Counter(c.subject for c in claims if c.subject and len(c.subject.split()) <= 5)
    prop = props.most_common(1)[0][0] if props else claims[0].kind
    if subs:
        return f"{prop} ({subs.most_common(1)[0][0]})"
    return prop

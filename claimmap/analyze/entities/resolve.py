"""Mentions -> entities: union of name keys, strongest evidence first, under guards.

Evidence, in order: the user's merges; aliases the text defines (acronyms, "also known
as", "in full"); names learned from translations; transliteration keys; an organisation
name inside a longer one that has the same head ("Azure Front" in "People's Azure Front of
Veloria"); fuzzy spelling. Guards refuse a union that joins a person with an organisation
or place, two people with different given names ("Tomas Varga" / "Elena Varga"), or two
names the user said never to merge. A bare surname is attached per document: to the one
person of that surname the document names, else to the one in the corpus, else it stays
on its own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from claimmap.analyze.entities.cues import LABEL_HEADS, ORG_KINDS, ORG_WORDS
from claimmap.analyze.entities.fold import fold, sound_key, sound_word, translit_key
from claimmap.analyze.entities.givennames import opens_with_given_name, same_given_name
from claimmap.analyze.entities.glosses import gloss_key, stems_match
from claimmap.analyze.entities.records import Entity, Mention

_HEAD_CUT = frozenset("of for della del dei degli di de du des per pour".split())
_SLUG = re.compile(r"[^a-z0-9]+")
# alias evidence, strongest first: a definition in brackets or "in full" before a
# translation before "also known as" (whose lists mix in related bodies), so that a
# cluster has its names, and with them its kind of body, before a weaker edge is tried
_EDGE_RANK = {"acronym": 0, "in_full": 0, "translation": 1}
# case endings and definite forms of place names (Albanian Shkodër / Shkodra / Shkodrës,
# Gjoricë / Gjorica; German Albanien, French Albanie): stripped for a place key
_PLACE_SUFFIXES = ("es", "it", "i", "a", "e", "o")
_PLACE_SCHWA = re.compile(r"e(?=[^aeiou]$)")


def place_key(key: str) -> str | None:
    """A key shared by inflected and definite forms of a one-word place name; None when
    too short to be safe ("Roma"/"Rome" stay with what other evidence says)."""
    if " " in key or not key.isalpha():
        return None
    w = key[:-3] + "ia" if key.endswith("ien") else key
    for _ in range(2):
        for suf in _PLACE_SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
    w = _PLACE_SCHWA.sub("", w) if len(w) >= 5 else w
    return w if len(w) >= 4 else None


def org_kinds(key: str) -> set[str]:
    """The kinds of body a multi-word name states ("council", "front"), in any language."""
    toks = key.split()
    return {ORG_KINDS[t] for t in toks if t in ORG_KINDS} if len(toks) >= 2 else set()


def _core(key: str) -> str | None:
    """ "people mojahedin organization iran" -> "people mojahedin": the name before a
    kind-of-body word that is not its first word."""
    toks = key.split()
    for i, t in enumerate(toks):
        if t in ORG_KINDS and i >= 2:
            return " ".join(toks[:i])
    return None


def _head(key: str) -> str:
    toks = key.split()
    for i, t in enumerate(toks):
        if t in _HEAD_CUT and i > 0:
            return toks[i - 1]
    return toks[-1] if toks else ""


def _personish(key: str, votes: Counter) -> bool:
    """A multi-word name the NER reads as a person at least as often as anything else."""
    person = votes.get("PERSON", 0)
    return len(key.split()) >= 2 and person > 0 and person >= sum(votes.values()) / 2


def _given_compatible(a: list[str], b: list[str]) -> bool:
    """Given names agree: equal in transliteration, or one is the other's initial."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return translit_key(x) == translit_key(y) or same_given_name(x, y)


def _same_surname(x: str, y: str) -> bool:
    """One surname in two transliterations ("Raković" / "Rakowitsch")."""
    return translit_key(x) == translit_key(y) or sound_word(x) == sound_word(y)


class _Clusters:
    def __init__(self, types: dict[str, Counter], never: list[tuple[str, str]]):
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.types = types
        self.never = never
        self.refused: list[tuple[str, str, str]] = []

    def add(self, k: str) -> None:
        if k not in self.parent:
            self.parent[k] = k
            self.members[k] = {k}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def kind(
        self, root: str, votes: int = 2, share: float = 0.67, places: bool = False
    ) -> str | None:
        """PERSON / NONPERSON (or PERSON / PLACE / ORG with ``places``) for a cluster, or
        None where the NER's votes are too few or too split to trust (it tags a town as a
        person, or a country as an organisation, often enough)."""
        c: Counter = Counter()
        for k in self.members[root]:
            for t, n in self.types.get(k, Counter()).items():
                if places:
                    c["ORG" if t == "OUTLET" else t] += n
                else:
                    c["PERSON" if t == "PERSON" else "NONPERSON"] += n
        if not c:
            return None
        kind, n = c.most_common(1)[0]
        total = sum(c.values())
        return kind if total >= votes and n / total >= share else None

    def persons(self, root: str) -> list[list[str]]:
        return [
            k.split() for k in self.members[root] if _personish(k, self.types.get(k, Counter()))
        ]

    def union(self, a: str, b: str, why: str, forced: bool = False, stated: bool = False) -> bool:
        """``stated``: the text says the names are one (an alias definition, a translation);
        then only a type the NER is sure of (3+ votes, 80 %) refuses the union."""
        self.add(a)
        self.add(b)
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma, mb = self.members[ra], self.members[rb]
        for x, y in self.never:
            if (x in ma and y in mb) or (y in ma and x in mb):
                self.refused.append((a, b, "never"))
                return False
        if not forced:
            # "Sorvan Democratic Front" and "Sorvan National Council": two bodies, even
            # when a hostile outlet lists one among the other's names
            ka = set().union(*(org_kinds(k) for k in ma))
            kb = set().union(*(org_kinds(k) for k in mb))
            if ka and kb and not ka & kb:
                self.refused.append((a, b, "organisation kind"))
                return False
            strict = (2, 0.67) if not stated else (3, 0.8)
            ka, kb = self.kind(ra, *strict), self.kind(rb, *strict)
            if ka and kb and ka != kb:
                self.refused.append((a, b, "type"))
                return False
            # a country the NER is sure of is not the group a sentence near it defines
            ka, kb = self.kind(ra, 3, 0.8, places=True), self.kind(rb, 3, 0.8, places=True)
            if ka and kb and ka != kb:
                self.refused.append((a, b, "place/organisation"))
                return False
            # a name the text defines as an alias of a group is not a person because the
            # NER once read it as one ("Jonbesh-e Sorvan"); nor is a name in a cluster
            # the NER is sure is no person
            sure_people = not stated or (self.kind(ra) == "PERSON" and self.kind(rb) == "PERSON")
            if "NONPERSON" in (self.kind(ra), self.kind(rb)):
                sure_people = False
            for p in self.persons(ra) if sure_people else []:
                for q in self.persons(rb):
                    if p[-1] != q[-1] and not _same_surname(p[-1], q[-1]):
                        self.refused.append((a, b, "surname"))
                        return False
                    if not _given_compatible(p[:-1], q[:-1]):
                        self.refused.append((a, b, "given name"))
                        return False
        if len(ma) < len(mb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def resolve(
    mentions: list[Mention],
    alias_edges: Sequence[tuple[str, str, str]] = (),
    *,
    merge_groups: Iterable[Iterable[str]] = (),
    never: Iterable[tuple[str, str]] = (),
    outlets: Iterable[str] = (),
    long_forms: Iterable[str] = (),
    fuzzy_threshold: float = 92.0,
    name_pairs: Iterable[tuple[str, str]] = (),
    base_of: dict[str, str] | None = None,
) -> list[Entity]:
    """Group ``mentions`` into entities and set each mention's ``entity_id``.

    ``alias_edges``: (name, alias, form) from the texts and translations; ``merge_groups``
    and ``never``: the user's alias file; ``long_forms``: names an acronym was defined for,
    preferred as entity names; ``base_of``: inflected name keys and the names they inflect
    (``inflection.base_forms``), read as those names."""
    base = base_of or {}

    def key(m: Mention) -> str:
        k = fold(m.text)
        return base.get(k, k)

    types: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        # a capitalised span's type is a guess from its words: no vote in the guards
        # the gazetteer copies the NER's types: one vote is enough
        if m.source in ("ner", "alias"):
            types[key(m)][m.type] += 1
        else:
            types[key(m)]  # noqa: B018 - the key exists, without a vote
    # names an alias definition gives for a group, and names with a group noun ("Kessler
    # cult") or a kind of body, are not people even when they end in a person's surname
    defined = {fold(x) for a, b, _ in alias_edges for x in (a, b)}
    # a bare head a translation pair gives ("Guardia" for "Guard") is still a bare head;
    # one the text itself defines ("… known as the Guard") is a name
    stated_names = {fold(x) for a, b, f in alias_edges if f != "translation" for x in (a, b)}
    not_people = ORG_WORDS | ORG_KINDS.keys() | LABEL_HEADS
    # names the text gives a body that says it is one ("the Highland Protection Guard
    # (HPG), known locally as Planinska Zastita")
    with_acronym = {fold(x) for a, b, f in alias_edges if f == "acronym" for x in (a, b)}
    group_aliases = {
        fold(y)
        for a, b, f in alias_edges
        if f != "translation"
        for x, y in ((a, b), (b, a))
        if x.isupper() or fold(x) in with_acronym or set(fold(x).split()) & not_people
    }
    # a name opening with a common given name is a person whatever the NER voted, even one
    # the text gives a nickname for ("Božidar Raković, known as Gavran")
    flipped = set()
    given_surnames = set()
    for k, c in types.items():
        if not set(k.split()) & not_people and opens_with_given_name(k):
            given_surnames.add(k.split()[-1])
            if c.get("PERSON", 0) < sum(c.values()) / 2:
                flipped.add(k)
            c["PERSON"] = max(c["PERSON"], sum(v for t, v in c.items() if t != "PERSON") + 1)
        elif k in group_aliases and c.get("PERSON") and len(k.split()) >= 2:
            # "the Guard, known locally as Planinska Zastita": a name the text gives a group,
            # with no given name in it, is not a person for the NER's guess at foreign words
            del c["PERSON"]
    # bare surnames are resolved per document below, not merged corpus-wide
    person_surnames = {k.split()[-1] for k, c in types.items() if _personish(k, c)}
    # the NER reads unfamiliar names as organisations ("Maryam Rajavi"): a two- or
    # three-word name without an organisation word, sharing its surname with a person, is
    # taken for a person
    for k, c in types.items():
        toks = k.split()
        if k in defined or set(toks) & not_people:
            continue
        if 2 <= len(toks) <= 3 and toks[-1] in person_surnames:
            if c.get("PERSON", 0) < sum(c.values()) / 2:
                flipped.add(k)
            c["PERSON"] = max(c["PERSON"], sum(v for t, v in c.items() if t != "PERSON") + 1)
    for m in mentions:
        if m.type != "OUTLET" and key(m) in flipped:
            m.type = "PERSON"
    # words of names that are not people's: "Voronin" in "the Voronin sect" may be the sect
    in_other_names = {
        t
        for k, c in types.items()
        if len(k.split()) >= 2 and not _personish(k, c)
        for t in k.split()
    }
    surname_keys = {
        k
        for k, c in types.items()
        if len(k.split()) == 1
        and k in person_surnames
        and (
            c.get("PERSON", 0) + 2 >= sum(c.values()) - c.get("PERSON", 0)
            # the NER's votes on a bare foreign surname are noise
            or k in given_surnames
            or k not in in_other_names
        )
    }
    # a bare organisation head ("the Front", "il Fronte") is resolved per document too
    outlet_set = {fold(o) for o in outlets}
    org_heads: dict[str, set[str]] = defaultdict(set)
    last_heads: set[str] = set()
    for k, c in types.items():
        toks = k.split()
        # any name that is not a person's: the NER reads "Black Gulls" as a place as often
        # as not (the bare "Gulls" must still read as an organisation below)
        if len(toks) >= 2 and k not in outlet_set and c.get("PERSON", 0) <= sum(c.values()) / 2:
            org_heads[_head(k)].add(k)
            org_heads[toks[0]].add(k)
            last_heads.add(_head(k))
    # acronyms and names a text defines are names in their own right ("MEK" in "MEK and
    # PMOI" is not a bare head)
    acronyms = {fold(m.text) for m in mentions if m.text.isupper()}
    head_keys = {
        k
        for k, c in types.items()
        if len(k.split()) == 1
        and k in org_heads
        and k not in surname_keys
        and k not in person_surnames  # "Voronin" of "the Voronin sect" is Lidia Voronin
        and k not in acronyms | stated_names
        and c.get("ORG", 0) >= sum(c.values()) / 2
    }
    never_keys = [(fold(a), fold(b)) for a, b in never]
    cl = _Clusters(types, never_keys)
    for k in types:
        if k not in surname_keys and k not in head_keys:
            cl.add(k)

    for group in merge_groups:
        keys = [fold(n) for n in group if fold(n)]
        for k in keys[1:]:
            cl.union(keys[0], k, "user", forced=True)
    for a, b, form in sorted(alias_edges, key=lambda x: _EDGE_RANK.get(x[2], 2)):
        ka, kb = fold(a), fold(b)
        if ka and kb and not {ka, kb} & (surname_keys | head_keys):
            cl.union(ka, kb, form, stated=True)

    keys = [k for k in list(cl.parent) if k not in surname_keys and k not in head_keys]
    by_translit: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_translit[translit_key(k)].append(k)
    for group in by_translit.values():
        for k in group[1:]:
            cl.union(group[0], k, "translit")
    # the same name as other languages transliterate it ("Lukač" / "Lukatsch" / "Loukatch"):
    # a coarser key, so acronyms and names too short for it are left out
    by_sound: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        sk = sound_key(k) if k not in acronyms else None
        if sk:
            by_sound[sk].append(k)
    for group in by_sound.values():
        for k in group[1:]:
            cl.union(group[0], k, "sound", stated=True)

    # one organisation's name translated: the same concepts ({freedom, movement}) around
    # the same proper stem ("Tarvesh Freedom Movement" / "Lëvizja për Lirinë e
    # Tarveshit"); the text does not say so, but the words do, so the union counts as stated
    by_gloss: dict[frozenset[str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for k in keys:
        gk = gloss_key(k) if len(k.split()) >= 2 else None
        if gk and k not in acronyms and cl.kind(cl.find(k), 3, 0.8) != "PERSON":
            by_gloss[gk[0]].append((k, gk[1]))
    for group in by_gloss.values():
        for i, (a, sa) in enumerate(group):
            for b, sb in group[i + 1 :]:
                if cl.find(a) != cl.find(b) and stems_match(sa, sb):
                    cl.union(a, b, "gloss", stated=True)

    # one organisation's name in two languages, word for word ("Civic Renewal Party" /
    # "Partito del Rinnovamento Civico"; ``xnames.py``): what the words say, as with glosses
    for a, b in name_pairs:
        if (
            a in cl.parent
            and b in cl.parent
            and not {a, b} & acronyms
            and "PERSON" not in (cl.kind(cl.find(a), 3, 0.8), cl.kind(cl.find(b), 3, 0.8))
        ):
            cl.union(a, b, "translated name", stated=True)

    # inflected and definite forms of one place: "Shkodër", "Shkodra", "Shkodrës"
    by_place: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        pk = place_key(k)
        if pk and k not in acronyms and cl.kind(cl.find(k)) != "PERSON":
            by_place[pk].append(k)
    for group in by_place.values():
        # the NER reads unknown towns as organisations as often as not: one place vote
        placed = [
            k
            for k in group
            if any(cl.types.get(x, {}).get("PLACE") for x in cl.members[cl.find(k)])
        ]
        for k in group if placed else []:
            cl.union(placed[0], k, "place form")

    # an organisation name inside a longer one with the same head
    multi = [k for k in keys if len(k.split()) >= 2 and cl.kind(cl.find(k)) != "PERSON"]
    # "People's Mojahedin" in "People's Mojahedin Organization of Iran"
    for b in multi:
        core = _core(b)
        if core and core in cl.parent and cl.kind(cl.find(core)) != "PERSON":
            cl.union(core, b, "contained")
    for a in multi:
        ta = a.split()
        supers = []
        for b in multi:
            tb = b.split()
            if b == a or len(tb) <= len(ta) or _head(b) not in ta:
                continue
            it = iter(tb)
            if all(t in it for t in ta):
                supers.append(b)
        if supers and len({cl.find(b) for b in supers}) == 1:
            cl.union(a, supers[0], "contained")

    # fuzzy spelling, within blocks sharing a first letter
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if len(k) >= 8:
            blocks[translit_key(k)[:1]].append(k)
    for block in blocks.values():
        for i, a in enumerate(block):
            ta = translit_key(a)
            for b in block[i + 1 :]:
                if cl.find(a) == cl.find(b):
                    continue
                if fuzz.ratio(ta, translit_key(b)) >= fuzzy_threshold:
                    cl.union(a, b, "fuzzy")

    # people: "T. Varga" / "Tomas Varga"; the union guard keeps "Elena Varga" apart
    person_keys = [
        k
        for k in keys
        if _personish(k, types.get(k, Counter())) and cl.kind(cl.find(k)) != "NONPERSON"
    ]
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in person_keys:
        by_surname[sound_word(k.split()[-1])].append(k)
    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                ga, gb = a.split()[:-1], b.split()[:-1]
                if not ga or not gb or not _given_compatible(ga, gb):
                    continue
                if len(ga[0]) == 1 or len(gb[0]) == 1 or ga[0] != gb[0]:
                    cl.union(a, b, "initial")  # "T. Varga", or "Nikos" for "Nikolaos"

    # bare surnames, per document
    root_of: dict[tuple[str, int, int], str] = {}
    doc_roots: dict[str, set[str]] = defaultdict(set)
    # where each entity is named in full in each document, for a surname that two people
    # of the document share
    named_at: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        k = key(m)
        if k not in surname_keys and k not in head_keys:
            r = cl.find(k)
            root_of[m.key] = r
            doc_roots[m.doc].add(r)
            named_at[(m.doc, r)].append((m.start, k))
    corpus_people: dict[str, set[str]] = defaultdict(set)
    for k in person_keys:
        corpus_people[k.split()[-1]].add(cl.find(k))
    corpus_orgs = {h: {cl.find(k) for k in ks if k in cl.parent} for h, ks in org_heads.items()}
    for m in mentions:
        k = key(m)
        if k in surname_keys:
            pool = corpus_people.get(k, set())
        elif k in head_keys:
            pool = corpus_orgs.get(k, set())
            # the first word of two bodies' names ("Tarvesh Freedom Movement", "Tarvesh
            # Democratic Alliance") is what both are named after (a place), neither's head
            if k not in last_heads and len(pool) > 1:
                pool = set()
        else:
            continue
        here = {r for r in pool if r in doc_roots[m.doc]}
        if len(here) == 1:
            root_of[m.key] = next(iter(here))
        elif not here and len(pool) == 1:
            root_of[m.key] = next(iter(pool))
        elif (who := _salient(m, here, named_at)) is not None:
            root_of[m.key] = who
        else:
            cl.add(k)  # ambiguous: the bare name stands alone
            root_of[m.key] = cl.find(k)
            continue
        if k in surname_keys and m.type != "OUTLET":
            m.type = "PERSON"  # a surname given to a person; the NER's guess was noise
    return _build(mentions, root_of, {fold(o) for o in outlets}, {fold(x) for x in long_forms})


def _salient(m: Mention, here: set[str], named_at: dict) -> str | None:
    """ "Arta Leka … Besnik Leka … Arta Leka disagreed. … Leka added": of the people
    sharing the surname, the one named in full most often before the bare surname, the
    most recently named on a tie (the writer's usual convention); None if none is named
    before it."""
    best, score = None, (0, -1)
    # the surname's stem: inflected ("Kolës") and transliterated forms stay comparable
    word = sound_word(fold(m.text).split()[-1])[:4] if m.text.split() else ""
    for r in here:
        # names that hold the surname: a nickname ("Anchor") says nothing of which
        # Vlachos a bare "Vlachos" is
        before = [
            p
            for p, k in named_at.get((m.doc, r), [])
            if p < m.start and sound_word(k.split()[-1])[:4] == word
        ]
        s = (len(before), max(before, default=-1))
        if before and s > score:
            best, score = r, s
    return best


def _build(
    mentions: list[Mention], root_of: dict, outlet_keys: set[str], long_keys: set[str]
) -> list[Entity]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[root_of[m.key]].append(m)
    entities = []
    for ms in groups.values():
        entities.append(make_entity(ms, outlet_keys, long_keys))
    assign_ids(entities)
    return entities


def make_entity(
    ms: list[Mention], outlet_keys: set[str] = frozenset(), long_keys: set[str] = frozenset()
) -> Entity:
    ms = sorted(ms, key=lambda m: (m.doc, m.start))
    votes = Counter(m.type for m in ms)
    if any(fold(m.text) in outlet_keys for m in ms) or votes.get("OUTLET"):
        typ = "OUTLET"
    else:
        order = {"PERSON": 0, "ORG": 1, "PLACE": 2}
        typ = max(votes, key=lambda t: (votes[t], -order.get(t, 3)))
    forms = Counter(m.text.strip() for m in ms)
    by_key: dict[str, Counter] = defaultdict(Counter)
    for f, n in forms.items():
        by_key[fold(f)][f] += n

    def score(f: str) -> tuple:
        k = fold(f)
        acronym = f.isupper() and len(f.split()) == 1
        return (k in long_keys, not acronym, sum(by_key[k].values()), len(f))

    best = {k: c.most_common(1)[0][0] for k, c in by_key.items()}
    name = max(best.values(), key=score)
    aliases = [name] + sorted((f for f in forms if f != name), key=lambda f: (-forms[f], f))
    return Entity("", name, typ, aliases, ms)


def assign_ids(entities: list[Entity]) -> None:
    """Ids from type and name; a clash gets the smallest mention key as a suffix source."""
    entities.sort(
        key=lambda e: (
            e.type,
            fold(e.name),
            min((m.doc, m.start) for m in e.mentions) if e.mentions else ("", 0),
        )
    )
    seen: Counter = Counter()
    for e in entities:
        slug = _SLUG.sub("-", fold(e.name)).strip("-") or "x"
        base = f"{e.type.lower()}:{slug}"
        seen[base] += 1
        e.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        for m in e.mentions:
            m.entity_id = e.id

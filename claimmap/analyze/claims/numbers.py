"""Numbers in running text: figures, ranges, scales, written-out numbers, their
qualifier and the unit or noun they count.

Handles "about 4400 members", "4,400" (en), "4.400" (it) and "4 400" (fr, also with
U+00A0/U+202F), "500-2,000", "2.5 million", "$10 million", "32 hectares", "150 computers",
"three", "a dozen", "hundreds", "tre", "une douzaine". Years, dates, ordinals, footnote
marks, article/law numbers and codes like "F-16" are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimmap.analyze.claims.lexicon import (
    AMBIGUOUS_NUMBER_WORDS,
    CONCEPTS,
    CONTAINERS,
    CURRENCY_PREFIX,
    CURRENCY_SCALES,
    EN_TENS,
    EN_UNITS,
    NOUN_PREMODIFIERS,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    UNITS,
    VAGUE,
)
from claimmap.analyze.claims.records import NumberMention

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# a figure; thousands groups are validated by _parse_figure
_FIGURE = re.compile(
    r"(?<![\w.,:\u00a0\u202f])"
    r"(\d{1,3}(?:[,.\u00a0\u202f'’](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?"
    r"|\d{1,3}(?: (?=\d{3}(?!\d))\d{3})+"
    r"|\d+(?:[.,]\d+)?)"
    r"(?![\d])"
)
_SPACE = "[ \u00a0\u202f]"
_RANGE_JOIN = re.compile(rf"{_SPACE}*(?:[-–—]|(?:and|to|et|al|au|a|à|e)(?!\w)){_SPACE}*", re.I)
_RANGE_PREFIX = re.compile(r"(?:between|from|tra|fra|da|entre|de|du|nga|zwischen|von)\s+$", re.I)
# labels before a number that make it an identifier, not a quantity
_LABELS = frozenset(
    "no no. nr nr. n. n° # article art art. articles resolution resolutions law laws "
    "page pages p. pp. issue volume vol vol. chapter paragraph para point section "
    "flight route highway room case decision decree title annex protocol amendment rule "
    "level grade round item code covid-19 covid line platform gate building block unit "
    "risoluzione legge articolo decreto pagina numero comma capitolo loi décret article "
    "numéro chapitre alinéa neni ligji vendimi nenit ligjit paragrafo punto sezione "
    "zone zona district distretto arrondissement".split()
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th|er|e|ème|eme|°|º|ª)\b", re.I)
_FUNCTION = frozenset(
    "the a an of in on at to for by with from and or but as than that this these those "
    "is are was were be been being has have had will would can could may might must "
    "which who whom whose what when where while it its their his her our your my "
    "il lo la i gli le di da in con su per tra fra e o ma che è sono era erano ha hanno "
    "le la les des du de un une et ou mais que qui est sont était ont a dans sur pour par "
    "avec en au aux në e i të dhe se nel nella nei negli nelle dal dalla dai dagli dei del "
    "al alla ai sul sulla contro tra fra oggi ieri domani aujourd'hui aujourd’hui hier demain "
    "today yesterday tomorrow ago fa since depuis dès".split()
)
# plural-looking endings per language for unknown counted nouns
_NOUN_OF = re.compile(r"([^\W\d_]+)\s+(?:of|di|de|d['’])\s*$")
# counted-noun words that are also adjectives ("eight missing miners")
_ADJ_CONCEPTS = frozenset("missing injured wounded dead displaced detained arrested".split())
_PLURAL = {
    "en": re.compile(r"(?:s|men|people|children|police|staff|personnel|data)$"),
    "it": re.compile(r"[ie]$"),
    "fr": re.compile(r"[sx]$"),
}


def _qualifier_before(text: str, pos: int, floor: int) -> tuple[str, int] | None:
    """The qualifier phrase ending right before ``pos``: (canonical, start)."""
    window = text[max(floor, pos - 40) : pos]
    low = window.lower()
    best: tuple[str, int] | None = None
    for phrase, canon in _QUAL_SORTED:
        if low.endswith(phrase + " ") or low.endswith(phrase + "\u00a0"):
            s = pos - len(phrase) - 1
            if s > floor and (text[s - 1].isalnum()):
                continue  # inside a word ("rabout")
            if best is None or s < best[1]:
                best = (canon, s)
            break
    return best


_QUAL_SORTED = sorted(QUALIFIERS.items(), key=lambda kv: -len(kv[0]))


def _parse_figure(s: str, lang: str) -> tuple[float, float | None]:
    """Value of a figure as written, and the other reading when it is ambiguous.

    A separator followed by exactly three digits groups thousands unless the language
    uses it as the decimal mark and the figure could be a decimal ("4.400" in en is 4.4,
    "4.400" in it is 4400; "4,200" in it is 4.2 but see :func:`_fix_count`).
    """
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    decimal_comma = lang not in ("en", None)
    groups = re.split(r"[ ,.']", s)
    seps = re.findall(r"[ ,.']", s)
    if not seps:
        return float(s), None
    if " " in seps or "'" in seps:
        # "4 400", "4 400,5", "1'000"
        tail = ""
        if seps[-1] in ",." and len(groups[-1]) != 3:
            tail = groups.pop()
            seps.pop()
        v = float("".join(groups) + ("." + tail if tail else ""))
        return v, None
    if len(set(seps)) == 2:
        # "1,234.5" or "1.234,5": the last separator is the decimal mark
        dec = seps[-1]
        whole = s[: s.rfind(dec)]
        frac = s[s.rfind(dec) + 1 :]
        return float(re.sub(r"[,.]", "", whole) + "." + frac), None
    sep = seps[0]
    all_three = all(len(g) == 3 for g in groups[1:])
    if len(seps) > 1:
        # "1.234.567" / "1,234,567": thousands whatever the language
        return (float("".join(groups)), None) if all_three else (float(s.replace(sep, "")), None)
    whole, frac = groups
    grouped = float(whole + frac)
    decimal = float(whole + "." + frac)
    if len(frac) != 3:
        return decimal, None
    if sep == ",":
        return (decimal, grouped) if decimal_comma else (grouped, decimal)
    return (grouped, decimal) if decimal_comma else (decimal, grouped)


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def concept_of(noun: str | None) -> str | None:
    """Grouping key of a counted noun: "membri", "membres", "residents" -> "members"."""
    if not noun:
        return None
    low = noun.lower()
    if low in CONCEPTS:
        return CONCEPTS[low]
    last = low.split()[-1]
    if last in CONCEPTS:
        return CONCEPTS[last]
    sing = _singular(last)
    for cand in (sing, sing + "s"):
        if cand in CONCEPTS:
            return CONCEPTS[cand]
    return sing


_UNIT_SORTED = sorted(UNITS, key=len, reverse=True)
_UNIT_RE = re.compile(r"(?:" + "|".join(re.escape(u) for u in _UNIT_SORTED) + r")(?![\w])", re.I)
_TWO_WORD_NOUNS = re.compile(
    r"(hard drives|hard disks|asylum seekers|police officers|fake accounts|"
    r"richiedenti asilo|disques durs|dischi rigidi|demandeurs d'asile|"
    r"demandeurs d’asile|forces de l'ordre)(?![\w])",
    re.I,
)
_OF = re.compile(
    r"(?:(?:of|di|dei|degli|delle|de|des|du|prej)\s+|d['’]\s*)"
    r"(?:(?:its|their|his|her|our|the|these|those|whom|them|which|i|gli|le|ses|leurs|"
    r"nos|les|ces|loro|suoi|sue)\s+)?",
    re.I,
)


def _noun_after(text: str, pos: int, end: int, lang: str, *, strict: bool) -> tuple:
    """The unit or counted noun right after ``pos``: (unit, surface, kind, span_end) or Nones.

    ``strict`` (written-out numbers) requires a plural noun.
    """
    rest = text[pos:end]
    m = re.match(r"[ \u00a0\u202f]*", rest)
    off = m.end() if m else 0
    # "%", "-metre", " hectares", " per cent"
    if rest[off : off + 1] == "%":
        return "%", "%", "percent", pos + off + 1
    hy = rest[off:].startswith(("-", "'", "’")) and off == 0
    body = rest[off + (1 if hy else 0) :]
    base = pos + off + (1 if hy else 0)
    if um := _UNIT_RE.match(body):
        surface = um.group(0)
        unit, kind = UNITS[surface.lower()]
        if kind != "count" or not hy:
            if surface.lower() in ("m", "ha") and lang != "en" and not body[um.end() :].strip():
                pass
            return unit, surface, kind, base + um.end()
    if hy:
        return None, None, None, pos
    if tm := _TWO_WORD_NOUNS.match(body):
        return tm.group(1).lower(), tm.group(1), "count", base + tm.end()
    # "3,000 of its fighters"
    of_m = _OF.match(body)
    skip = of_m.end() if of_m else 0
    words = list(WORD.finditer(body, skip))[:4]
    prev_end = skip
    for k, w in enumerate(words):
        gap = body[prev_end : w.start()]
        if gap.strip():  # punctuation between: stop
            break
        tok = w.group(0)
        low = tok.lower()
        if low in CONCEPTS or low in UNITS and UNITS[low][1] != "time":
            if low in UNITS and low not in CONCEPTS:
                unit, kind = UNITS[low]
                return unit, tok, kind, base + w.end()
            return low, tok, "count", base + w.end()
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        if (
            low in NOUN_PREMODIFIERS
            or (tok[:1].isupper() and low.endswith(("an", "ian", "ese")))
            or (tok.isupper() and 2 <= len(tok) <= 5)
            # "23 trapped miners", "eight missing miners": an adjective before the noun
            or (
                (low.endswith("ed") or low in _ADJ_CONCEPTS)
                and nxt
                and (nxt in CONCEPTS or _PLURAL.get(lang, _PLURAL["en"]).search(nxt))
                and nxt not in _FUNCTION
            )
        ):
            prev_end = w.end()
            continue
        if low in _FUNCTION or len(low) < 3 or re.match(r"(?:dell|nell|dall|sull|all|l)['’]", low):
            break
        plural = _PLURAL.get(lang, _PLURAL["en"]).search(low)
        if strict and not plural:
            break
        if tok[:1].isupper() and lang == "en":
            break
        if plural or not strict:
            if lang == "en" and not plural:
                break
            return low, tok, "count", base + w.end()
        break
    return None, None, None, pos


def _noun_before(text: str, floor: int, pos: int) -> str | None:
    """The counted noun a bare figure refers back to: "the number of cancelled operations
    … at more than 400", else the nearest known counted noun before it in the sentence
    ("population at 2,650")."""
    window = text[floor:pos]
    ref = None
    for m in re.finditer(
        r"\b(?:number|count|total|tally|numero|nombre|totale)\s+(?:of|di|de|des|d'|d’|dei|degli|"
        r"delle)\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
        window,
        re.I,
    ):
        for w in m.group(1).lower().split():
            if w in CONCEPTS or (w.endswith("s") and w not in _FUNCTION and len(w) > 3):
                ref = w
                break
    if ref:
        return ref
    best = None
    for w in WORD.finditer(window):
        low = w.group(0).lower()
        if low in CONCEPTS:
            best = low
    return best


def _written(
    text: str, start: int, end: int, lang: str
) -> Iterable[tuple[int, int, float | dict, bool]]:
    """Written-out numbers: (start, end, value, vague)."""
    langs = [lang] if lang in NUMBER_WORDS else ["en"]
    if lang != "en":
        langs.append("en")
    table: dict[str, int] = {}
    for lg in langs:
        for k, v in NUMBER_WORDS[lg].items():
            table.setdefault(k, v)
    sub = text[start:end]
    low = sub.lower()
    words = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(low)]
    i = 0
    while i < len(words):
        ws, we, w = words[i]
        # vague plurals, longest first ("tens of thousands", "des centaines de")
        hit = None
        for n in (4, 3, 2, 1):
            if i + n > len(words):
                continue
            phrase = low[ws : words[i + n - 1][1]]
            phrase = re.sub(r"\s+", " ", phrase)
            if phrase in VAGUE and (n > 1 or not phrase.endswith(" of")):
                lo, hi = VAGUE[phrase]
                hit = (n, {"low": lo, "high": hi}, True)
                break
            if phrase in table and (n > 1 or " " not in phrase):
                hit = (n, float(table[phrase]), False)
                break
        if hit is None and "-" in w:
            # "vingt-trois", "trente-deux", "quarante-et-un"
            parts = [p for p in w.split("-") if p != "et"]
            if len(parts) == 2 and parts[0] in table and parts[1] in table:
                a, b = table[parts[0]], table[parts[1]]
                if a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9:
                    hit = (1, float(a + b), False)
        if hit is None and lang == "en" or (hit is None and w in EN_TENS):
            val, n = _en_compound(words, i)
            if n:
                hit = (n, float(val), False)
        if hit is None:
            glued = re.match(r"([^\W\d_]+)(['’\-])", w)
            if glued:
                head = glued.group(1)
                for key in (head, head + glued.group(2)):
                    if key in table:
                        yield start + ws, start + ws + len(head), float(table[key]), False
                        break
            i += 1
            continue
        n, val, vague = hit
        # "twenty-five", "four thousand", "two hundred" continuing an entry
        if not vague and lang in ("en",):
            val2, n2 = _en_compound(words, i)
            if n2 > n:
                n, val = n2, float(val2)
        s_abs, e_abs = start + ws, start + words[i + n - 1][1]
        yield s_abs, e_abs, val, vague
        i += n


def _en_compound(words: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    total, current, n = 0, 0, 0
    j = i
    seen = False
    while j < len(words):
        w = words[j][2]
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in EN_TENS and parts[1] in EN_UNITS:
            current += EN_TENS[parts[0]] + EN_UNITS[parts[1]]
        elif (
            w in EN_UNITS
            and w != "one"
            or (
                w == "one"
                and j + 1 < len(words)
                and words[j + 1][2] in ("hundred", "thousand", "million")
            )
        ):
            current += EN_UNITS[w]
        elif w in EN_TENS:
            current += EN_TENS[w]
        elif w in NUMBER_WORDS["en"] and NUMBER_WORDS["en"][w] < 20:
            current += NUMBER_WORDS["en"][w]
        elif (
            w == "a"
            and not seen
            and j + 1 < len(words)
            and words[j + 1][2] in ("hundred", "thousand", "million")
        ):
            current = 1
        elif w == "hundred" and seen:
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion") and seen:
            total += max(current, 1) * {"thousand": 1000, "million": 10**6, "billion": 10**9}[w]
            current = 0
        elif w == "and" and seen and j + 1 < len(words) and words[j + 1][2] in EN_UNITS:
            pass
        else:
            break
        seen = True
        j += 1
        n = j - i
    return total + current, n


def find_numbers(
    text: str,
    start: int,
    end: int,
    lang: str | None,
    masked: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[NumberMention]:
    """Every quantity in ``text[start:end]`` (a sentence), skipping ``masked`` ranges
    (dates already found)."""
    lang = (lang or "en").split("-")[0]
    out: list[NumberMention] = []

    def is_masked(s: int, e: int) -> bool:
        return any(s < me and ms < e for ms, me in masked)

    taken: list[tuple[int, int]] = []
    # -------------------------------------------------- figures
    sub = text[start:end]
    matches = list(_FIGURE.finditer(sub))
    k = 0
    while k < len(matches):
        m = matches[k]
        k += 1
        fs, fe = start + m.start(), start + m.end()
        raw = m.group(1)
        if " " in raw and lang == "en":
            # en does not group thousands with plain spaces: take the first group only
            raw = raw.split(" ")[0]
            fe = fs + len(raw)
        if is_masked(fs, fe) or any(fs < te and ts < fe for ts, te in taken):
            continue
        if not _keep_figure(text, fs, fe, start, end):
            continue
        value, alt = _parse_figure(raw, lang)
        q_end = fe
        # scale word
        scale, q_end, currency_scale = _scale_after(text, q_end, end)
        cur, cur_start = _currency_before(text, fs, start)
        if scale == 1.0 and cur:
            cs = re.match(r"(m|bn|b|k)\b", text[q_end:end], re.I)
            if cs:
                scale = CURRENCY_SCALES[cs.group(1).lower()]
                q_end += cs.end()
        value *= scale
        if alt is not None:
            alt *= scale
        low_high = None
        # range
        rm = _RANGE_JOIN.match(text, q_end, end)
        pref = _RANGE_PREFIX.search(text[max(start, (cur_start or fs) - 12) : cur_start or fs])
        if rm and k < len(matches):
            m2 = matches[k]
            s2 = start + m2.start()
            joiner = rm.group(0).strip().lower()
            ok_join = (
                joiner in "-–—"
                or joiner in ("to", "a", "à", "al", "au")
                or (pref is not None and joiner in ("and", "e", "et", "und"))
            )
            if s2 == rm.end() and ok_join and not is_masked(s2, start + m2.end()):
                raw2 = m2.group(1)
                v2, _ = _parse_figure(raw2, lang)
                e2 = start + m2.end()
                scale2, e2b, _ = _scale_after(text, e2, end)
                if scale2 != 1.0 and scale == 1.0:
                    value *= scale2  # "4-5 million"
                v2 *= scale2 if scale2 != 1.0 else scale
                if v2 > value and _keep_figure(text, s2, e2, start, end):
                    low_high = {"low": _num(value), "high": _num(v2)}
                    q_end = e2b
                    k += 1
        num_start = cur_start if cur_start is not None else fs
        if pref and low_high:
            num_start = min(num_start, (cur_start or fs) - len(pref.group(0)))
        q = _qualifier_before(text, num_start, start)
        qual, span_start = (q[0], q[1]) if q else ("exact", num_start)
        # year-like bare figure: leave to the date extractor
        if (
            low_high is None
            and scale == 1.0
            and not cur
            and re.fullmatch(r"\d{4}", raw)
            and 1800 <= value <= 2100
        ):
            unit, surface, kind, ue = _noun_after(text, q_end, end, lang, strict=True)
            if not unit or kind == "time":
                continue
        unit, surface, kind, ue = _noun_after(text, q_end, end, lang, strict=False)
        container = None
        if cur:
            unit, surface, kind = cur, cur, "money"
            ue = max(ue, q_end)
        if unit is None:
            # "a population of 2,873 million": the noun right before "of" names the figure
            of = _NOUN_OF.search(text[max(start, span_start - 30) : span_start])
            prev = next((o for o in reversed(out) if o.unit_kind == "count" and o.unit), None)
            if of and of.group(1).lower() in CONCEPTS:
                noun = of.group(1).lower()
            else:
                noun = prev.unit if prev is not None else _noun_before(text, start, span_start)
            if noun:
                unit, surface, kind = noun, None, "count"
        else:
            container = _container_before(text, start, span_start)
        part = re.match(r"\s+of\s+(?:the|its|their|these)\s+[\d.,]+", text[q_end : q_end + 24])
        whole = None
        if part:  # "11 of the 14 suspects": counted in the same unit, a part of the whole
            whole = (q_end + part.end() - len(part.group(0).split()[-1]), q_end + part.end())
            u2, s2, k2, _ = _noun_after(text, q_end + part.end(), end, lang, strict=False)
            if u2:
                unit, surface, kind = u2, s2, k2
        value_out: float | dict = low_high if low_high else _num(value)
        concept = concept_of(unit) if kind == "count" else unit
        value_out, alt = _fix_count(value_out, alt, kind, concept, raw)
        span_end = max(ue, q_end) if surface else q_end
        out.append(
            NumberMention(
                start=span_start,
                end=span_end,
                num_start=num_start,
                num_end=q_end,
                value=value_out,
                qualifier=qual,
                unit=unit,
                unit_surface=surface,
                concept=concept,
                unit_kind=kind,
                container=container,
                written=False,
                alternative=_num(alt) if alt is not None else None,
                part_of=whole,
            )
        )
        taken.append((span_start, span_end))
    # -------------------------------------------------- written-out numbers
    for ws, we, val, vague in _written(text, start, end, lang):
        if is_masked(ws, we) or any(ws < te and ts < we for ts, te in taken):
            continue
        unit, surface, kind, ue = _noun_after(text, we, end, lang, strict=True)
        word = text[ws:we].lower()
        part = re.match(r"\s+of\s+(?:the|its|their|these)\s+[\d.,]+", text[we : we + 24])
        whole = None
        if unit is None and part:
            unit, surface, kind, _ = _noun_after(text, we + part.end(), end, lang, strict=False)
            ue = we
            whole = (we + part.end() - len(part.group(0).split()[-1]), we + part.end())
        if unit is None:
            continue  # "three" alone is too often not a quantity
        if kind == "time" and re.match(r"\s+ago\b", text[ue:end]):
            continue  # a date ("two years ago"), not a duration
        if word in AMBIGUOUS_NUMBER_WORDS and kind == "count" and unit not in CONCEPTS:
            continue
        if re.search(r"\b(?:one|no|not)\s*$", text[max(start, ws - 5) : ws], re.I):
            continue
        q = _qualifier_before(text, ws, start)
        qual, span_start = (q[0], q[1]) if q else (("some" if vague else "exact"), ws)
        if not vague and word.endswith(("dozen", "douzaine", "dozzina")) and qual == "exact":
            qual = "about"
        concept = concept_of(unit) if kind == "count" else unit
        container = _container_before(text, start, span_start)
        out.append(
            NumberMention(
                start=span_start,
                end=ue,
                num_start=ws,
                num_end=we,
                value=val if vague else _num(val),
                qualifier=qual,
                unit=unit,
                unit_surface=surface,
                concept=concept,
                unit_kind=kind,
                container=container,
                written=True,
                part_of=whole,
            )
        )
        taken.append((span_start, ue))
    out.sort(key=lambda n: n.start)
    return out


def _num(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 6)


def _fix_count(value, alt, kind, concept, raw):  # type: ignore[no-untyped-def]
    """People and things come in whole numbers, and populations under a billion."""
    if kind != "count" or isinstance(value, dict) or alt is None:
        return value, alt
    v = float(value)
    if not v.is_integer() and float(alt).is_integer() and concept is not None:
        return _num(alt), v
    if concept in ("members", "inhabitants") and v >= 1e9 and alt < v:
        return _num(alt), v
    return value, alt


def _keep_figure(text: str, fs: int, fe: int, floor: int, ceil: int) -> bool:
    tok_s = max(text.rfind(" ", floor, fs), text.rfind("\n", floor, fs)) + 1
    tok_e = min((i for i in (text.find(" ", fe, ceil), text.find("\n", fe, ceil)) if i != -1),
                default=ceil)  # fmt: skip
    token = text[tok_s:tok_e]
    if "://" in token or "www." in token or "@" in token or re.search(r"\d/\d", token):
        return False  # URLs, e-mail addresses, paths
    before = text[max(floor, fs - 16) : fs]
    after = text[fe : min(ceil, fe + 6)]
    if _ORDINAL_AFTER.match(after):
        return False
    if re.match(r"[:h]\d", after) or re.match(r"\s*(?:am|pm|a\.m\.|p\.m\.)\b", after, re.I):
        return False
    if re.search(r"[^\W\d_][-/]?$", before) and not re.search(r"(?:US|\$|€|£)$", before):
        return False  # "F-16", "G7", "COVID-19"
    if re.search(r"[\[(]$", before) and re.match(r"[\])]", after):
        return False  # footnote "[1]"
    prev = re.search(r"(\S+)\s*$", before)
    if prev and prev.group(1).lower().rstrip(":") in _LABELS:
        return False
    return not re.match(r"[-/]\d", after) or bool(re.match(r"-\d{1,3}(?:[,.]\d{3})*\b", after))


def _scale_after(text: str, pos: int, end: int) -> tuple[float, int, bool]:
    m = re.match(r"[ \u00a0]?([^\W\d_]+)\b\.?", text[pos:end])
    if m and m.group(1).lower() in SCALES:
        w = m.group(1).lower()
        if w in ("mil", "k", "mn") and not text[pos:end].startswith(m.group(0)):
            return 1.0, pos, False
        return SCALES[w], pos + m.end(1), False
    return 1.0, pos, False


def _currency_before(text: str, fs: int, floor: int) -> tuple[str | None, int | None]:
    before = text[max(floor, fs - 5) : fs]
    m = re.search(r"(US\$|\$|€|£|USD|EUR|GBP|CHF)\s?$", before, re.I)
    if m:
        return CURRENCY_PREFIX[m.group(1).lower()], fs - (len(before) - m.start())
    return None, None


def _container_before(text: str, floor: int, pos: int) -> str | None:
    """ "a unit of about 300 members" -> "unit"; "11 of the 14 suspects" -> "part"."""
    m = re.search(r"([^\W\d_]+)\s+(?:of|di|de|d'|da)\s*$", text[max(floor, pos - 30) : pos], re.I)
    if m and m.group(1).lower() in CONTAINERS:
        return m.group(1).lower()
    return None

"""Labels in languages without a bundled parser (Italian, French, German, Albanian, Spanish):
patterns with cue words instead of a dependency parse.

Three forms, each needing an indefinite article before the label, which is what marks a
description in these languages as in English ("un'organizzazione terroristica", "une
secte", "eine Exilgruppe", "një lëvizje"):

* apposition: "Le Front démocratique sorvanien (FDS), un mouvement d'opposition en exil, …"
* copula: "il movimento è una resistenza democratica", "… ist sie eine Terrororganisation"
* frame: "Il governo di Teheran lo considera un'organizzazione terroristica", "qualifie le
  mouvement de « secte terroriste »", "bezeichnet sie als …" (attributed to the subject).

Targets are spans of the capitalised names in the sentence or, for pronouns and "the
movement", the antecedents the caller resolves after the entities are known.
"""

from __future__ import annotations

import re

from claimmap.analyze.entities.cues import ROLE_NOUNS
from claimmap.analyze.entities.english import TOPIC, RawLabel, Target

# longest first: "une secte" is not "un" + "e secte"
_INDEF = r"(?:un['’]|(?:unos|unas|una|uno|une|un|eine[nmrs]?|ein|një)(?!\w))"
# words that end a label phrase: relative pronouns, conjunctions, prepositions that start
# a complement rather than describe ("mit etwa 1.800 Mitgliedern", "che", "qui")
_STOP = (
    r"che|chi|cui|qui|que|qu['’]|dont|où|der|die|das|den|dem|welche[rsn]?|mit|con|avec|"
    r"with|e|ed|et|und|dhe|ma|mais|aber|pero|y|o|ou|oder|ose|për|per|pour|für|para|që|"
    r"è|est|ist|është|es|sono|sont|sind|janë|son|nel|nella|dans|im|in|a|à|al|au|del|du|des"
)
# a word of a label; digits may open one after the article ("ein 29-jähriger Entwickler")
_WORD = r"[^\W_][\w'’-]*"
_LABEL = rf"(?P<label>{_WORD}(?:\s+(?!(?:{_STOP})\b){_WORD}){{0,4}})"
# "il s'agit d'une secte", "si tratta di una setta": a copula without a subject
_COPULA = (
    r"(?:è|est|ist|është|es|era|était|war|ishte|sono|sont|sind|janë|son"
    # conditional and subjunctive: "sarebbe", "serait", "sería", "wäre"
    r"|sarebbe|sarebbero|serait|seraient|sería|serían|wäre|wären|sia|soit|sea"
    r"|s['’]agit\s+d['’]|si\s+tratta\s+di|handelt\s+es\s+sich\s+um)"
)
_PRONOUN = r"(?:sie|er|es|esso|essa|il|elle|ils|elles|ai|ajo|ata|ato)"
# "il movimento", "le groupe", "die Gruppe", "lëvizja": the text's main group, or whichever
# group the previous sentence named
_GROUP_NP = (
    r"(?:(?:il|lo|la|l['’]|le|der|die|das|el)\s*(?:movimento|gruppo|organizzazione|mouvement|"
    r"groupe|organisation|Bewegung|Gruppe|Organisation|movimiento|grupo|organización|"
    r"comunità|communauté|comunidad|Gemeinschaft|fondazione|fondation|fundación|Stiftung|"
    r"associazione|association|asociación|Verein|partito|parti|partido|Partei)|"
    # Albanian puts the article at the end: subject and object forms
    r"lëvizjen|lëvizja|grupin|grupi|organizatën|organizata|komuniteti|fondacionin|fondacioni|"
    r"shoqatën|shoqata|partinë|partia)(?!\w)"
)
_FRAME_VERB = (
    r"(?:considera(?:no)?|definisc(?:e|ono)|chiama(?:no)?|descriv(?:e|ono)|bolla(?:no)?|"
    r"ritien(?:e|gono)|considère(?:nt)?|qualifie(?:nt)?|décri(?:t|vent)|traite(?:nt)?|"
    r"appelle(?:nt)?|bezeichne(?:t|n)|nenn(?:t|en)|hält|halten|betrachte(?:t|n)|"
    r"konsideron|quan|cilëson|considera(?:n)?|califica(?:n)?|"
    # "la describen como", "la présentent comme", "lo presentano come", "beschreibt sie als"
    r"describ(?:e|en)|presenta(?:n|no)?|présente(?:nt)?|dipinge|dipingono|tacha(?:n)?|"
    r"beschreib(?:t|en)|nannte(?:n)?|përshkruan|paraqet|"
    # past forms: "ha definito", "a qualifié", "bezeichnete", "calificó", "e quajti"
    r"definit[oaie]|chiamat[oaie]|descritt[oaie]|considerat[oaie]|bollat[oaie]|"
    r"qualifiée?s?|appelée?s?|considérée?s?|décrite?s?|présentée?s?|"
    r"bezeichnete(?:n)?|beschrieb(?:en)?|betrachtete(?:n)?|"
    r"calificó|describió|llamó|consideró|tachó|presentó|"
    r"cilësoi|quajti|konsideroi|përshkroi)(?!\w)"
)
_OBJ_PRONOUN = r"(?:lo|la|li|les|l['’]|sie|ihn|es|los)"
# "as" before the label, in each language ("la considera come", "comme", "als", "si")
_AS = r"come|comme|als|si|como"
# the object is required, a pronoun or "the movement": "chiama un medico" is no label
_FRAME = re.compile(
    rf"(?P<who>[^,;:.«»\"“”]{{0,80}}?)\s*(?<!\w)(?:{_OBJ_PRONOUN}\s*{_FRAME_VERB}|"
    rf"{_FRAME_VERB}\s+(?:{_OBJ_PRONOUN}|{_GROUP_NP}))"
    # "la présentent au contraire comme …": a word or two may stand before "comme"
    rf"(?:(?:\s+[a-zà-ÿ]+){{1,2}}?\s+(?:{_AS})\b"
    rf"|\s+(?:{_AS}|für|de|d['’])(?!\w))?"
    rf"\s*[«\"“]?\s*(?:{_INDEF}\s*)?{_LABEL}",
    re.I,
)
# the frame with a named object: "Qeveria e Tarveshit e cilëson LLT-në si organizatë
# ekstremiste", "Il governo considera il Fronte come un'organizzazione …"
_FRAME_BEFORE_NAME = re.compile(
    rf"(?P<who>[^,;:.«»\"“”]{{3,80}}?)\s+(?:(?:{_OBJ_PRONOUN}|e)\s*)?{_FRAME_VERB}"
    # Spanish marks a person or a named body as object: "califica a la Hermandad"
    r"\s+(?:a\s+|al\s+)?(?:(?:il|lo|la|le|les|l['’]|den|die|das|el)\s*)?$",
    re.I,
)
_FRAME_AFTER_NAME = re.compile(
    # German names twice without "als": "nannte die BLW das Opfer einer Kampagne"
    rf"(?:-\w+)?\s+(?:{_AS}|de|d['’]|das|die|den|der)\s*[«\"“]?\s*"
    rf"(?:{_INDEF}\s*)?{_LABEL}",
    re.I,
)
_ACCORDING = re.compile(
    r"\W*(?:secondo|selon|d['’]après|laut|sipas|según|pour|per|para|für)\s+"
    r"(?P<who>[^,]+?)(?:,[^,]*)?[\s,]*(?:il|lui|sie|es)?\s*$",
    re.I,
)
_QUOTE = r"[«\"“„‚‹]"
_COP = re.compile(
    rf"(?P<subj>{_GROUP_NP}|\b{_PRONOUN})?\s*\b{_COPULA}(?:\s+|(?<=['’]))(?P<inv>{_PRONOUN}\s+)?"
    rf"(?:{_QUOTE}\s*)?{_INDEF}\s*{_LABEL}",
    re.I,
)
# first words that open no description: connectives, prepositions, speech verbs
_NOT_A_DESCRIPTION = (
    r"però|pero|cependant|jedoch|megjithatë|however|"
    r"secondo|selon|según|sipas|laut|dice|dit|dijo|tha|sagte|ha|a|hat|ka|en|su|sur|on|at|"
    r"nga|në|by|par|por|da|di|de|dans|sous|entre|tra|fra|invece|inoltre|anche|toutefois|"
    r"aussi|también|además|edhe|auch|also|too|instead|though|then|allora|alors|luego|"
    r"sin|senza|sans|ohne|pa|auf|aus|bei|nach|über|unter|vor|zu|seit|gegen|um|"
    r"afirmó|aseguró|anunció|declaró|explicó|añadió|señaló|dijo|sagte|erklärte|betonte|"
    r"deklaroi|shtoi|tha|i\s+cili|e\s+cila|të\s+cilët|"
    # speech verbs in the present: "Son avocat, X, parle d'un bouc émissaire"
    r"parle|affirme|explique|ajoute|estime|assure|raconte|souligne|parla|afferma|spiega|"
    r"aggiunge|racconta|sottolinea|habla|explica|añade|asegura|afirma|cuenta|spricht|sagt|"
    r"meint|erklärt|flet|thotë|shpjegon"
)
_AFTER_NAME = r"(?:\s*\([^()]{1,40}\)|\))?\s*,\s*"  # ", " or " (ACR), " after a name
# after a name, or after the acronym in brackets that follows it; the phrase ends at a
# comma or runs into its complement ("una setta in esilio")
_APPOS = re.compile(
    rf"{_AFTER_NAME}(?:{_QUOTE}\s*)?{_INDEF}\s*{_LABEL}(?=\s*(?:[,;.)»“”\"]|$|(?:{_STOP})\b))",
    re.I,
)
# a person's role or kin with what it is a role in ("la dirigeante du mouvement", "motra e
# Marek X"), a definite article allowed before it
_DEF_ARTICLE = r"(?:(?:la|il|lo|le|l['’]|el|der|die|den|dem)\s*)?"
_ROLE_PHRASE = (
    r"(?P<label>(?:"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\s+(?:del|della|dello|dei|di|du|de\s+la|de|des|e|i|të|der|von)\b[^,;.]{2,60}?)"
)
# "Lidia Voronin, la dirigeante du mouvement,", "Mimoza Gashi, kryetare e Lëmishtës,": after
# a name, up to the next comma
_ROLE = re.compile(rf"\s*,\s*{_DEF_ARTICLE}{_ROLE_PHRASE}(?=\s*[,;.])", re.I)
# "Ilinka Tomašek, es hermana del director de la SCD", "Ajo është motra e Marek X": after a
# copula, no article needed
_ROLE_COPULA = re.compile(rf"\b{_COPULA}\s+{_DEF_ARTICLE}{_ROLE_PHRASE}(?=\s*[,;.]|$)", re.I)
# "Hanne Lindqvist, sociologue des religions, …", "Nikola Vasev, figlio del fondatore,":
# a person's description without an article, closed by a comma; the first word is a
# lowercase noun, not a function word or a speech verb ("Rossi, però, …", "X, dice che")
_BARE_APPOS = re.compile(
    rf"{_AFTER_NAME}(?P<label>(?!{_INDEF}|(?:{_STOP}|{_NOT_A_DESCRIPTION})\b)"
    r"[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+){0,8}?)"
    # closed by a comma, or by a relative pronoun ("organizzazione di … che si è …")
    r"(?=\s*,|\s+(?:che|cui|qui|que|dont|që|i\s+cili|e\s+cila|der|die|das|welche[rsn]?)\b)"
)
# "Silent Owl, il gruppo che …", "la Fondazione, l'organizzazione che …": a definite
# description after a name, taken only when it names a kind of group (``_groupish``)
_DEF_APPOS = re.compile(
    rf"{_AFTER_NAME}(?:il|lo|la|l['’]|le|el|der|die|das)\s*"
    rf"(?P<label>[a-zà-ÿ][\w'’-]*(?:\s+(?!(?:{_STOP})\b)[\w'’-]+){{0,4}})"
)
# what a group is called, in the languages above (German compounds end in them:
# "Exilgruppe", "Terrororganisation")
_GROUP_WORDS = (
    "setta secte sekte sektë gruppo groupe gruppe grup grupi movimento mouvement bewegung "
    "lëvizje lëvizja organizzazione organisation organizatë organizata milizia milice miliz "
    "resistenza résistance widerstand rezistencë culto culte kult fronte front partito parti "
    "partei partido formazione formation formación collettivo collectif colectivo kollektiv "
    "fondazione fondation fundación stiftung fondacion fondacioni agenzia agence agencia "
    "agentur agjenci agjencia agjencinë associazione association asociación verein shoqatë "
    "shoqata sindacato syndicat sindicato gewerkschaft istituto institut instituto alleanza "
    "alliance alianza bündnis aleancë"
).split()


def _groupish(label: str) -> bool:
    ws = label.lower().split()
    return bool(ws) and (ws[0] in _GROUP_WORDS or any(ws[-1].endswith(g) for g in _GROUP_WORDS))


def _target_before(names: list[tuple[int, int]], pos: int) -> list[Target]:
    """Names before ``pos`` in the sentence, first first (the subject tends to open it)."""
    return [("span", a, b) for a, b in names if b <= pos]


def labels_without_parser(
    doc_id: str,
    text: str,
    start: int,
    end: int,
    names: list[tuple[int, int]],
    previous: list[tuple[int, int]],
    lang: str = "",
) -> list[RawLabel]:
    """Labels in one sentence ``text[start:end]``; ``names``: the capitalised names in it,
    ``previous``: those of the sentence before (for "sie", "il movimento")."""
    out: list[RawLabel] = []
    taken: list[tuple[int, int]] = []

    def add(
        m: re.Match,
        form: str,
        targets: list[Target],
        skip: tuple[str, ...] = ("PERSON", "PLACE"),
        **kw: object,
    ) -> None:
        a, b = m.span("label")
        if not targets or any(x < b and a < y for x, y in taken):
            return
        if lang != "de" and text[a].isupper():
            return  # a name, not a description (German capitalises every noun)
        taken.append((a, b))
        lab = RawLabel(doc_id, a, b, text[a:b], form, targets[0], **kw)  # type: ignore[arg-type]
        lab.antecedents = tuple(targets)
        lab.skip_types = skip
        out.append(lab)

    earlier: list[Target] = [("span", a, b) for a, b in previous]
    for m in _FRAME.finditer(text, start, end):
        who = m.group("who").strip()
        ws = m.start("who") + (len(m.group("who")) - len(m.group("who").lstrip()))
        add(
            m,
            "frame",
            [TOPIC],
            voice="attributed",
            attributed_to=who or None,
            attributed_span=(ws, ws + len(who)) if who else None,
            decided=True,
        )
    for a, b in names:
        before = _FRAME_BEFORE_NAME.search(text, start, a)
        after = _FRAME_AFTER_NAME.match(text, b, end) if before else None
        if before and after:
            who = before.group("who").strip()
            ws = before.start("who") + (
                len(before.group("who")) - len(before.group("who").lstrip())
            )
            add(
                after,
                "frame",
                [("span", a, b)],
                voice="attributed",
                attributed_to=who,
                attributed_span=(ws, ws + len(who)),
                decided=True,
            )
    for m in _COP.finditer(text, start, end):
        subj = (m.group("subj") or "").strip()
        if subj and not re.fullmatch(_PRONOUN, subj, re.I):
            targets = [TOPIC]  # "il movimento è …": the text's main group
        elif subj or m.group("inv"):
            targets = earlier + [TOPIC]  # a pronoun: who was named before
        else:
            targets = _target_before(names, m.start())
        # "Laut der Regierung in Kardel ist sie …": German sets no comma after the source
        src = _ACCORDING.match(text, start, m.start())
        if src:
            who = src.group("who")
            add(
                m,
                "copula",
                targets,
                voice="attributed",
                attributed_to=who,
                attributed_span=src.span("who"),
                decided=True,
            )
        else:
            add(m, "copula", targets)
    for m in _ROLE_COPULA.finditer(text, start, end):
        add(
            m, "copula", _target_before(names, m.start()) + earlier, skip=("PLACE", "ORG", "OUTLET")
        )
    for a, b in names:
        role = _ROLE.match(text, b, end)
        bare = _BARE_APPOS.match(text, b, end) or _DEF_APPOS.match(text, b, end)
        if not role and bare and _groupish(bare.group("label")):
            # "FVA, organizzazione di monitoraggio elettorale", "Silent Owl, il gruppo che …"
            add(bare, "apposition", [("span", a, b)], skip=("PLACE", "PERSON"))
            continue
        role = role or (bare if bare and bare.re is _BARE_APPOS else None)
        if role:
            add(role, "apposition", [("span", a, b)], skip=("PLACE", "ORG", "OUTLET"))
            continue
        m = _APPOS.match(text, b, end)
        if m:  # "Durazzo, una setta in esilio": a place's apposition of a group is the group's
            topic = [TOPIC] if _groupish(m.group("label")) else []
            add(m, "apposition", [("span", a, b), *topic], skip=("PLACE",))
    return out

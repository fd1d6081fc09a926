"""Word lists the rules read. Kept as data so a user or a new language adds lines, not code."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# spaCy labels -> our types; NORP (nationalities, "Velorian") is not a name of an actor
NER_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}

# "X, also known as Y": cue -> the alias follows. Matched case-insensitively on the text.
KNOWN_AS_CUES = (
    r"also known as",
    r"otherwise known as",
    r"better known as",
    r"(?:often |sometimes |widely |variously |commonly |simply )?"
    r"known (?:variously |simply |locally |widely )?as",
    # "known on the island as", "known to every family in the valley simply as": a short
    # phrase of where or to whom may stand between "known" and "as"
    r"known (?:(?:on|in|to|among|across|throughout|around|at) [^,.;:()\"“”«»]{2,40}? )as",
    r"know (?:it |them |him |her |(?:the|this) [a-z]+ )?(?:simply |only |locally )?as",
    r"(?:likes to |prefers to )?call(?:s|ed)? (?:himself|herself|itself)",
    r"known to (?:its|their|his|her|the) [\w' -]{2,40}? as",
    r"a\.k\.a\.?",
    r"aka",
    r"also called",
    # "Durrës, which Italian sailors still call Durazzo"; "the MKO, as officials call the MEK"
    r"(?:which|that|as) (?:[\w'’]+ ){1,4}(?:still |also |often |simply )?call(?:s|ed)?(?: it)?",
    r"alias",
    # Italian, French, Albanian, German, Spanish
    # each participle in its four forms (gender, number); a short phrase of where or by
    # whom may stand before the "as" word ("nota in patria come", "conocida en su país
    # como", "connu en Kravénie sous le nom de", "të njohur në fshat si")
    r"(?:not|conosciut)[oaie] (?:[^,.;:()\"“”«»]{1,30}? )?come",
    r"conosc\w* (?:il|la|lo|l['’]|i|gli|le) ?[a-zà-ù]+ come",
    r"(?:si fa|si fanno|che si fa|che si fanno) chiamare",
    r"connue?s? (?:[^,.;:()\"“”«»]{1,30}? )?(?:sous le nom d[e']|comme)",
    r"(?:se fait|se font|qui se fait|qui se font) appeler",
    r"dite?",
    r"(?:i|e|të) njohur(?:a|it|in)? (?:[^,.;:()\"“”«»]{1,30}? )?si",
    r"njih(?:et|en) (?:[^,.;:()\"“”«»]{1,30}? )?si",
    r"quh(?:et|en)",
    r"(?:auch |besser |gemeinhin )?bekannt als",
    r"heiß(?:t|en) (?:sie|er|es)(?: auch| nur| einfach)?",
    r"zu deutsch",
    r"conocid[oa]s? (?:[^,.;:()\"“”«»]{1,30}? )?como",
    r"(?:se hace|se hacen|que se hace|que se hacen) llamar",
)
# "Vlachos, nicknamed 'Anchor'", "et appelées Gorska Zachtita": bare participles of naming
# verbs. "ha chiamato Marco" or "a appelé Macron" is a call, not a name, so these count
# only after a comma, a bracket or "and", or at the start of the sentence ("Surnommé
# « l'Ancre », Vlachos …", where the name they are about follows)
NAMED_PARTICIPLES = (
    r"nicknamed",
    r"dubbed",
    r"(?:dett|chiamat|soprannominat|denominat|ribattezzat)[oaie]",
    r"(?:surnomm|appel|baptis|dénomm)ée?s?",
    r"(?:i|e|të) (?:mbi)?quajtur(?:a|it|in)?",
    r"(?:auch |kurz )?genannt",
    r"(?:llamad|apodad|denominad|autodenominad|bautizad)[oa]s?",
)
# "calls its members the Falcons": what a group's members are called names the group
# (its nickname), in en/it/fr/de/sq/es; the verb, then the possessive, then the noun
MEMBER_NAME_CUE = (
    r"(?:(?:calls?|called|names?|named|dubs?|dubbed|chiam(?:a|ano)|appell(?:e|ent)|nenn(?:t|en)"
    r"|(?:i |e )?quaj(?:në|ne|n)|llam(?:a|an))"
    r"(?:\s+itself\s+[^,.;:]{2,60}?\s+(?:and|e|et|und|y)\s*)?"
    r"\s+(?:(?:its|their|i suoi|le sue|ses|leurs|seine|ihre|sus)"
    r"\s+(?:members|activists|militants|fighters|followers|supporters|militanti|membri"
    r"|attivisti|combattenti|membres|partisans|mitglieder|aktivisten|kämpfer|anhänger"
    r"|anëtarët|militantët|miembros|militantes|combatientes)"
    # Albanian puts the possessive after the noun: "i quajnë anëtarët e saj"
    r"|(?:anëtarët|militantët|ndjekësit)\s+e\s+(?:tij|saj|tyre))"
    r"\s+(?:the\s+|i\s+|les\s+|die\s+|los\s+)?"
    r")"
)
# "followers, who call themselves the Lanterns", "si fanno chiamare": the group names
# itself. ("Villagers call them X" is left out: "them" is too often not the group.)
PRONOUN_NAME_CUE = (
    r"(?:call(?:s|ed)?\s+themselves|si\s+fanno\s+chiamare|se\s+font\s+appeler"
    r"|se\s+hacen\s+llamar|e\s+quajnë\s+veten|nennen\s+sich(?:\s+selbst)?)"
    r"\s+(?:the\s+|i\s+|les\s+|die\s+|los\s+|las\s+)?"
)
# "X – in full, the Y –": the full name follows
IN_FULL_CUES = (
    r"in full,?",
    r"full name,?",
    r"de (?:son|leur) nom complet,?",
    r"nome completo,?",
    r"per esteso,?",
)

# verbs whose object gets a label from their subject: "critics call it a cult",
# "Tehran identifies it as a terrorist organisation", "describes itself as"
FRAME_VERBS = _set(
    "call dub brand label describe identify consider regard see designate characterise "
    "characterize portray depict term list classify view know name deem paint refer"
)
# verbs that report someone else's words or views: a label in their clause is theirs
SPEECH_VERBS = _set(
    "say tell claim allege insist argue maintain believe contend accuse warn write state "
    "assert suggest think report note add complain charge declare"
)
# "according to X", "in the eyes of X", "for X": X's view follows in the same clause
ACCORDING_CUES = (
    r"according to",
    r"in the (?:eyes|view|words) of",
    r"as (?:described|portrayed|seen) by",
    r"secondo",
    r"selon",
    r"d'après",
    r"sipas",
    r"según",
    r"laut",
)
# "to its enemies, the Corvan sect": a dative attribution inside a list of names
TO_ATTRIBUTION = r"to (?:its|their|his|her|the(?: group's| movement's)?) [\w' -]{2,40}?,"

# head nouns that describe a group, a person or an outlet. EVALUATIVE heads are labels even
# bare ("the sect"); NEUTRAL heads only with a descriptive modifier ("an exiled opposition
# group"), since "the group" alone is plain reference, not a label
EVALUATIVE_HEADS = _set(
    "cult cults sect sects terrorist terrorists terrorism militia militias gang gangs "
    "regime regimes dictatorship junta rebels insurgents extremists separatists "
    "jihadists fanatics traitors hostages resistance mercenaries puppets puppet lobby "
    "propagandists mouthpiece heroes martyrs patriots dissidents opposition alternative"
)
NEUTRAL_HEADS = _set(
    "group groups movement movements organisation organization organisations "
    "organizations party parties front network force forces faction factions outfit "
    "circle society association coalition daily newspaper paper broadcaster outlet "
    "channel weekly agency station tabloid website body wing fighters"
)
LABEL_HEADS = EVALUATIVE_HEADS | NEUTRAL_HEADS
# heads whose bare definite use ("the sect") refers to the document's main group; "the
# regime" or "the daily" refer to someone else and need a name ("the Velgrad regime")
GROUP_HEADS = LABEL_HEADS - _set(
    "regime regimes dictatorship junta daily newspaper paper broadcaster outlet channel "
    "weekly agency station tabloid website mouthpiece puppet puppets lobby"
)
# evaluative heads too common as plain nouns to make a bare description a label ("fostering
# opposition", "offer an alternative"); with a describing modifier they still do
WEAK_EVALUATIVE = _set("opposition alternative")
# heads that name a place's rulers: "the regime in Tehran" is a label on Tehran
RULING_HEADS = _set("regime regimes dictatorship junta")
# modifiers that do not make a neutral head descriptive ("the same group", "the whole group")
NON_DESCRIPTIVE_MODIFIERS = _set(
    "same other whole entire former latter first second last new own this that such "
    "largest smallest main"
)
# nouns that mean "the members of X": a label on them is a label on X
MEMBER_NOUNS = _set("members member followers adherents fighters militants cadres ranks")
# single-word scare-quote labels are common in attributed voice
SO_CALLED = (r"so-called", r"self-styled", r"self-proclaimed", r"cosiddett[oaie]", r"soi-disant")

PRONOUNS_IT = _set("it its itself they them their themselves")
RELATIVE_PRONOUNS = _set("which that who whom what")
# words that a capitalised span in a language without NER must not start with
SENTENCE_STARTERS = _set(
    "il lo la le les l i gli un una uno une des del della in a e ma se per con da dal su "
    "secondo selon dans pour avec sur mais et ou au aux du de après depuis quand "
    "the a an in on at as by for from with but and or if when while after before "
    "questo questa quello quella ce cette cet ces son sa ses leur nel nella dopo anche "
    "già tuttavia however according last next this that these those his her its their à "
    "our we they he she it i ne nous ils elles lui"
)
# lowercase words allowed inside a multi-word name in any language
NAME_CONNECTORS = _set(
    "of the for and de del della delle dei degli di du des la le d' von van der e et y al el "
    # "Korpusi i Mbrojtjes së Malit", "Movimento per la Libertà", "Verband für Heimatschutz"
    "të së për per pour für para"
)
# nouns that typically head an organisation name in a language without NER
ORG_WORDS = _set(
    "fronte front ufficio office ministero ministry ministère ministère tribunale tribunal "
    "court corte consiglio council conseil università university université partito party "
    "parti movimento mouvement polizia police governo government gouvernement agenzia "
    "agence organizzazione organisation associazione association"
)
# the kind of body an organisation name says it is, across languages (folded words): two
# clusters whose names state different kinds ("… Democratic Front" / "… National Council")
# are two organisations, whatever a list of aliases says
ORG_KINDS = {
    w: kind
    for kind, ws in {
        "council": "council consiglio conseil keshilli keshill rat",
        "front": "front fronte fronti frontit",
        "party": "party partito parti partia partise partei",
        "army": "army esercito armee ushtria ushtrise",
        "ministry": "ministry ministero ministere ministria ministrise ministerium",
        "court": "court tribunale corte tribunal gjykata gjykates gericht",
        "university": "university universita universite universiteti universitat",
        "committee": "committee comitato comite komiteti komitee",
        "organisation": "organisation organization organizzazione organizata organisation",
        "police": "police polizia policia polizei",
        "government": "government governo gouvernement qeveria regierung",
        "company": "company societa compagnie kompania firma",
        "union": "union unione bashkimi",
        "agency": "agency agenzia agence agjencia agentur",
        "service": "service servizio sherbimi dienst",
        "bank": "bank banca banque banka",
        "network": "network rete reseau rrjeti netzwerk",
    }.items()
    for w in ws.split()
}
# what a person is in an organisation or a place: "X, the president of the SNC" labels X
# (a definite role needs its "of"/"at" to describe; "the president" alone refers)
# (offices of a state or a town, "the mayor of X", are left out: the dev sets do not count
# them as labels)
ROLE_NOUNS = _set(
    "president chair chairman chairwoman leader head founder co-founder spokesman "
    "spokeswoman spokesperson director secretary commander chief representative deputy "
    "researcher editor presidente capo fondatore portavoce direttore dirigente segretario "
    "président dirigeant dirigeante chef fondateur directeur secrétaire "
    "kryetar kryetare kryetari drejtor drejtori udhëheqës udhëheqëse themelues "
    "vorsitzende vorsitzender präsident präsidentin leiter leiterin gründer "
    "sprecher sprecherin "
    # kin and other relations that describe a person by another ("the sister of …")
    "sister brother son daughter wife husband cousin niece nephew uncle aunt owner lawyer "
    "sorella fratello figlio figlia moglie marito cugino cugina nipote proprietario "
    "avvocato avvocata sœur frère fils fille épouse mari cousine propriétaire avocat "
    "avocate schwester bruder sohn tochter ehefrau ehemann cousine eigentümer anwalt "
    "anwältin motra vëllai djali vajza gruaja burri kushëriri kushërira pronari avokati "
    "hermana hermano hijo hija esposa esposo primo prima dueño propietario abogado abogada"
)
PERSON_TITLES = _set(
    "mr mrs ms dr prof sig signor signora ministra ministro m mme monsieur madame mayor "
    "minister inspector chief general colonel judge senator "
    "president presidente président minister ministre sindaco maire leader portavoce "
    "porte-parole"
)

"""Given names as person evidence: the small English NER reads an unfamiliar "Dušan Brezar"
as an organisation as often as a person, but a name that opens with a common given name
is a person unless its words say otherwise.

The structure stage's table (en, it, fr, sq, de, es) plus the languages contested stories
in this field often name people in: South Slavic, Bulgarian and Macedonian, Russian and
Ukrainian, Polish and Czech, Greek, Romanian, Hungarian, Turkish, Persian, Arabic, all as
Latin spellings. Written from general knowledge of common names, not from any bench page;
matched by sound key, so "Douchan" and "Duschan" find "Dušan". Extend freely.
"""

from __future__ import annotations

from functools import cache

from claimmap.analyze.entities.fold import fold, sound_word
from claimmap.analyze.structure.firstnames import FIRST_NAMES

_MORE = """
# South Slavic
aleksandar aleksandra ana ante bojan bojana boris borislav božidar branislav branko
danijela darko dejan dragan dragana dražen dušan dušanka goran gordana igor ivan ivana
ivica jasmina jelena jovan jovana katarina ljubica ljubomir marija marijana marko
milan milena milica miloš miodrag miroslav mladen momčilo nebojša nemanja nenad nikola
predrag radovan ratko sanja slavica slobodan snežana srđan stevan svetlana tamara
tomislav vesna vladimir vlado vojislav vuk zdravko željko zoran zorana zvonimir
# Bulgarian, Macedonian
asen blagoy boyko dimitar evgeni georgi hristo ivaylo kiril krasimir lyubomir nikolay
plamen rumen stoyan todor tsvetan valentin vasil velichko yordan zhivko
# Russian, Ukrainian
aleksei alexei anastasia andriy anatoly boris dmitri dmitry ekaterina galina grigory
igor ilya irina kateryna konstantin lyudmila maksim mikhail natalia natalya nikolai
oksana oleg oleksandr olena olga pavel petro sergei sergey svetlana taras tatiana
vadim valentina viktor vitali volodymyr yelena yevgeny yulia yuri
# Polish, Czech, Slovak
agnieszka andrzej bartosz jakub jan jarosław jiří josef kamil karel katarzyna krzysztof
lukáš łukasz małgorzata marek martin michal michał miroslav ondřej pavel petr piotr
radek stanisław tomasz tomáš václav wojciech zbigniew zuzana
# Greek
alexandros anastasios andreas angelos apostolos christos dimitris dimitrios eleni
evangelos georgios giannis ioannis katerina konstantinos kostas maria nikolaos nikos
panagiotis pavlos sotiris spyros stavros theodoros vasilis vassilis yannis
# Romanian, Hungarian
adrian alexandru andrei bogdan cristian florin gheorghe ion ionuț mihai mircea
ovidiu radu vasile attila balázs gábor istván lászló péter sándor zoltán
# Turkish
ahmet ali ayşe burak can cem elif emre fatma hakan hasan hüseyin ibrahim kemal mehmet
murat mustafa osman selim serkan yusuf zeynep
# Persian, Arabic
abbas abdullah ahmad ahmed akbar ali amir ardeshir bahram dariush ebrahim farah
farhad fatemeh hamid hassan hossein hussein jafar javad karim khaled mahmoud majid
maryam massoud masoud mehdi mohammad mohammed morteza mostafa nasser omar parviz reza
saeed said shahin shirin yousef zahra
"""


# below this length only the exact spelling counts: "Jan" must not sound like "San Marco"
SOUND_FROM = 5


@cache
def _table() -> tuple[frozenset[str], frozenset[str]]:
    words = {fold(w) for w in FIRST_NAMES}
    words.update(
        fold(w) for line in _MORE.splitlines() if not line.startswith("#") for w in line.split()
    )
    words.discard("")
    return frozenset(words), frozenset(sound_word(w) for w in words if len(w) >= SOUND_FROM)


# short and familiar forms of one given name, then the name (general knowledge; extend freely)
_FORMS = """
robert bob bobby rob robbie; william bill billy will; james jim jimmy; michael mike;
thomas tom tommy; david dave; daniel dan danny; joseph joe; anthony tony;
christopher chris; nicholas nick; alexander alex; samuel sam; benjamin ben;
matthew matt; stephen steve; steven steve; andrew andy; peter pete; elizabeth liz beth;
katherine kate katie; jennifer jenny; susan sue; margaret maggie meg;
nikolaos nikos; dimitrios dimitris dimitri; georgios giorgos yorgos; konstantinos kostas;
ioannis giannis yannis; spyridon spyros spiros; athanasios thanasis; vasileios vasilis
vassilis; panagiotis panos takis; emmanouil manolis; eleftherios lefteris;
aleksandr sasha; aleksandar sasa; mikhail misha; nikolai kolya; vladimir volodya vlado;
dmitri dima; pavel pasha; konstantin kostya; yevgeny zhenya;
giuseppe beppe peppe; luigi gigi; salvatore toto; antonino nino;
jose pepe; francisco paco pancho; ignacio nacho; enrique quique;
johannes hans; josef sepp; friedrich fritz
"""


@cache
def _canonical() -> dict[str, str]:
    out = {}
    for group in _FORMS.replace("\n", " ").split(";"):
        names = [fold(w) for w in group.split()]
        for n in names:
            out.setdefault(sound_word(n), sound_word(names[0]))
    return out


def same_given_name(a: str, b: str) -> bool:
    """ "Nikos" / "Nikolaos", "Bill" / "William", "Dušan" / "Douchan": one given name."""
    # a given name's initial J is a Y in Slavic and German spellings ("Jordan" / "Yordan")
    a, b = ("y" + w[1:] if w[:1] == "j" else w for w in (a, b))
    sa, sb = sound_word(a), sound_word(b)
    canon = _canonical()
    return sa == sb or canon.get(sa, sa) == canon.get(sb, sb)


def opens_with_given_name(key: str) -> bool:
    """Does a folded two- or three-word name start with a common given name?"""
    toks = key.split()
    if not 2 <= len(toks) <= 3 or len(toks[0]) < 3:
        return False
    exact, sounds = _table()
    return toks[0] in exact or (len(toks[0]) >= SOUND_FROM and sound_word(toks[0]) in sounds)

"""Common given names (en, it, fr, sq, de, es), a data table for telling a byline's
"Name Surname" from a two-word headline. Written from general knowledge of common names in
these languages, not from any page of the bench; matched on folded spelling (accents off,
lowercase). Extend freely: a missing name only costs recall on bare-name bylines."""

from __future__ import annotations

_NAMES = """
# en
aaron abigail adam adrian aidan alan albert alex alexander alexandra alice alison amanda
amber amy andrea andrew angela ann anna anne annie anthony arthur ashley barbara ben
benjamin beth bethany bill bob bonnie brad brandon brenda brian bridget bruce caitlin
carl carol caroline catherine charles charlie charlotte chloe chris christine
christopher claire colin connor craig daniel danielle david dean deborah dennis derek
diana diane donald donna dorothy douglas duncan dylan edward eleanor elizabeth ellen
emily emma eric erin ethan evelyn fiona frances frank gary george georgia gordon grace
graham greg gregory hannah harold harriet harry heather helen henry holly ian isaac
isabel isabella jack jacob james jamie jane janet jason jeff jeffrey jennifer jenny
jeremy jessica jill joan joanna joe john jonathan joseph joshua joyce judith julia julie
justin karen kate katherine kathleen katie keith kelly kenneth kevin kim kyle laura
lauren lawrence leah liam linda lisa louise lucy luke lydia margaret maria marie mark
martha martin mary matthew megan melissa michael michelle mike molly nancy natalie
nathan neil nicholas nicola nicole noah oliver olivia owen pamela patricia patrick paul
paula peter philip rachel ralph rebecca richard robert robin roger ronald rose ruth
ryan sally samantha samuel sandra sara sarah scott sean sharon simon sophie stephanie
stephen steven stuart susan thomas timothy tom tony victoria vincent walter william zoe
# it
adriano agnese alberto alessandra alessandro alessio alfredo alice andrea angelo anna
antonella antonio arianna barbara beatrice benedetta bruno carla carlo carmela carmine
caterina cesare chiara claudia claudio corrado cristina cristiano daniela daniele dario
davide domenico donatella edoardo elena eleonora elisa emanuele emma enrico enzo ettore
fabio fabrizio federica federico filippo flavia francesca francesco franco gabriele
giacomo gianluca gianni giorgia giorgio giovanna giovanni giulia giulio giuseppe
giuseppina graziella guido ilaria irene laura leonardo lorenzo luca lucia luciano luigi
luisa manuela marcello marco margherita maria marina mario marta martina massimo matteo
maurizio michela michele mirko monica nadia nicola nicolò paola paolo piero pietro
raffaele renato riccardo roberta roberto rosa rossella salvatore sara serena sergio
silvia simona simone stefania stefano teresa tommaso umberto valentina valeria vincenzo
vittoria vittorio
# fr
adèle agathe agnès alain amélie anaïs antoine arnaud aurélie baptiste benoît bernard
brigitte camille céline charles chantal christophe claude clément clémence corinne
damien denis didier dominique émilie éric étienne fabien fabrice florence françois
françoise frédéric gaëlle geneviève gérard guillaume hélène henri hugo isabelle jacques
jean jeanne jérôme joël julien juliette laetitia laurent léa léon louis lucie manon
marc margaux marion mathieu mathilde maxime michel mireille nathalie nicolas noémie
olivier pascal patrice philippe pierre quentin raphaël régis rémi renaud romain sandrine
sébastien serge solène sophie stéphane sylvie thierry thibault valérie véronique
vincent virginie xavier yann yves
# sq
adriatik afrim agim agron albana albert alban alda altin anila arben ardit ardian
arjan arlind artan arta besa besnik blerina blerim brikena bujar dafina dardan
dhurata dorina drita dritan edi edmond elda elira elona elton endrit enkelejda erion
ermal eva fatos fatmir flutura gani genta gentian gezim ilir ilirjana jonida klajdi
klodian kujtim lindita liridona ledio majlinda marjana mimoza mirela mirjeta nertila
olsi ornela pranvera qemal rezarta rigels rudina shpend skender sokol sonila teuta
valbona valon vera vjollca xhevdet ylli zana zamira
# de
andreas anja annika axel barbara bernd birgit carsten christian christina claudia
dieter dirk elke erik felix florian frank franziska friedrich gabriele georg gerhard
günter hannah hans heike heinz helga helmut jan jana jens johanna jonas jörg jürgen
karin karl katharina kerstin klaus lars lena lukas maik manfred marcus markus martina
matthias max maximilian michael monika nils petra rainer ralf sabine sandra sebastian
stefan steffen susanne sven thomas thorsten tobias torsten ulrich ursula uwe volker
werner wolfgang
# es
adrián alba alberto alejandro alicia álvaro ana andrés ángel antonio beatriz carlos
carmen cristina daniel david diego elena enrique eva fernando francisco gabriel
gonzalo guillermo ignacio inés isabel jaime javier jesús jorge josé juan julia laura
lorena lucía luis manuel marcos maría marta miguel natalia nerea nuria pablo paloma
patricia pedro pilar rafael raquel ricardo rocío rosa rubén santiago sergio silvia
sofía teresa vicente
# shorter and cross-language forms
ana anne eva ida ines jan jon jose leo lia lina mia nina noa ole per pia rita tim tina
"""

FIRST_NAMES: frozenset[str] = frozenset(
    w for line in _NAMES.splitlines() if not line.startswith("#") for w in line.split()
)

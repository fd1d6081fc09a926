from claimmap.analyze.segment import paragraph_spans, segment, sentence_spans


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_do_not_split():
    text = (
        "Mr. Smith went to the U.S. yesterday. He met approx. 40 people at St. Mary's. "
        "Dr. J. R. Okafor spoke, e.g. about taxes. Then he left!"
    )
    assert sents(text) == [
        "Mr. Smith went to the U.S. yesterday.",
        "He met approx. 40 people at St. Mary's.",
        "Dr. J. R. Okafor spoke, e.g. about taxes.",
        "Then he left!",
    ]


def test_quotes_and_lowercase_continuations():
    text = '"Why now?" she asked. "Because." The vote was 7 to 2. It passed.'
    assert sents(text) == [
        '"Why now?" she asked.',
        '"Because."',
        "The vote was 7 to 2.",
        "It passed.",
    ]


def test_italian_and_albanian():
    it = "Il sig. Rossi è andato a Roma. Ha incontrato circa 40 persone, ecc. Poi è partito."
    assert sents(it) == [
        "Il sig. Rossi è andato a Roma.",
        "Ha incontrato circa 40 persone, ecc. Poi è partito.",
    ]
    sq = "Z. Hoxha tha se nr. 5 ishte gati. Ai u largua nga Durrësi."
    assert sents(sq) == ["Z. Hoxha tha se nr. 5 ishte gati.", "Ai u largua nga Durrësi."]


def test_offsets_point_into_the_text():
    text = "  First one.  Second one.\n"
    for s, e in sentence_spans(text):
        assert text[s:e].strip() == text[s:e]
    assert sents(text) == ["First one.", "Second one."]


def test_paragraphs_blank_lines_or_single_lines():
    assert paragraph_spans("a b\nc\n\n\nd e") == [(0, 5), (8, 11)]
    assert paragraph_spans("one\ntwo\n three ") == [(0, 3), (4, 7), (9, 14)]


def test_language_per_paragraph_and_short_lines_inherit():
    text = (
        "Council votes to rebuild the harbour warehouse\n\n"
        "The council voted on Monday to rebuild the warehouse that burned down last week, "
        "at a cost the treasurer put at three million dollars.\n\n"
        "Il consiglio comunale ha votato lunedì per ricostruire il magazzino bruciato la "
        "settimana scorsa, con un costo di tre milioni di dollari.\n\n"
        "Written by\nSam"
    )
    segs, main = segment("d", text, ("en", "it", "sq", "fr", "de"))
    paras = [s for s in segs if s.kind == "paragraph"]
    assert [p.lang for p in paras] == ["en", "en", "it", "it"]
    assert main == "en"
    sentences = [s for s in segs if s.kind == "sentence"]
    assert all(s.parent is not None for s in sentences)
    assert {s.lang for s in sentences if s.parent == 2} == {"it"}

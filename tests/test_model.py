from claimmap.model import Document, Span, doc_id_for, normalize_for_matching


def test_doc_id_is_content_address():
    a = Document(text="Same text.", source="a.txt")
    b = Document(text="Same text.", source="b.txt", title="other")
    c = Document(text="Same text!", source="a.txt")
    assert a.id == b.id == doc_id_for("Same text.")
    assert a.id != c.id
    assert len(a.id) == 16


def test_normalization_keeps_offsets():
    text = "Manëz — Durrës, “İstanbul” ﬁle: 2,745 MEMBERS"
    folded = normalize_for_matching(text)
    assert len(folded) == len(text)
    assert folded[: len("Manëz")] == "manez"
    i = text.index("2,745")
    assert folded[i : i + 5] == "2 745"


def test_span_rejects_backwards_ranges():
    import pytest

    with pytest.raises(ValueError):
        Span("x", 5, 2)
    assert Span("x", 2, 5).text("abcdefg") == "cde"

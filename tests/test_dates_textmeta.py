import pytest

from claimmap.ingest.dates import parse_date
from claimmap.ingest.textmeta import infer_meta


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Published on 17 May 2020 in SECURITY", ("2020-05-17", "day")),
        ("Northport Gazette, Northport, Vellmark, January 01 2020:", ("2020-01-01", "day")),
        ("March 23, 2018", ("2018-03-23", "day")),
        ("2020-05-24T10:00:00Z", ("2020-05-24", "day")),
        ("06.01.2018", ("2018-01-06", "day")),
        ("maggio 2021", ("2021-05", "month")),
        ("12 gennaio 2021", ("2021-01-12", "day")),
        ("le 3 février 2022", ("2022-02-03", "day")),
        ("2019", ("2019", "year")),
        ("31 February 2020", None),
        ("no date here, 12 apples", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_month_first_when_asked():
    assert parse_date("06.01.2018", day_first=False) == ("2018-06-01", "day")


def test_dateline_with_outlet_and_places():
    m = infer_meta(
        "Storm hits the coast\n\nCoastal Ledger, Northport, Vellmark, January 05 2021: Rain."
    )
    assert (m.title, m.outlet, m.published) == (
        "Storm hits the coast",
        "Coastal Ledger",
        "2021-01-05",
    )


def test_headline_glued_to_byline_is_dropped():
    text = "Storm Hits The Coast\n\nStorm Hits The Coast Lena Ortiz, Coastal Ledger, May 24 2020:… Rain."
    m = infer_meta(text)
    assert (m.author, m.outlet, m.published) == ("Lena Ortiz", "Coastal Ledger", "2020-05-24")


def test_published_on_with_generic_author():
    m = infer_meta("T\n\nPublished on 17 May 2020 in SECURITY by admin\n\nText.")
    assert m.published == "2020-05-17" and m.author is None


def test_written_by_and_publication_lines():
    assert infer_meta("T\n\nWritten by\nSam Whitlock\n\nText.").author == "Sam Whitlock"
    m = infer_meta(
        "Placeholder canvas\n\nReal Title\n\nPublication: Harbour Monitor Volume: 3 Issue: 9"
    )
    assert (m.title, m.outlet) == ("Real Title", "Harbour Monitor")


def test_italian_byline():
    m = infer_meta("Titolo\n\nPubblicato il 4 marzo 2021 da Giulia Ferri\n\nTesto.")
    assert (m.published, m.author) == ("2021-03-04", "Giulia Ferri")


def test_nothing_invented():
    m = infer_meta("Just a title\n\nA paragraph without any byline or date at all.")
    assert (m.author, m.outlet, m.published) == (None, None, None)


def test_translator_is_the_publisher():
    text = (
        "A headline\n\n(Translated by Harbour Wire)\nLink to the original article (Italian)\n\n"
        "By Giulia Ferri, Gazzetta del Porto, May 2 2022\n\n"
        "Published on 4 May 2022 in PRESS REVIEW by Harbour Wire\n\nBody."
    )
    m = infer_meta(text)
    # the byline is the original article's: its author and outlet are not the page's
    assert (m.outlet, m.author, m.published) == ("Harbour Wire", None, "2022-05-04")


def test_repost_excerpt_outlet_is_not_the_page_outlet():
    text = (
        "Raid Exposes Camp\n\nRaid Exposes Camp Lena Ortiz, Coastal Ledger, March 15 2022:… Police "
        "raided the camp.\n\nPublished on 16 March 2022 in SECURITY by admin\n\nThe following report…"
    )
    m = infer_meta(text)
    assert (m.outlet, m.author, m.published) == (None, None, "2022-03-16")

"""Date resolution against published_at, and money amounts."""

from __future__ import annotations

import datetime as dt

import pytest

from diplo.processors.coder import parse_amount
from diplo.processors.dates import resolve_date

WED = dt.date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("today", False, "2024-03-13"),
        ("on Monday", False, "2024-03-11"),
        ("Wednesday", False, "2024-03-13"),
        ("on Friday", True, "2024-03-15"),
        ("last week", False, "2024-03"),
        ("last month", False, "2024-02"),
        ("next month", True, "2024-04"),
        ("last year", False, "2023"),
        ("early next year", True, "2025"),
        ("the end of this year", True, "2024"),
        ("in June of this year", True, "2024-06"),
        ("in October", False, "2023-10"),
        ("in October", True, "2024-10"),
        ("January-February of 2022", False, "2022"),
        ("May 2021", False, "2021-05"),
        ("Sept 9", False, "2023-09-09"),
        ("March 9", False, "2024-03-09"),
        ("for years", False, None),
    ],
)
def test_resolve_date(text, future, expected):
    assert resolve_date(text, WED, future) == expected


def test_resolve_date_without_published_date_keeps_only_explicit_years():
    assert resolve_date("last week", None) is None
    assert resolve_date("March 2020", None) == "2020-03"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$2.5 billion", 2.5e9, "USD"),
        ("€40 million", 4e7, "EUR"),
        ("120,000 manats", 1.2e5, "AZN"),
        ("3 trillion yen", 3e12, "JPY"),
        ("an undisclosed sum", None, None),
        ("23,000 taka", 2.3e4, "BDT"),
        ("25 billion naira", 2.5e10, "NGN"),
        ("5 million Swiss francs", 5e6, "CHF"),
        ("A$25 million", 2.5e7, "AUD"),
        ("40 million Australian dollars", 4e7, "AUD"),
        ("300 million dinars", 3e8, None),  # Iraqi, Jordanian, Libyan, ...: money of no one currency
    ],
)
def test_parse_amount(text, value, currency):
    amount = parse_amount(text)
    assert amount.text == text and amount.value == value and amount.currency == currency


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("BAKU , Nov 18 — Police said".split(), 4),
        ("AL AIN , United Arab Emirates , Jan 29 - Japan".split(), 9),
        ("A Brazil - India - South Africa summit".split(), None),
        ("NATO - Russia talks".split(), None),
        # a state news agency's dateline, place and date closed by full stops (before: not read as a dateline, so
        # the agency's name became the lead sentence's subject)
        ("TASHKENT . April 23 . KAZINFORM – Within the framework".split(), 6),
        ("NATO . The alliance met in Brussels".split(), None),
        ("Talks resumed on Monday".split(), None),
        # a dateline with no date, the agency in brackets (before: the place became the lead's subject)
        ("KHARTOUM ( Reuters ) - Sudan 's army".split(), 4),
        ("NEW DELHI ( AFP ) – India and Brazil".split(), 5),
        ("UN ( United Nations ) agency".split(), None),
        # a place in title case, with a month or the agency before the dash (before: no dateline, so the story had
        # no home country and "15 December" dated its first event)
        ("Tbilisi , 15 December - Georgian police".split(), 4),
        ("The Hague , Dec. 1 ( Reuters ) - Judges".split(), 8),
        ("Manila ( AFP ) - The".split(), 4),
        ("Russia , Ukraine agree on May 9 truce - officials".split(), None),
        ("Kenya , Uganda and Tanzania - the three".split(), None),
        ("Moscow , Beijing - talks".split(), None),
        # a place spelt with an apostrophe or a hyphen (before: no dateline)
        ("N'DJAMENA , Nov 28 - Chad said".split(), 4),
        ("PORT-AU-PRINCE , March 3 - Gangs".split(), 4),
        # a bare dash after the place, a lead sentence running on after it (before: no dateline, so "NIAMEY - Niger"
        # was one name and the story's first party was lost)
        ("NIAMEY - Niger 's military rulers ordered French Ambassador Sylvain Itte to leave the country".split(), 1),
        ("UNITED NATIONS — Russia on Monday vetoed a U.N. Security Council draft resolution calling for".split(), 2),
        # a story filed from two capitals (before: no dateline, so the date ran on into the lead's first name)
        ("KUALA LUMPUR / NAYPYITAW , June 2 - Malaysia said".split(), 7),
        ("MOSCOW / KYIV , March 3 ( Reuters ) - Talks".split(), 9),
        ("MOSCOW / Kyiv , March 3 - Talks".split(), None),  # the second name is no dateline's
        ("NATO - Russia talks resume in Brussels".split(), None),  # a headline ends before a dozen words
        ("EU - Ukraine trade deal extended for three more years as farmers protest in Warsaw".split(), None),
    ],
)
def test_dateline_end(words, expected):
    from diplo.processors.doc import dateline_end

    assert dateline_end(words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAKU , Nov 18 — Police said", (0, 4)),
        # a headline or a byline line before it (before: the dateline was looked for at the text's start only, so
        # the story had no home country and the headline ran into the lead sentence)
        ("Iran , Russia sign gas deal|\n|TEHRAN , May 3 - Iran", (7, 11)),
        ("By John Smith|\n|Iran sign|\n|TEHRAN , May 3 - Iran", (7, 11)),
        ("One|\n|Two|\n|Three|\n|TEHRAN , May 3 - Iran", None),  # the fourth line is no lead
        ("Talks resumed on Monday", None),
        ("Niger orders expulsion of French ambassador|\n|NIAMEY - Niger 's military rulers ordered French Ambassador "
         "Sylvain Itte to leave the country within 48 hours", (7, 8)),
    ],
)
def test_dateline_at(text, expected):
    from diplo.processors.doc import dateline_at

    words = [w for part in text.split("|") for w in (part.split() if not part.isspace() else [part])]
    assert dateline_at(words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote closing a paragraph stays with its sentence; the next paragraph opens one (before: the parser
        # handed the closing mark, and the line break, to the next paragraph's first sentence)
        ('" We will answer . "|\n\n|Police said', {5: False, 7: True}),
        ("He left .|\n|Police said", {4: True}),
        ("the talks|\n\n|Police said", {3: True}),  # a blank line ends a paragraph with no stop (a headline)
        ("the talks on|\n|trade", {}),  # a line break inside a sentence (text wrapped at a width)
        ('" We will , "|\n|he said', {}),
        ("He left .|  |Police said", {}),
    ],
)
def test_paragraph_breaks(text, expected):
    from diplo.processors.doc import paragraph_breaks

    words = [w for part in text.split("|") for w in (part.split() if not part.isspace() else [part])]
    assert paragraph_breaks(words) == expected

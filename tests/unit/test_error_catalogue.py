"""The error catalogue (processors/errors.py): codes fixed at creation, checked, and the README's table kept in step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplo.processors.errors import REASONS, ArticleError, DiploError, reason
from diplo.streams.codec import DecodeError
from diplo.streams.errors import BrokerError
from diplo.streams.storage.errors import StorageDataError, StorageError

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- reasons:start (generated from processors/errors.py) -->", "<!-- reasons:end -->"


def readme_table() -> str:
    """The README's dead-letter table as the catalogue says it should be."""
    lines = ["| reason_code | stage | meaning |", "|---|---|---|"]
    lines += [f"| `{r.code}` | {', '.join(r.stages)} | {r.meaning} |" for r in REASONS.values() if r.stages]
    return "\n".join(lines)


def test_the_readme_table_is_the_catalogue() -> None:
    text = README.read_text()
    found = text[text.index(START) + len(START):text.index(END)].strip()
    assert found == readme_table(), f"regenerate the README table between the markers:\n{readme_table()}"


def test_a_code_is_fixed_when_the_error_is_created() -> None:
    error = ArticleError("article x: text is empty", "empty_text")
    with pytest.raises(AttributeError):
        error.reason_code = "bad_json"  # type: ignore[misc]  # the assignment that must fail
    assert (error.reason_code, ArticleError("x").reason_code, DiploError("x").reason_code) == (
        "empty_text", "invalid_article", "error")


def test_an_uncatalogued_code_fails_at_creation_not_in_a_dead_letter_consumer() -> None:
    with pytest.raises(KeyError):
        DecodeError("x", "no_such_reason")
    with pytest.raises(KeyError):
        type("Bad", (DiploError,), {"reason_code": "no_such_reason"})


def test_classes_caught_by_type_keep_their_place_in_the_hierarchy() -> None:
    assert issubclass(StorageDataError, StorageError) and issubclass(BrokerError, DiploError)
    assert StorageDataError("x").reason_code == "storage_rejected"
    assert StorageDataError.__doc__ == REASONS["storage_rejected"].meaning


def test_http_statuses_share_one_entry_and_codes_are_words() -> None:
    assert reason("http_503") is reason("http_404") is REASONS["http_<status>"]
    assert all(re.fullmatch(r"[a-z0-9_]+|http_<status>", code) for code in REASONS)

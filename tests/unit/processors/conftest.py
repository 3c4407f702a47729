"""Fixtures for processor tests: the trained pipeline is loaded once per session."""

from __future__ import annotations

import pytest
import spacy

from diplo.processors.records import Article


@pytest.fixture(scope="session")
def extractor():
    from diplo.processors.extract import make_extractor

    return make_extractor()


@pytest.fixture(scope="session")
def blank_nlp():
    return spacy.blank("en")


@pytest.fixture
def extract_text(extractor):
    """Extract one article from text (published 2024-03-13, a Wednesday)."""

    def run(text: str, published_at: str = "2024-03-13"):
        return extractor.extract(Article(id="t", text=text, published_at=published_at))

    return run

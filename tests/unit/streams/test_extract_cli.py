"""Issue 14: `diplo extract` ends with a one-line summary on stderr, and events carry the article's url."""

from __future__ import annotations

import json
import re

import pytest

from diplo.streams.cli import main

pytestmark = pytest.mark.model


def test_extract_summary_and_url(tmp_path, capsys, seed_article):
    source = tmp_path / "in.jsonl"
    with_url = {**seed_article, "url": "https://vestnikkavkaza.net/seed"}
    source.write_text(json.dumps(with_url) + "\n" + json.dumps({"id": "empty", "text": " "}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{source}:2: article empty: text is empty"
    assert re.fullmatch(r"Extracted 1 article\(s\): (\d+) event\(s\), 1 rejected, \d+\.\d s\.", err[1]), err
    assert err[2] == "Error: 1 of 2 article(s) could not be extracted (reasons above)"
    [line] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert int(re.search(r"(\d+) event", err[1]).group(1)) == len(line["events"]) > 0
    assert {e["url"] for e in line["events"]} == {"https://vestnikkavkaza.net/seed"}
    assert all(e["why"] == [] or isinstance(e["why"], list) for e in line["events"])


def test_an_article_over_the_entity_cap_is_one_rejection_not_the_end_of_the_run(tmp_path, capsys, monkeypatch):
    """Issue 13 item 11: `diplo extract` reports a list of names over DIPLO_MAX_ENTITIES and codes the rest."""
    monkeypatch.setenv("DIPLO_MAX_ENTITIES", "3")
    source = tmp_path / "in.jsonl"
    rows = [{"id": "names", "text": "Kenya, Uganda, Chile, Peru and Bolivia."},
            {"id": "news", "text": "Kenya and Uganda signed a trade deal in Nairobi."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{source}:1: article names: its first sentence alone names more than 3 entities"
    assert [json.loads(x)["article_id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["news"]

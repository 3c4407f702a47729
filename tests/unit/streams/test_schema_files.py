"""Issue 14 item 7: every schema file stands alone, and Alert's inlined event is the DiplomaticEvent schema."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from fastavro.schema import parse_schema

ROOT = resources.files("diplo.schemas")
FILES = sorted(e.name for e in ROOT.iterdir() if e.name.endswith(".avsc"))
HISTORY = sorted(e.name for e in ROOT.joinpath("history").iterdir() if e.name.endswith(".avsc"))


def _load(*parts: str) -> dict:
    return json.loads(ROOT.joinpath(*parts).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", FILES + [f"history/{h}" for h in HISTORY])
def test_each_file_parses_alone(name: str) -> None:
    parse_schema(_load(*name.split("/")), named_schemas={})  # no other file's types available


def test_alert_carries_the_current_diplomatic_event() -> None:
    event = next(f["type"] for f in _load("Alert.avsc")["fields"] if f["name"] == "event")
    assert event == _load("DiplomaticEvent.avsc"), (
        "schemas/Alert.avsc inlines DiplomaticEvent: after changing DiplomaticEvent.avsc, paste it as the type of "
        "Alert's `event` field, and keep the old Alert in schemas/history/")

"""Window thresholds: tumbling and hopping windows, firing once, late events, bounded state."""

from __future__ import annotations

import json

from diplo.processors.alert_windows import add_event, window_starts

TUMBLING = {"min_events": 3, "size_seconds": 60, "step_seconds": None}
HOPPING = {"min_events": 2, "size_seconds": 60, "step_seconds": 30}


def test_window_starts() -> None:
    assert window_starts(125, 60, None) == [120.0]
    assert window_starts(120, 60, None) == [120.0]
    assert window_starts(125, 60, 20) == [80.0, 100.0, 120.0]


def _feed(window: dict, events: list[tuple[float, str]]) -> tuple[dict, list]:
    state, fired = None, []
    for ts, event_id in events:
        state, now = add_event(state, window, ts, event_id)
        fired += now
    return state, fired


def test_tumbling_fires_once_at_the_threshold_with_its_events() -> None:
    state, fired = _feed(TUMBLING, [(1, "a"), (2, "b")])
    assert fired == []
    state, fired = add_event(state, TUMBLING, 3, "c")
    assert [(w.start, w.end, w.event_ids) for w in fired] == [(0.0, 60.0, ["a", "b", "c"])]
    state, fired = add_event(state, TUMBLING, 4, "d")
    assert fired == []
    json.dumps(state)  # the state is a table value: JSON only


def test_a_repeated_event_counts_once() -> None:
    _, fired = _feed(TUMBLING, [(1, "a"), (2, "a"), (3, "a"), (4, "b")])
    assert fired == []


def test_events_in_different_tumbling_windows_do_not_add_up() -> None:
    _, fired = _feed(TUMBLING, [(50, "a"), (59, "b"), (61, "c"), (70, "d")])
    assert fired == []


def test_hopping_windows_each_fire_once() -> None:
    _, fired = _feed(HOPPING, [(40, "a"), (50, "b")])
    assert [(w.start, w.event_ids) for w in fired] == [(0.0, ["a", "b"]), (30.0, ["a", "b"])]
    _, fired = _feed(HOPPING, [(50, "a"), (70, "b")])
    assert [(w.start, w.event_ids) for w in fired] == [(30.0, ["a", "b"])]


def test_old_windows_are_dropped_and_late_events_ignored() -> None:
    state, _ = _feed(TUMBLING, [(1, "a"), (1000, "b")])
    assert list(state["windows"]) == ["960.000"]
    state, fired = add_event(state, TUMBLING, 2, "late")
    assert fired == [] and list(state["windows"]) == ["960.000"]

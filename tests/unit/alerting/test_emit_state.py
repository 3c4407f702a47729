"""The transactional emit stage's state without a broker: a batch's writes are staged, committed or dropped whole."""

from __future__ import annotations

from diplo.streams.alerting.emit import EmitState
from diplo.streams.alerting.matching import AlertEmitter
from tests.unit.alerting.sample import make_event
from tests.unit.alerting.test_stages import CODEC, SETTINGS, View, _candidates, _sub


def _emit(state: EmitState, view: View, candidates: list) -> tuple[list[str], list]:
    """One batch as TransactionalEmit.publish runs it: (alert ids, changelog records); the state is not touched."""
    seen, windows = state.staged()
    emitter = AlertEmitter(view, CODEC, SETTINGS, seen, windows)
    alerts = []
    for message in candidates:
        records, updates = emitter.process(message, 100.0)
        emitter.commit(updates)
        alerts += [CODEC.decode(r.value)[1]["alert_id"] for r in records]
    return alerts, (seen, windows)


def test_an_aborted_batch_leaves_no_trace_and_is_emitted_again_in_full() -> None:
    view = View(_sub("aze", filter={"countries": ["AZE"]}))
    state = EmitState()
    candidates = _candidates(view, make_event("e:1"), make_event("e:1"), make_event("e:2"))
    first, _ = _emit(state, view, candidates)  # the transaction aborted (crash): nothing applied
    assert len(first) == 2 and state == EmitState()
    again, staged = _emit(state, view, candidates)
    assert again == first, "the redone batch must give the same alerts, once each"
    state.apply(*staged)
    assert _emit(state, view, candidates)[0] == [], "a committed (subscription, event) is never alerted again"


def test_the_changelog_restores_exactly_the_committed_state() -> None:
    view = View(_sub("aze", filter={"countries": ["AZE"]}),
                _sub("burst", filter={"countries": ["AZE"]}, window={"min_events": 3, "size_seconds": 3600}))
    state = EmitState()
    _, staged = _emit(state, view, _candidates(view, make_event("e:1"), make_event("e:2")))
    changes = EmitState.changes("state-topic", *staged)
    state.apply(*staged)
    restored = EmitState.from_changelog({key: value for _, key, value in changes})
    assert restored == state
    assert {k.decode().split("|")[0] for _, k, _ in changes} == {"seen", "window"}
    fired, _ = _emit(restored, view, _candidates(view, make_event("e:3")))
    assert len(fired) == 2, f"after a restore: one alert for aze and the window's third event fires: {fired}"

"""settle_loaded_heap: what is alive when it runs is out of the collector's sight, young collections are rarer."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from diplo.streams.heap import YOUNG_THRESHOLD, settle_loaded_heap


@pytest.fixture
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_loaded_objects_are_frozen_and_young_threshold_raised(restored_gc: None) -> None:
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    kept = [[k] for k in range(1000)]  # stands in for a loaded model: tracked containers that stay
    settle_loaded_heap()
    assert gc.get_freeze_count() >= len(kept)
    scanned = {id(obj) for generation in range(3) for obj in gc.get_objects(generation=generation)}
    assert not any(id(x) in scanned for x in kept)
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)


def test_a_higher_threshold_is_kept(restored_gc: None) -> None:
    gc.set_threshold(50_000, 20, 20)
    settle_loaded_heap()
    assert gc.get_threshold() == (50_000, 20, 20)

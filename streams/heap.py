"""Keep Python's cyclic garbage collector off what a worker loads once and keeps.

A full collection walks every tracked object, and once the spaCy model, the gazetteer and
the event classifier are loaded that is a large heap that lives as long as the process.
Coding allocates many small objects (a token record per word, candidate and feature lists),
so at the default thresholds the collector runs often and its older generations rescan that
heap: about 3% of ``extract_many`` time on bench/corpus.py articles. Frozen, the loaded heap
is never scanned; a higher first threshold makes the young collections rarer. Cycles are
still collected, so memory stays bounded (peak RSS unchanged in bench/pipeline.py).

This is process policy, so it lives here and not in ``processors/``: code that embeds the
extractor in its own process keeps its own collector settings.
"""

from __future__ import annotations

import gc

__all__ = ["YOUNG_THRESHOLD", "settle_loaded_heap"]

YOUNG_THRESHOLD = 10_000  # allocations between young collections (CPython's default: 700)


def settle_loaded_heap() -> None:
    """Call once the model is loaded: freeze what is alive, collect young objects less often.

    No collection first: loading leaves about a hundred unreachable objects, and a full pass costs 0.05 s of
    start-up, which ``diplo extract`` on a small file would feel."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), middle, old)

"""Extraction quality cannot fall silently: floors on the project's own held-out files, scored as `diplo eval` does.

The floors sit a little under the figures measured when the learned classifier was shipped (README,
"Event coding, and how good it is"); a change that lowers them must say so by moving a floor here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplo.processors.coding.corpus import read_corpus
from diplo.processors.evaluation import evaluate, load_gold
from diplo.processors.piece_evaluation import score_articles

pytestmark = pytest.mark.model

HERE = Path(__file__).resolve().parent
TESTS = HERE.parents[1]

# file -> (events F1, events precision, entities F1, modality accuracy on matched events)
FLOORS = {
    TESTS / "data" / "heldout_dev.jsonl": (0.78, 0.85, 0.96, 0.95),  # measured 0.831, 0.892, 0.994, 1.000
    HERE / "data" / "blind_check.jsonl": (0.72, 0.78, 0.97, 0.94),  # measured 0.932, 0.944, 0.988, 0.971
    # written by a helper session that never saw the rules (tests/data/README.md): the dev file was tuned on, the
    # held-out one only scored (events F1 0.441 at be13298, before the session's changes)
    TESTS / "data" / "written_apart_dev.jsonl": (0.77, 0.86, 0.93, 0.95),  # measured 0.821, 0.929, 0.967, 1.000
    TESTS / "data" / "written_apart_heldout.jsonl": (0.42, 0.48, 0.85, 0.94),  # measured 0.505, 0.567, 0.887, 0.982
    # a second set, two helper sessions of the nineteenth session, under the same rules; only scored
    TESTS / "data" / "written_apart_heldout2.jsonl": (0.47, 0.55, 0.89, 0.90),  # measured 0.573, 0.638, 0.928, 0.939
    # a third pair, two helper sessions of the thirty-first session: one half tuned on, the other only scored
    TESTS / "data" / "written_apart_dev2.jsonl": (0.68, 0.85, 0.92, 0.95),  # measured 0.729, 0.897, 0.958, 1.000
    TESTS / "data" / "written_apart_heldout3.jsonl": (0.49, 0.59, 0.86, 0.88),  # measured 0.545, 0.667, 0.890, 0.933
    # a fourth pair, two helper sessions of the thirty-fourth session: one half tuned on, the other only scored
    TESTS / "data" / "written_apart_dev3.jsonl": (0.62, 0.65, 0.92, 0.95),  # measured 0.669, 0.697, 0.956, 0.988
    TESTS / "data" / "written_apart_heldout4.jsonl": (0.52, 0.59, 0.90, 0.88),  # measured 0.571, 0.641, 0.938, 0.924
    # a fifth pair, two helper sessions of the thirty-fifth session: one half tuned on, the other only scored
    TESTS / "data" / "written_apart_dev5.jsonl": (0.50, 0.67, 0.88, 0.87),  # measured 0.550, 0.725, 0.915, 0.914
    TESTS / "data" / "written_apart_heldout5.jsonl": (0.53, 0.66, 0.86, 0.88),  # measured 0.557, 0.685, 0.896, 0.934
    # a sixth pair, two helper sessions of the thirty-sixth session: one half tuned on, the other only scored
    TESTS / "data" / "written_apart_dev6.jsonl": (0.63, 0.74, 0.87, 0.95),  # measured 0.680, 0.789, 0.907, 0.988
    TESTS / "data" / "written_apart_heldout6.jsonl": (0.53, 0.61, 0.86, 0.90),  # measured 0.577, 0.664, 0.893, 0.949
    # a seventh pair, two helper sessions of the thirty-seventh session: one half tuned on, the other only scored
    TESTS / "data" / "written_apart_dev7.jsonl": (0.50, 0.66, 0.89, 0.90),  # measured 0.552, 0.711, 0.924, 0.953
    TESTS / "data" / "written_apart_heldout7.jsonl": (0.48, 0.60, 0.89, 0.92),  # measured 0.526, 0.644, 0.921, 0.969
}


@pytest.mark.parametrize("path", sorted(FLOORS), ids=lambda p: p.name)
def test_heldout_figures_stay_above_their_floors(path: Path, extractor) -> None:
    gold = load_gold(path)
    report = evaluate(gold, extractor.extract_many([g.article for g in gold]))
    f1, precision, entities, modality = FLOORS[path]
    assert report.events.f1 >= f1, f"events F1 {report.events.f1:.3f} < {f1}"
    assert report.events.precision >= precision, f"events precision {report.events.precision:.3f} < {precision}"
    assert report.entities["ALL"].f1 >= entities, f"entities F1 {report.entities['ALL'].f1:.3f} < {entities}"
    assert report.modality_correct / report.modality_total >= modality
    assert report.false_events_on_no_event_articles <= 1


def test_whole_articles_labelled_piece_by_piece_stay_above_their_floors(extractor) -> None:
    """tests/data/article_pieces.jsonl (85 articles written apart, in the corpus format): events F1 and precision,
    as bench/article_pieces.py scores them (measured 0.664 and 0.727 at the twentieth session's end)."""
    figures = score_articles(list(read_corpus([TESTS / "data" / "article_pieces.jsonl"])), extractor.extract_many)
    assert figures["articles"] == 85
    assert figures["f1"] >= 0.63, figures
    assert figures["precision"] >= 0.69, figures

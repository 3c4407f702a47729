"""Build processors/data/word_clusters.tsv from spaCy's en_core_web_md static vectors (a build step, not run time).

Usage: .venv/bin/python scripts/build_word_clusters.py MODEL_DIR, where MODEL_DIR holds the unpacked
model's ``vocab/`` and ``lemmatizer/`` (processors/data/README.md says where to get it). Deterministic
for the seed in ``diplo.processors.coding.word_clusters``; about 20 s on 2 cores.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from spacy.lookups import Lookups
from spacy.vocab import Vocab

from diplo.processors.coding.word_clusters import LEVELS, SEED


def build_word_clusters(model_dir: Path) -> list[str]:
    """The lines of word_clusters.tsv from an unpacked en_core_web_md (deterministic for its seed).

    The fine level clusters the model's distinct vectors (rare words share the row of a frequent one);
    each coarser level clusters the centroids of the level below, so the three levels nest."""
    vocab = Vocab().from_disk(model_dir / "vocab")
    index = Lookups().from_disk(model_dir / "lemmatizer" / "lookups").get_table("lemma_index")
    words = {w for pos in index for w in index[pos] if w.isalpha() and w.islower() and len(w) > 1}
    vectors = vocab.vectors
    rows = {w: vectors.key2row[vocab.strings[w]] for w in words
            if w in vocab.strings and vocab.strings[w] in vectors.key2row}
    used = sorted(set(rows.values()))

    def unit(x: np.ndarray) -> np.ndarray:
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    fine, middle, coarse = (KMeans(n, n_init=n_init, random_state=SEED)
                            for n, n_init in zip(reversed(LEVELS), (1, 4, 8), strict=True))
    fine.fit(unit(vectors.data[used]))
    middle.fit(unit(fine.cluster_centers_))
    coarse.fit(unit(middle.cluster_centers_))
    of_row = {r: int(fine.labels_[n]) for n, r in enumerate(used)}
    lines = []
    for w in sorted(rows):
        c3 = of_row[rows[w]]
        c2 = int(middle.labels_[c3])
        lines.append(f"{w}\t{int(coarse.labels_[c2])}\t{c2}\t{c3}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: build_word_clusters.py MODEL_DIR", file=sys.stderr)
        return 2
    lines = build_word_clusters(Path(argv[0]))
    target = Path(__file__).resolve().parent.parent / "processors" / "data" / "word_clusters.tsv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines):,} words to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

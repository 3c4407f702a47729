"""The trained event classifier as shipped: two linear heads over named features, applied with numpy.

``event`` head: NONE or an event class ("04:CONSULT", "08:RETREAT", "02:-"); ``modality`` head:
ASSERTED, PLANNED, NEGATED, HYPOTHETICAL. Stored as ``<name>.npz`` (weights) and ``<name>.json``
(name, version, feature index, classes, each class's base CAMEO code, training figures), so the
model is data, not a pickle, and loads without scikit-learn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import DiploError

__all__ = ["NONE", "EventModel", "ModelFileError", "Prediction", "load_event_model", "class_of_code",
           "MODEL_NAME"]

NONE = "NONE"
MODEL_NAME = "event_classifier"


class ModelFileError(DiploError):
    """The event classifier's files are missing or unreadable (retrain with ``diplo train``)."""

    reason_code = "model_file"


def class_of_code(cameo: str, plover: str | None) -> str:
    """The classifier's label for a CAMEO code: root and PLOVER type ("08:RETREAT", "01:-")."""
    return f"{cameo[:2]}:{plover or '-'}"


@dataclass(frozen=True, slots=True)
class Prediction:
    """Per candidate: the best event class and its probability, P(no event), and the modality head's answer."""

    label: str
    probability: float
    none_probability: float
    probabilities: dict[str, float]
    modality: str
    modality_probability: float


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class EventModel:
    """Linear heads over a shared feature index; ``predict`` takes the feature dicts of many candidates."""

    def __init__(self, meta: dict, weights: dict[str, np.ndarray]):
        self.meta = meta
        self.name: str = meta["name"]
        self.version: str = meta["version"]
        self.index: dict[str, int] = meta["features"]
        self.classes: list[str] = meta["classes"]
        self.modalities: list[str] = meta["modalities"]
        self.base_codes: dict[str, str] = meta["base_codes"]
        # float64 once here: the sparse product would otherwise widen the float32 file's weights on every call
        self.event_w, self.event_b = weights["event_w"].astype(np.float64), weights["event_b"].astype(np.float64)
        self.mod_w, self.mod_b = weights["modality_w"].astype(np.float64), weights["modality_b"].astype(np.float64)

    def _matrix(self, rows: list[dict[str, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse rows as (row ids, feature ids, values) for the features the model knows."""
        get = self.index.get
        cols = [get(name, -1) for feats in rows for name in feats]  # one flat pass: this runs on every candidate
        vals = [value for feats in rows for value in feats.values()]
        ids = np.repeat(np.arange(len(rows), dtype=np.int64), [len(feats) for feats in rows])
        c = np.asarray(cols, dtype=np.int64)
        known = c >= 0
        return ids[known], c[known], np.asarray(vals, dtype=np.float32)[known]

    @staticmethod
    def _scores(r: np.ndarray, c: np.ndarray, v: np.ndarray, n: int,
                heads: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
        """Sparse rows times each head's ``w`` plus its ``b``: each row's weights summed, in numpy alone (``r`` is
        sorted, as ``_matrix`` builds it; importing scipy.sparse for this product cost 0.2 s of every start-up).
        The rows' segments are found once for all heads."""
        counts = np.bincount(r, minlength=n)
        filled = counts > 0
        starts = (np.cumsum(counts) - counts)[filled]
        values = v[:, None].astype(np.float64)
        out = []
        for w, b in heads:
            scores = np.tile(b, (n, 1))
            if starts.size:
                scores[filled] += np.add.reduceat(w[c] * values, starts, axis=0)
            out.append(scores)
        return out

    def predict(self, rows: list[dict[str, float]]) -> list[Prediction]:
        if not rows:
            return []
        r, c, v = self._matrix(rows)
        event, mod = (_softmax(s) for s in self._scores(r, c, v, len(rows), [(self.event_w, self.event_b),
                                                                             (self.mod_w, self.mod_b)]))
        none = self.classes.index(NONE)
        out = []
        for n in range(len(rows)):
            probs = event[n].copy()
            probs[none] = -1.0
            best = int(probs.argmax())
            m = int(mod[n].argmax())
            out.append(Prediction(self.classes[best], float(event[n, best]), float(event[n, none]),
                                  {k: float(p) for k, p in zip(self.classes, event[n], strict=True)},
                                  self.modalities[m], float(mod[n, m])))
        return out

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(folder / f"{self.name}.npz", event_w=self.event_w.astype(np.float32),
                            event_b=self.event_b.astype(np.float32), modality_w=self.mod_w.astype(np.float32),
                            modality_b=self.mod_b.astype(np.float32))
        (folder / f"{self.name}.json").write_text(json.dumps(self.meta, sort_keys=True) + "\n", encoding="utf-8")


def read_event_model(folder: Path, name: str = MODEL_NAME) -> EventModel:
    """Load a model written by ``EventModel.save``; a missing or broken file is a ModelFileError."""
    try:
        meta = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        with np.load(folder / f"{name}.npz") as npz:
            weights = {k: npz[k] for k in npz.files}
        return EventModel(meta, weights)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelFileError(f"cannot load the event classifier from {folder} ({exc}); run `diplo train`") from None


@lru_cache(maxsize=1)
def load_event_model() -> EventModel:
    """The model shipped as package data (processors/data/model/)."""
    folder = Path(str(resources.files("diplo.processors").joinpath("data", "model")))
    return read_event_model(folder)

"""Training the event classifier (``training.train_model``, ``diplo train``) on small slices of the corpus.

These parse with the real spaCy pipeline (marker ``model``), built as ``diplo train`` builds it: the
RULES_ONLY_ROLES extractor (parse and actors, no shipped classifier). The sentences the trained
model is asked about are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from diplo.processors.coding.candidates import find_clause_candidates
from diplo.processors.coding.corpus import CorpusText, corpus_files, read_corpus
from diplo.processors.coding.features import SentenceCues, candidate_features
from diplo.processors.coding.model import NONE, EventModel, read_event_model
from diplo.processors.coding.training import train_model
from diplo.processors.nlp import parse_many
from diplo.processors.records import Article
from diplo.streams.cli import main

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO / "corpus" / "events"
PER_FILE = 30  # the first texts of each corpus file: every root band, ~220 texts in all

ACCUSATION = "Ghana's foreign minister accused Togo of harbouring rebels."
MATCH = "Ghana beat Togo 2-1 in the Africa Cup of Nations final on Sunday, with two late goals from the striker."


def corpus_slice(per_file: int = PER_FILE, per_modality: int = 6) -> list[CorpusText]:
    """The first texts of each file, plus the first few with a negated and with a hypothetical event, so the
    modality head sees all four modalities."""
    out: list[CorpusText] = []
    wanted = {"negated": per_modality, "hypothetical": per_modality}
    for path in corpus_files(CORPUS):
        texts = list(read_corpus([path]))
        out += texts[:per_file]
        for t in texts[per_file:]:
            mods = {e.modality for e in t.events if wanted.get(e.modality)}
            if mods:
                out.append(t)
                for m in mods:
                    wanted[m] -= 1
    return out


@pytest.fixture(scope="module")
def rules_extractor():
    from diplo.processors.extract import Extractor
    from diplo.processors.registry import RULES_ONLY_ROLES

    return Extractor(roles=RULES_ONLY_ROLES)


@pytest.fixture(scope="module")
def texts() -> list[CorpusText]:
    return corpus_slice()


@pytest.fixture(scope="module")
def trained(rules_extractor, texts) -> tuple[EventModel, dict]:
    return train_model(texts, rules_extractor.nlp, rules_extractor.actor_coder, seed=13, heldout_share=0.0)


def predictions(extractor, model: EventModel, text: str):
    """(trigger word, source name, target name, prediction) for every clause candidate of a new text."""
    (pdoc,) = parse_many(extractor.nlp, [Article(id="new", text=text, published_at="2024-06-15")])
    actors = extractor.actor_coder.code(pdoc)
    out = []
    for s in range(len(pdoc.sents)):
        cues = SentenceCues(pdoc, s)
        cands = find_clause_candidates(pdoc, actors, s)
        preds = model.predict([candidate_features(pdoc, actors, c, cues) for c in cands])
        out += [(pdoc.tokens[c.trigger].text, c.sources[0].name, c.targets[0].name if c.targets else None, p)
                for c, p in zip(cands, preds, strict=True)]
    return out


# -- train_model on a slice ---------------------------------------------------------------


@pytest.mark.model
def test_training_reports_what_it_learned_from(trained, texts) -> None:
    model, report = trained
    assert report["texts"] == len(texts) >= 140
    assert "heldout" not in report  # heldout 0: no held-out figures
    a = report["alignment"]
    assert a["positives"] > 0 and a["negatives"] > 0
    assert a["events"] == sum(len(t.events) for t in texts)
    assert a["events_found"] >= 0.3 * a["events"], a  # (the full corpus: 40%, see the shipped report)
    assert NONE in model.classes and len(model.classes) >= 10
    assert set(model.modalities) == {"ASSERTED", "PLANNED", "NEGATED", "HYPOTHETICAL"}
    assert all(model.base_codes[c][:2] == c[:2] for c in model.classes if c != NONE)
    assert model.meta["version"] == model.version == report["version"] and len(model.version) == 10


@pytest.mark.model
def test_the_trained_model_sees_the_event_in_a_new_accusation(rules_extractor, trained) -> None:
    model, _ = trained
    preds = predictions(rules_extractor, model, ACCUSATION)
    on_verb = [p for word, _, target, p in preds if word == "accused" and target == "Togo"]
    assert on_verb, [(w, s, t) for w, s, t, _ in preds]
    (p,) = on_verb
    assert p.label != NONE and p.probability > p.none_probability, p
    assert p.label.startswith("11:"), p  # an accusation: root 11 (ACCUSE)


@pytest.mark.model
def test_the_trained_model_sees_no_event_in_a_match_report(rules_extractor, trained) -> None:
    model, _ = trained
    preds = predictions(rules_extractor, model, MATCH)
    events = [(w, s, t, round(p.probability, 2)) for w, s, t, p in preds if p.probability > p.none_probability]
    assert not events, events
    assert all(p.none_probability > 0.5 for *_, p in preds)


@pytest.mark.model
def test_training_is_deterministic_for_a_seed(rules_extractor, trained, texts) -> None:
    model, report = trained
    again, report2 = train_model(texts, rules_extractor.nlp, rules_extractor.actor_coder, seed=13, heldout_share=0.0)
    assert again.version == model.version
    assert again.index == model.index and again.classes == model.classes
    assert report2["alignment"] == report["alignment"]


@pytest.mark.model
def test_a_trained_model_round_trips_through_its_files(trained, tmp_path: Path) -> None:
    model, _ = trained
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event_classifier.json", "event_classifier.npz"]
    back = read_event_model(tmp_path)
    assert (back.name, back.version, back.classes, back.modalities) == \
        (model.name, model.version, model.classes, model.modalities)
    assert back.index == model.index and back.base_codes == model.base_codes
    rows = [{"t:lem=accuse": 1.0, "s:rel=nsubj": 1.0, "o:rel=dobj": 1.0}, {"t:lem=meet": 1.0}, {"sports": 1.0}]
    assert back.predict(rows) == model.predict(rows)  # weights were float32 already: nothing lost
    saved = json.loads((tmp_path / "event_classifier.json").read_text())
    assert saved["report"]["texts"] == model.meta["report"]["texts"]


def test_the_sparse_product_equals_the_dense_one_with_empty_and_unknown_rows() -> None:
    """predict's numpy-only product of sparse feature rows and weights: every row, the featureless ones too."""
    rng = np.random.default_rng(3)
    index = {f"f{k}": k for k in range(6)}
    meta = {"name": "m", "version": "v", "features": index, "classes": [NONE, "01:A", "19:B"],
            "modalities": ["ASSERTED", "PLANNED"], "base_codes": {}}
    weights = {"event_w": rng.normal(size=(6, 3)).astype(np.float32), "event_b": np.array([0.1, -0.2, 0.3], np.float32),
               "modality_w": rng.normal(size=(6, 2)).astype(np.float32), "modality_b": np.zeros(2, np.float32)}
    model = EventModel(meta, weights)
    rows = [{"f0": 1.0, "f3": 0.5}, {}, {"unknown": 1.0}, {"f5": 2.0, "f1": 1.0, "f0": -1.0}, {}]
    dense = np.zeros((len(rows), 6))
    for n, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                dense[n, index[name]] = value
    r, c, v = model._matrix(rows)
    got, modality = EventModel._scores(r, c, v, len(rows), [(model.event_w, model.event_b), (model.mod_w, model.mod_b)])
    assert np.allclose(got, dense @ model.event_w + model.event_b, rtol=0, atol=1e-12)
    assert np.allclose(modality, dense @ model.mod_w + model.mod_b, rtol=0, atol=1e-12)
    assert [p.probability for p in model.predict(rows)][1] == [p.probability for p in model.predict(rows)][4]


# -- diplo train ---------------------------------------------------------------------------


def corpus_lines(n_per_file: int) -> list[str]:
    """Raw corpus lines: the first of each file, plus the first with a planned, negated and hypothetical event."""
    lines, wanted = [], {"planned", "negated", "hypothetical"}
    for path in corpus_files(CORPUS):
        raw = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        lines += raw[:n_per_file]
        for line in raw[n_per_file:]:
            mods = {e["modality"] for e in json.loads(line)["events"]}
            if mods & wanted:
                lines.append(line)
                wanted -= mods
    assert not wanted
    return lines


@pytest.mark.model
def test_cli_train_writes_the_model(tmp_path: Path, capsys) -> None:
    lines = corpus_lines(5)
    assert len(lines) >= 35  # five texts of every corpus file, and one of each rarer modality
    src = tmp_path / "small.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    assert main(["train", "--corpus", str(src), "--output", str(out), "--heldout", "0"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    first, *rest = captured.out.splitlines()
    assert first.startswith("trained event_classifier-") and f"on {len(lines)} texts" in first
    assert rest == [f"wrote {out / 'event_classifier.npz'}"]  # heldout 0: no held-out line
    assert (out / "event_classifier.npz").is_file() and (out / "event_classifier.json").is_file()
    model = read_event_model(out)
    assert first.startswith(f"trained event_classifier-{model.version} ")
    assert model.meta["report"]["texts"] == len(lines)


@pytest.mark.model
def test_cli_train_on_a_corpus_with_two_modalities(tmp_path: Path, capsys) -> None:
    def mods(line: str) -> set[str]:
        return {e["modality"] for e in json.loads(line)["events"]}

    lines: list[str] = []
    for path in corpus_files(CORPUS):
        raw = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        ok = [line for line in raw if mods(line) <= {"asserted", "planned"}]
        lines += ok[:5] + [line for line in ok if "planned" in mods(line)][:1]
    lines = list(dict.fromkeys(lines))  # a planned line among the first five is taken once
    assert {e["modality"] for line in lines for e in json.loads(line)["events"]} == {"asserted", "planned"}
    src = tmp_path / "two.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["train", "--corpus", str(src), "--output", str(tmp_path / "m"), "--heldout", "0"]) == 0
    assert (tmp_path / "m" / "event_classifier.npz").is_file()


def test_cli_train_without_a_corpus_is_one_error_line(capsys) -> None:
    assert main(["train", "--corpus", "nosuch", "--output", "/nonexistent/never-written"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("Error: ") and "nosuch" in line and captured.err == line + "\n"


def test_cli_train_on_a_bad_corpus_line_is_one_error_line_naming_it(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x-1", "style": "wire", "text": "Ghana accused Togo of harbouring rebels.", '
                   '"events": [{"trigger": "accused", "source": "Ghana", "target": "Togo", "cameo": "999", '
                   '"modality": "asserted"}]}\n', encoding="utf-8")
    assert main(["train", "--corpus", str(bad), "--output", str(tmp_path / "m")]) == 1
    captured = capsys.readouterr()
    assert captured.err == "Error: corpus: bad.jsonl:1: cameo '999' is not a 3- or 4-digit CAMEO code\n"
    assert not (tmp_path / "m").exists()


def test_a_class_without_a_more_precise_row_gets_its_roots_general_code() -> None:
    # "181 Abduct" for every assault the model finds, or "042 Make a visit" for every consultation, would claim
    # more than the text said; where the root's general code has another PLOVER type, the class's usual code
    from diplo.processors.coding.training import Example, base_codes

    def ex(label: str, code: str) -> Example:
        return Example({}, label, "ASSERTED", "t", code)
    examples = [ex("04:CONSULT", "042"), ex("04:CONSULT", "042"), ex("18:ASSAULT", "181"),
                ex("08:RETREAT", "084"), ex("08:RETREAT", "0841"), ex("08:RETREAT", "087"), ex("02:-", "025")]
    assert base_codes(examples) == {"04:CONSULT": "040", "18:ASSAULT": "180", "08:RETREAT": "084", "02:-": "020"}

"""Issue 13 item 3 on a real broker: diplo.toml from the working directory or --config, below env and flags."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.kafka_helpers import read_all

pytestmark = pytest.mark.integration


def _diplo(args: list[str], cwd: Path, env: dict[str, str] | None = None,
           stdin: str = "") -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLO_", "KAFKA_"))}
    return subprocess.run([sys.executable, "-m", "diplo", *args], cwd=cwd, env={**clean, **(env or {})}, input=stdin,
                          capture_output=True, text=True, timeout=120)


def _article(article_id: str) -> str:
    return json.dumps({"id": article_id, "text": "Ilham Aliyev visited Moscow."}) + "\n"


def test_file_settings_apply_and_env_and_flags_win_in_that_order(kafka_bootstrap: str, unique: str,
                                                                 tmp_path: Path) -> None:
    (tmp_path / "diplo.toml").write_text(
        f'bootstrap_servers = "{kafka_bootstrap}"\ntopic_prefix = "file{unique}."\nDIPLO_HOME = "{tmp_path}/home"\n'
        'KAFKA_SASL_PASSWORD = "pw-in-file-not-shown"\n[kafka]\n"request.timeout.ms" = 20000\n')
    runs = [([], {}, f"file{unique}."),
            ([], {"DIPLO_TOPIC_PREFIX": f"env{unique}."}, f"env{unique}."),
            (["--topic-prefix", f"flag{unique}."], {"DIPLO_TOPIC_PREFIX": f"env{unique}."}, f"flag{unique}.")]
    for i, (flags, env, prefix) in enumerate(runs):
        done = _diplo(["produce", "-", *flags], tmp_path, env, _article(f"a{i}"))
        assert done.returncode == 0, done.stderr
        records = read_all(kafka_bootstrap, f"{prefix}articles", decode=False)
        assert [json.loads(r.value)["id"] for r in records] == [f"a{i}"], prefix

    shown = _diplo(["config"], tmp_path, {"DIPLO_TOPIC_PREFIX": f"env{unique}."})
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert f'bootstrap_servers = "{kafka_bootstrap}"  # KAFKA_BOOTSTRAP_SERVERS, config file' in lines
    assert f'topic_prefix = "env{unique}."  # DIPLO_TOPIC_PREFIX, environment' in lines
    assert 'sasl_password = "********"  # KAFKA_SASL_PASSWORD, config file' in lines
    assert '"request.timeout.ms" = 20000  # DIPLO_KAFKA_REQUEST_TIMEOUT_MS, config file' in lines
    assert "pw-in-file-not-shown" not in shown.stdout + shown.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = tmp_path / "site.toml"
    (tmp_path / "diplo.toml").rename(moved)
    done = _diplo(["--config", str(moved), "produce", "-"], elsewhere, {}, _article("b"))
    assert done.returncode == 0, done.stderr
    assert len(read_all(kafka_bootstrap, f"file{unique}.articles", decode=False)) == 2

    bad = _diplo(["config", "--config", str(tmp_path / "missing.toml")], elsewhere)
    assert (bad.returncode, bad.stderr.strip()) == (1, f"Error: config file {tmp_path / 'missing.toml'} does not exist")

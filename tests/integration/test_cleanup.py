"""Issue 13 item 4: what a test run and a demo create is removed when they end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.kafka_helpers import list_topics
from tests.workers import wait_until

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.integration


@pytest.mark.postgres
def test_the_test_script_removes_its_postgres_directory() -> None:
    """Before, each `make test` left its PostgreSQL cluster (about 62 MB) in /tmp/diplo-pg.*."""
    env = {k: v for k, v in os.environ.items() if k != "DIPLO_TEST_POSTGRES_URL"}
    done = subprocess.run(["bash", "scripts/test.sh", "--collect-only", "-q", "-p", "no:cacheprovider",
                           "tests/unit/test_error_catalogue.py"], cwd=REPO, env={**env, "VENV": str(Path(sys.prefix))},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    [data] = re.findall(r"initdb in (/tmp/diplo-pg\.\w+)/data", done.stderr)
    assert not Path(data).exists()


@pytest.mark.kafka
@pytest.mark.model
def test_the_demo_removes_its_topics_and_data(kafka_bootstrap: str, tmp_path: Path) -> None:
    """Before, each demo left 9 demo-* topics on the broker and diplo-demo-<timestamp>-data/ in the checkout."""
    work, home = tmp_path / "cwd", tmp_path / "home"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLO_", "KAFKA_"))}
    done = subprocess.run([sys.executable, "-m", "diplo", "demo", "--bootstrap-servers", kafka_bootstrap],
                          cwd=work, env={**env, "DIPLO_HOME": str(home)}, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "diplomatic events from" in done.stdout
    [line] = [x for x in done.stderr.splitlines() if "Removed the demo's" in x]
    assert int(line.split()[3]) >= 9, line

    def demo_topics() -> list[str]:
        return [t for t in list_topics(kafka_bootstrap) if t.startswith("demo-")]

    wait_until(lambda: demo_topics() == [], 30, "the deleted topics to leave the metadata", interval=0.5)
    assert list(work.iterdir()) == []
    assert list((home / "worker-data").iterdir()) == []

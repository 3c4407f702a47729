"""Resolve Java test dependencies from Maven Central once, into a cache outside the repository."""

from __future__ import annotations

import fcntl
import os
import subprocess
from pathlib import Path

__all__ = ["resolve_libs", "JAVA_DIR"]

JAVA_DIR = Path(__file__).resolve().parent / "java"


def resolve_libs(project: str, pom: Path | None = None) -> Path:
    """Folder of jars for tests/java/<project>/pom.xml, or ``pom`` (fetched by Maven on first use)."""
    pom = pom or JAVA_DIR / project / "pom.xml"
    cache = Path(os.environ.get("DIPLO_KAFKA_CACHE", Path.home() / ".cache" / "diplo")) / "java" / project
    libs = cache / "libs"
    stamp = cache / ".pom"
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_bytes() == pom.read_bytes():
            return libs
        result = subprocess.run(
            ["mvn", "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={libs}"],
            capture_output=True, text=True,
        )
        assert result.returncode == 0, f"Maven could not resolve {pom}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        stamp.write_bytes(pom.read_bytes())
    return libs

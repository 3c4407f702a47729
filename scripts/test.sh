#!/usr/bin/env bash
# Run the whole test suite with everything it needs: PostgreSQL for the PostgreSQL path
# (Kafka is started by the test session itself from Maven Central jars, and stopped after).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

if [ -x scripts/start-postgres.sh ] && [ -z "${DIPLO_TEST_POSTGRES_URL:-}" ]; then
  PGRUN=$(mktemp -d /tmp/diplo-pg.XXXXXX)
  # stop the server and remove its files (about 60 MB per run) however the tests end
  trap 'scripts/start-postgres.sh --stop "$PGRUN" || true; rm -rf "$PGRUN"' EXIT
  eval "$(scripts/start-postgres.sh "$PGRUN")"
fi

"$VENV/bin/python" -m pytest "$@"

#!/usr/bin/env bash
# Run the whole test suite with everything it needs: PostgreSQL for the PostgreSQL path
# (Kafka is started by the test session itself from Maven Central jars, and stopped after).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

if [ -x scripts/start-postgres.sh ] && [ -z "${DIPLO_TEST_POSTGRES_URL:-}" ]; then
  PGRUN=$(mktemp -d /tmp/diplo-pg.XXXXXX)
  eval "$(scripts/start-postgres.sh "$PGRUN")"
  trap 'scripts/start-postgres.sh --stop "$PGRUN" || true' EXIT
fi

"$VENV/bin/python" -m pytest "$@"

"""Allow ``python -m diplo``."""

from diplo.streams.cli import main

raise SystemExit(main())

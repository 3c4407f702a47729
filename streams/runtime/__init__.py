"""Everything diplo does only because of faust-streaming's defects, in one package (LEDGER.md lists them).

Agent modules are wiring: they build a ``Source`` and a ``BatchedAgent`` from
this package and hand it their stage's ``process`` and ``publish``.
"""

from .driver import BatchedAgent, Item, Source
from .faust_source import FaustSource
from .sending import send_all
from .stopping import stop_worker

__all__ = ["BatchedAgent", "Item", "Source", "FaustSource", "send_all", "stop_worker"]

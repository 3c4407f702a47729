"""diplo: news articles in, diplomatic event data out, live on Kafka.

The code lives in three sibling packages mapped under this namespace:
``diplo.processors`` (pure domain logic), ``diplo.streams`` (Kafka wiring,
services, CLI) and ``diplo.schemas`` (the Avro schemas, as package data).
"""

__version__ = "0.1.0"
__all__ = ["__version__"]

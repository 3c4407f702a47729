"""Kafka wiring: the faust app, topics, Avro codec, agents, services and the CLI."""

"""Avro schemas (*.avsc): the single source of truth for every record diplo publishes.

Loaded as package data by ``diplo.streams.codec``; ``history/`` keeps earlier
versions so old and new writers can be read side by side.
"""

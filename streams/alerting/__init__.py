"""Alerting: subscriptions, event matching, window thresholds, webhook delivery and the HTTP API."""

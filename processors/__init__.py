"""Pure domain logic: NLP, actor and event coding, alert rules. No Kafka imports here."""

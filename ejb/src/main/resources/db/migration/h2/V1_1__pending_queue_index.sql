-- H2 has no partial indexes: index the state first instead.
CREATE INDEX queue_entry_pending_idx ON queue_entry (state, next_attempt_at);

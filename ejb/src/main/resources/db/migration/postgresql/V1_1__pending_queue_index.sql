-- Claims and sweeps only ever look at pending entries: a partial index stays small as the
-- table of completed entries grows.
CREATE INDEX queue_entry_pending_idx ON queue_entry (next_attempt_at) WHERE state = 'PENDING';

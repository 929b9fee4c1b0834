-- H2 has no partial indexes; queue_entry_pending_idx (state, next_attempt_at) serves the claims
-- of the embedded default. The PostgreSQL variant adds a partial index.
SELECT 1;

-- The SHA-256 (hex) of the request that made a contact or communication under an Idempotency-Key:
-- a repeat of that request answers it, the key with another request is refused. Rows made before
-- have none and are answered as before.
ALTER TABLE contact ADD COLUMN idempotency_fingerprint VARCHAR(64);
ALTER TABLE communication ADD COLUMN idempotency_fingerprint VARCHAR(64);

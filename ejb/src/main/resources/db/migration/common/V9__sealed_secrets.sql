-- Secrets at rest: values are sealed (AES-GCM, "v1:<key-id>:<base64>"), longer than in clear.
-- Rows stored in clear by earlier versions are sealed by Herald at its next start.

-- One row, only when herald.secrets.key is not configured: the key the first node generated, which
-- every node reads (secrets are then only as safe as the database; Herald warns at each start).
CREATE TABLE secrets_key (
  id          SMALLINT PRIMARY KEY,
  secret      VARCHAR(100) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE general_settings ALTER COLUMN smtp_password SET DATA TYPE VARCHAR(2000);
ALTER TABLE general_settings ALTER COLUMN smpp_password SET DATA TYPE VARCHAR(2000);
ALTER TABLE external_system ALTER COLUMN webhook_secret SET DATA TYPE VARCHAR(2000);

-- Link signing keys: one row per key, the highest id signs, all verify (links already sent keep
-- working after a rotation until they expire).
ALTER TABLE link_signing_key ALTER COLUMN secret SET DATA TYPE VARCHAR(2000);

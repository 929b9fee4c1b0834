-- A rotated API key keeps working for a grace period (herald.external-system.key-grace), so a
-- system can switch to its new key without a gap.
ALTER TABLE external_system ADD COLUMN previous_key_hash VARCHAR(64);
ALTER TABLE external_system ADD COLUMN previous_key_valid_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX external_system_previous_key ON external_system (previous_key_hash);

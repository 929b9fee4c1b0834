-- How many times each entry was claimed for sending: one claim per attempt when dispatch does not
-- churn (a message over its rate limit is given a slot once instead of being postponed again and
-- again).
ALTER TABLE queue_entry ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
-- Set while next_attempt_at is a slot its integration's rate limit reserved for the entry: it is
-- then sent at that time without asking the limit again.
ALTER TABLE queue_entry ADD COLUMN rate_slot_reserved BOOLEAN NOT NULL DEFAULT FALSE;

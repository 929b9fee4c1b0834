-- A communication plan's expiry, inherited by its runs' communications and queue entries (a date,
-- or a duration after each is made; neither: the queue's default), and its explicit override of
-- contact preferences (a marketing plan then reaches contacts not opted in).
ALTER TABLE communication_plan ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE communication_plan ADD COLUMN expires_after VARCHAR(50);
ALTER TABLE communication_plan ADD COLUMN override_preferences BOOLEAN NOT NULL DEFAULT FALSE;

-- Whether a run overrode contact preferences: fixed when the run is made, as its communications
-- record it each (a plan changed later does not rewrite what its runs did).
ALTER TABLE notification_run ADD COLUMN override_preferences BOOLEAN NOT NULL DEFAULT FALSE;

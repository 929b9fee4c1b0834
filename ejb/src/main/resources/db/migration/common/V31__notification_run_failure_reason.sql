-- Why a run FAILED: its job could not start (the batch runtime refused it) or stopped on a fault.
ALTER TABLE notification_run ADD COLUMN failure_reason VARCHAR(500);

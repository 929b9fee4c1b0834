-- Notification runs: one execution of a notification type over its items, with counts kept as it
-- goes. last_item_id is the run's own checkpoint, moved in each chunk's transaction with the
-- communications it made, so a resumed or restarted run carries on after it.
CREATE SEQUENCE notification_run_seq INCREMENT BY 50;
CREATE SEQUENCE notification_run_number_seq;

CREATE TABLE notification_run (
  id                    BIGINT PRIMARY KEY,
  number                VARCHAR(20)  NOT NULL UNIQUE,
  notification_type_id  BIGINT       NOT NULL REFERENCES notification_type (id),
  state                 VARCHAR(20)  NOT NULL,
  scheduled_for         TIMESTAMP WITH TIME ZONE,
  started_at            TIMESTAMP WITH TIME ZONE,
  finished_at           TIMESTAMP WITH TIME ZONE,
  last_item_id          BIGINT       NOT NULL,
  candidates            BIGINT       NOT NULL,
  created               BIGINT       NOT NULL,
  skipped_consent       BIGINT       NOT NULL,
  skipped_no_address    BIGINT       NOT NULL,
  failed                BIGINT       NOT NULL,
  -- The node executing it and when it last finished a chunk: a stale RUNNING run is resumed.
  node                  VARCHAR(200),
  heartbeat_at          TIMESTAMP WITH TIME ZONE,
  -- Each start, resume or take-over is a new attempt with a new job execution; only the current
  -- attempt's job may move the run on or end it.
  attempt               INTEGER      NOT NULL,
  execution_id          BIGINT,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_run_state_idx ON notification_run (state);

-- A run's communications: at most one per (run, item, contact, medium), whatever restarts.
ALTER TABLE communication ADD COLUMN notification_run_id BIGINT;
ALTER TABLE communication ADD COLUMN notification_item_id BIGINT;
CREATE UNIQUE INDEX communication_notification_key
  ON communication (notification_run_id, notification_item_id, contact_id, medium);

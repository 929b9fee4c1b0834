-- Communication plans (the seed's business feature): a personalised mass communication to the
-- contacts of segments, a template per medium, one integration, a classification. Sent by a
-- notification run whose items are the contacts (notification_item_id is then the contact's id):
-- the same job, counts, pause/resume and unique key as a notification type's run.
CREATE SEQUENCE communication_plan_seq INCREMENT BY 50;

CREATE TABLE communication_plan (
  id                  BIGINT PRIMARY KEY,
  code                VARCHAR(50)  NOT NULL UNIQUE,
  name                VARCHAR(200) NOT NULL,
  classification      VARCHAR(30)  NOT NULL,
  -- Null: Herald's own SMTP/SMPP; else the one external system that delivers every medium.
  external_system_id  BIGINT       REFERENCES external_system (id),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT       NOT NULL
);

CREATE TABLE communication_plan_template (
  communication_plan_id  BIGINT      NOT NULL REFERENCES communication_plan (id) ON DELETE CASCADE,
  position               INTEGER     NOT NULL,
  template_code          VARCHAR(50) NOT NULL,
  PRIMARY KEY (communication_plan_id, position)
);

CREATE TABLE communication_plan_segment (
  communication_plan_id  BIGINT      NOT NULL REFERENCES communication_plan (id) ON DELETE CASCADE,
  position               INTEGER     NOT NULL,
  segment_code           VARCHAR(50) NOT NULL,
  PRIMARY KEY (communication_plan_id, position)
);

-- A run sends a notification type or a communication plan, exactly one.
ALTER TABLE notification_run ALTER COLUMN notification_type_id DROP NOT NULL;
ALTER TABLE notification_run ADD COLUMN communication_plan_id BIGINT
  REFERENCES communication_plan (id);
ALTER TABLE notification_run ADD CONSTRAINT notification_run_source CHECK (
  (notification_type_id IS NULL) <> (communication_plan_id IS NULL));
CREATE INDEX notification_run_plan_idx ON notification_run (communication_plan_id);

-- A notification type's conditions over its item (every one must hold) and segments (the item's
-- contact must be in one), compiled to SQL by each run: its keyset reader streams only those items.
CREATE TABLE notification_type_condition (
  notification_type_id  BIGINT       NOT NULL REFERENCES notification_type (id) ON DELETE CASCADE,
  position              INTEGER      NOT NULL,
  path                  VARCHAR(200) NOT NULL,
  operator              VARCHAR(20)  NOT NULL,
  condition_value       VARCHAR(200) NOT NULL,
  PRIMARY KEY (notification_type_id, position)
);

CREATE TABLE notification_type_segment (
  notification_type_id  BIGINT      NOT NULL REFERENCES notification_type (id) ON DELETE CASCADE,
  position              INTEGER     NOT NULL,
  segment_code          VARCHAR(50) NOT NULL,
  PRIMARY KEY (notification_type_id, position)
);

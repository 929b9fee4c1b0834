-- Automations (the seed's event based communications), the business events the CRM posts, and
-- what each automation made of each event.

CREATE SEQUENCE automation_seq INCREMENT BY 50;
-- Events are inserted with ON CONFLICT DO NOTHING (two POSTs of one id may race): ids by nextval.
CREATE SEQUENCE business_event_seq;

CREATE TABLE automation (
  id                      BIGINT PRIMARY KEY,
  code                    VARCHAR(50)  NOT NULL UNIQUE,
  name                    VARCHAR(200) NOT NULL,
  event_type              VARCHAR(100) NOT NULL,
  email_template_code     VARCHAR(50),
  sms_template_code       VARCHAR(50),
  send_to                 VARCHAR(20)  NOT NULL,
  consider_presentment    BOOLEAN      NOT NULL,
  classification          VARCHAR(30)  NOT NULL,
  override_preferences    BOOLEAN      NOT NULL,
  effective               BOOLEAN      NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                 BIGINT       NOT NULL
);

-- Each event looks up the effective automations of its type.
CREATE INDEX automation_event_type_idx ON automation (event_type, effective);

CREATE TABLE automation_condition (
  automation_id    BIGINT       NOT NULL REFERENCES automation (id) ON DELETE CASCADE,
  position         INTEGER      NOT NULL,
  path             VARCHAR(200) NOT NULL,
  operator         VARCHAR(20)  NOT NULL,
  condition_value  VARCHAR(200) NOT NULL,
  PRIMARY KEY (automation_id, position)
);

CREATE TABLE automation_segment (
  automation_id  BIGINT      NOT NULL REFERENCES automation (id) ON DELETE CASCADE,
  position       INTEGER     NOT NULL,
  segment_code   VARCHAR(50) NOT NULL,
  PRIMARY KEY (automation_id, position)
);

-- One row per CRM event id: a second POST of the same id finds it and changes nothing.
CREATE TABLE business_event (
  id              BIGINT PRIMARY KEY,
  event_id        VARCHAR(100) NOT NULL UNIQUE,
  event_type      VARCHAR(100) NOT NULL,
  entity_type     VARCHAR(50)  NOT NULL,
  entity_number   VARCHAR(50)  NOT NULL,
  contact_number  VARCHAR(20)  NOT NULL,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  processed_at    TIMESTAMP WITH TIME ZONE,
  version         BIGINT       NOT NULL
);

CREATE INDEX business_event_received_idx ON business_event (received_at, id);

-- What an automation made of an event: one row per communication (medium and address), or one
-- row with medium NONE saying why it made none. The primary key is the exactly-once guarantee:
-- whoever inserts the row for (event, automation, medium, address) first makes that communication;
-- a redelivered message, a retried batch or a second node finds the row and makes none.
CREATE TABLE event_outcome (
  event_id              BIGINT        NOT NULL REFERENCES business_event (id) ON DELETE CASCADE,
  automation_id         BIGINT        NOT NULL,
  medium                VARCHAR(20)   NOT NULL,
  address               VARCHAR(320)  NOT NULL,
  automation_code       VARCHAR(50)   NOT NULL,
  outcome               VARCHAR(30)   NOT NULL,
  detail                VARCHAR(1000),
  communication_number  VARCHAR(20),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (event_id, automation_id, medium, address)
);

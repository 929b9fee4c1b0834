-- Contacts (the contact_information entity), categories, communications and the queue.
-- Common to PostgreSQL and H2 (in PostgreSQL mode); VARCHAR without a length is unbounded in both.
-- Ids come from sequences that step by 50 (the JPA allocation size); public numbers from their own.

CREATE SEQUENCE contact_seq INCREMENT BY 50;
CREATE SEQUENCE contact_number_seq;
CREATE SEQUENCE category_seq INCREMENT BY 50;
CREATE SEQUENCE communication_seq INCREMENT BY 50;
CREATE SEQUENCE communication_number_seq;
CREATE SEQUENCE queue_entry_seq INCREMENT BY 50;
CREATE SEQUENCE external_system_seq INCREMENT BY 50;

CREATE TABLE contact (
  id                          BIGINT PRIMARY KEY,
  number                      VARCHAR(20)  NOT NULL UNIQUE,
  name                        VARCHAR(200) NOT NULL,
  preferred_language          VARCHAR(2),
  opt_in_direct_marketing     BOOLEAN      NOT NULL,
  opt_in_affiliate_marketing  BOOLEAN      NOT NULL,
  idempotency_key             VARCHAR(200) UNIQUE,
  created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  version                     BIGINT       NOT NULL
);

CREATE TABLE contact_email (
  contact_id  BIGINT       NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position    INTEGER      NOT NULL,
  type        VARCHAR(20)  NOT NULL,
  address     VARCHAR(320) NOT NULL,
  is_primary  BOOLEAN      NOT NULL,
  PRIMARY KEY (contact_id, position)
);

CREATE TABLE contact_phone (
  contact_id  BIGINT      NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  position    INTEGER     NOT NULL,
  type        VARCHAR(20) NOT NULL,
  number      VARCHAR(20) NOT NULL,
  is_primary  BOOLEAN     NOT NULL,
  PRIMARY KEY (contact_id, position)
);

CREATE TABLE category (
  id           BIGINT PRIMARY KEY,
  code         VARCHAR(50)  NOT NULL UNIQUE,
  name         VARCHAR(200) NOT NULL,
  description  VARCHAR(1000),
  version      BIGINT       NOT NULL
);

CREATE TABLE external_system (
  id                BIGINT PRIMARY KEY,
  code              VARCHAR(50)  NOT NULL UNIQUE,
  name              VARCHAR(200) NOT NULL,
  alternative_code  VARCHAR(50),
  character_limit   INTEGER,
  webhook_url       VARCHAR(2000),
  webhook_secret    VARCHAR(100),
  api_key_hash      VARCHAR(64)  NOT NULL UNIQUE,
  key_created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT       NOT NULL
);

CREATE TABLE external_system_medium (
  external_system_id  BIGINT      NOT NULL REFERENCES external_system (id) ON DELETE CASCADE,
  medium              VARCHAR(20) NOT NULL,
  PRIMARY KEY (external_system_id, medium)
);

CREATE TABLE communication (
  id               BIGINT PRIMARY KEY,
  number           VARCHAR(20)  NOT NULL UNIQUE,
  contact_id       BIGINT       NOT NULL REFERENCES contact (id),
  direction        VARCHAR(20)  NOT NULL,
  medium           VARCHAR(20)  NOT NULL,
  category_id      BIGINT       REFERENCES category (id),
  referring_to_id  BIGINT       REFERENCES communication (id),
  external_system_id BIGINT     REFERENCES external_system (id),
  subject          VARCHAR(1000),
  content          VARCHAR      NOT NULL,
  recipient        VARCHAR(320),
  status           VARCHAR(20)  NOT NULL,
  expires_at       TIMESTAMP WITH TIME ZONE,
  idempotency_key  VARCHAR(200) UNIQUE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at     TIMESTAMP WITH TIME ZONE,
  version          BIGINT       NOT NULL
);
CREATE INDEX communication_contact_idx ON communication (contact_id, id);
CREATE INDEX communication_created_idx ON communication (created_at);
CREATE INDEX communication_referring_to_idx ON communication (referring_to_id);

CREATE TABLE queue_entry (
  id                    BIGINT PRIMARY KEY,
  communication_id      BIGINT       NOT NULL UNIQUE REFERENCES communication (id),
  communication_number  VARCHAR(20)  NOT NULL,
  contact_number        VARCHAR(20)  NOT NULL,
  external_system_id    BIGINT       REFERENCES external_system (id),
  pulled                BOOLEAN      NOT NULL,
  medium                VARCHAR(20)  NOT NULL,
  recipient             VARCHAR(320),
  subject               VARCHAR(1000),
  content               VARCHAR      NOT NULL,
  state                 VARCHAR(30)  NOT NULL,
  error_code            VARCHAR(50),
  error_reason          VARCHAR(1000),
  attempts              INTEGER      NOT NULL,
  peer_reference        VARCHAR(200),
  parts                 INTEGER      NOT NULL,
  awaiting_receipt_since TIMESTAMP WITH TIME ZONE,
  expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  claimed_by            VARCHAR(200),
  claimed_at            TIMESTAMP WITH TIME ZONE,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX queue_entry_peer_reference_idx ON queue_entry (peer_reference);
-- An external system pages through its own entries.
CREATE INDEX queue_entry_external_system_idx ON queue_entry (external_system_id, id);
-- The index of pending entries differs per database: see V1_1 in postgresql/ and h2/.

CREATE TABLE queue_attempt (
  queue_entry_id  BIGINT       NOT NULL REFERENCES queue_entry (id) ON DELETE CASCADE,
  position        INTEGER      NOT NULL,
  attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome         VARCHAR(30)  NOT NULL,
  code            VARCHAR(50),
  peer_reply      VARCHAR(1000),
  PRIMARY KEY (queue_entry_id, position)
);

-- General settings: one row; its servers are taken from configuration at the first start.
CREATE TABLE general_settings (
  id                  BIGINT PRIMARY KEY,
  email_enabled       BOOLEAN      NOT NULL,
  smtp_host           VARCHAR(255),
  smtp_port           INTEGER      NOT NULL,
  smtp_username       VARCHAR(255),
  smtp_password       VARCHAR(255),
  smtp_starttls       BOOLEAN      NOT NULL,
  mail_from           VARCHAR(320),
  sms_enabled         BOOLEAN      NOT NULL,
  smpp_host           VARCHAR(255),
  smpp_port           INTEGER      NOT NULL,
  smpp_system_id      VARCHAR(16),
  smpp_password       VARCHAR(9),
  sms_source_address  VARCHAR(21),
  seeded              BOOLEAN      NOT NULL,
  version             BIGINT       NOT NULL
);

CREATE TABLE allowed_medium (
  settings_id  BIGINT      NOT NULL REFERENCES general_settings (id) ON DELETE CASCADE,
  medium       VARCHAR(20) NOT NULL,
  PRIMARY KEY (settings_id, medium)
);

CREATE TABLE medium_character_limit (
  settings_id      BIGINT      NOT NULL REFERENCES general_settings (id) ON DELETE CASCADE,
  medium           VARCHAR(20) NOT NULL,
  character_limit  INTEGER     NOT NULL,
  PRIMARY KEY (settings_id, medium)
);

INSERT INTO general_settings (id, email_enabled, smtp_host, smtp_port, smtp_starttls, mail_from,
    sms_enabled, smpp_host, smpp_port, sms_source_address, seeded, version)
  VALUES (1, TRUE, 'localhost', 25, FALSE, 'herald@localhost', FALSE, 'localhost', 2775, 'Herald', FALSE, 0);
INSERT INTO allowed_medium (settings_id, medium) VALUES
  (1, 'EMAIL'), (1, 'SMS'), (1, 'PUSH'), (1, 'PHONE'), (1, 'LETTER'), (1, 'FACE_TO_FACE');
-- The seed's limits: 160 characters for an SMS, 1000 for an email.
INSERT INTO medium_character_limit (settings_id, medium, character_limit) VALUES
  (1, 'SMS', 160), (1, 'EMAIL', 1000);

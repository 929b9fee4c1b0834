-- Referring entities the CRM syncs (accounts receivable, wallet, bill, payment, …), one row per
-- (type, number). contact_information is not stored here: it is the contact table.
-- The values are the validated fields as a JSON object (VARCHAR: the same on PostgreSQL and H2);
-- rendering reads a whole record at a time, never one field across records.

CREATE SEQUENCE referring_entity_seq INCREMENT BY 50;

CREATE TABLE referring_entity (
  id           BIGINT PRIMARY KEY,
  type         VARCHAR(50)  NOT NULL,
  number       VARCHAR(50)  NOT NULL,
  field_values VARCHAR      NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT referring_entity_key UNIQUE (type, number)
);

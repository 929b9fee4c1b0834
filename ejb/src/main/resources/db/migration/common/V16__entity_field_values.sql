-- A typed projection of the referring entities' values, one row per field (a collection: one row
-- per item, numbered by position), kept in step with referring_entity on every sync. Conditions on
-- many contacts (segments, runs) compile to EXISTS over it (org.herald.condition.ConditionSql):
-- JSON in a VARCHAR can be neither filtered nor indexed the same way on PostgreSQL and H2.
CREATE TABLE entity_field_value (
  entity_type    VARCHAR(50)    NOT NULL,
  entity_number  VARCHAR(50)    NOT NULL,
  field          VARCHAR(50)    NOT NULL,
  position       INTEGER        NOT NULL,
  text_value     VARCHAR(1000),
  number_value   NUMERIC(40, 10),
  date_value     DATE,
  flag_value     BOOLEAN,
  PRIMARY KEY (entity_type, entity_number, field, position)
);

CREATE INDEX entity_field_value_text ON entity_field_value (entity_type, field, text_value);
CREATE INDEX entity_field_value_number ON entity_field_value (entity_type, field, number_value);
CREATE INDEX entity_field_value_date ON entity_field_value (entity_type, field, date_value);

-- The referring entities a communication refers to (whose tags its content may use).
CREATE TABLE communication_entity (
  communication_id  BIGINT       NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
  position          INTEGER      NOT NULL,
  entity_type       VARCHAR(50)  NOT NULL,
  entity_number     VARCHAR(100) NOT NULL,
  PRIMARY KEY (communication_id, position)
);

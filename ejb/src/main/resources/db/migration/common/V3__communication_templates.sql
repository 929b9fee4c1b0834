-- Communication templates: the standard layout of a communication, per language.
-- Category and external system are referred to by their code (aggregates refer by identity), so a
-- template never blocks deleting either; saving a template checks that they exist.

CREATE SEQUENCE communication_template_seq INCREMENT BY 50;

CREATE TABLE communication_template (
  id                    BIGINT PRIMARY KEY,
  code                  VARCHAR(50)  NOT NULL UNIQUE,
  name                  VARCHAR(200) NOT NULL,
  medium                VARCHAR(20)  NOT NULL,
  direction             VARCHAR(20)  NOT NULL,
  category_code         VARCHAR(50),
  external_system_code  VARCHAR(50),
  effective             BOOLEAN      NOT NULL,
  default_language      VARCHAR(2)   NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  version               BIGINT       NOT NULL
);
CREATE INDEX communication_template_medium_idx ON communication_template (medium, code);

CREATE TABLE template_entity_type (
  template_id  BIGINT      NOT NULL REFERENCES communication_template (id) ON DELETE CASCADE,
  entity_type  VARCHAR(50) NOT NULL,
  PRIMARY KEY (template_id, entity_type)
);
CREATE INDEX template_entity_type_idx ON template_entity_type (entity_type);

CREATE TABLE template_content (
  template_id  BIGINT      NOT NULL REFERENCES communication_template (id) ON DELETE CASCADE,
  position     INTEGER     NOT NULL,
  language     VARCHAR(2)  NOT NULL,
  subject      VARCHAR(1000),
  body         VARCHAR     NOT NULL,
  PRIMARY KEY (template_id, position)
);

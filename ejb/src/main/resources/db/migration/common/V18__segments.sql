-- Segments: lists of contacts, either defined by conditions (membership evaluated live, in SQL,
-- when asked) or static (contacts added and removed one by one or imported).
CREATE SEQUENCE segment_seq INCREMENT BY 50;

CREATE TABLE segment (
  id          BIGINT PRIMARY KEY,
  code        VARCHAR(50)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT       NOT NULL
);

CREATE TABLE segment_condition (
  segment_id       BIGINT       NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
  position         INTEGER      NOT NULL,
  path             VARCHAR(200) NOT NULL,
  operator         VARCHAR(20)  NOT NULL,
  condition_value  VARCHAR(200) NOT NULL,
  PRIMARY KEY (segment_id, position)
);

CREATE TABLE segment_member (
  segment_id  BIGINT NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
  contact_id  BIGINT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
  PRIMARY KEY (segment_id, contact_id)
);

CREATE INDEX segment_member_contact_idx ON segment_member (contact_id);

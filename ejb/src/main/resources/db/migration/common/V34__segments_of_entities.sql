-- A segment lists records of one entity type: contacts, as every segment did so far, or the records
-- of a referring entity type (accounts receivable, rewards participants, a notification's items).
ALTER TABLE segment ADD COLUMN entity_type VARCHAR(50) DEFAULT 'contact_information' NOT NULL;

-- A static segment's members when they are referring entities (segment_member holds contacts).
CREATE TABLE segment_entity_member (
  segment_id  BIGINT NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
  entity_id   BIGINT NOT NULL REFERENCES referring_entity (id) ON DELETE CASCADE,
  PRIMARY KEY (segment_id, entity_id)
);

CREATE INDEX segment_entity_member_entity_idx ON segment_entity_member (entity_id);

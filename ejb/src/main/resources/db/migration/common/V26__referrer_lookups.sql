-- Deleting a template or a referring entity is refused while communications refer to it: these
-- find those communications without a scan (ReferringCommunications).
CREATE INDEX communication_template_code ON communication (template_code);
CREATE INDEX communication_entity_key ON communication_entity (entity_type, entity_number);

-- The external queue API's indexes (see postgresql/V12): H2 has no partial indexes, so they cover
-- every entry; V1's (external_system_id, id) stays as it is.
CREATE INDEX queue_entry_system_state_idx ON queue_entry (external_system_id, state, id);
CREATE INDEX queue_entry_system_contact_idx ON queue_entry (external_system_id, contact_number, id);
CREATE INDEX queue_entry_system_communication_idx ON queue_entry (communication_number);

-- The external queue API's statements (queue.PulledEntries), each an index scan however many
-- entries a system has. Partial: entries Herald delivers itself (no external system) are most of
-- the table and never looked up this way, so they cost these indexes nothing on insert.
-- A system's entries in id order (keyset pages without a state), replacing V1's full index.
DROP INDEX queue_entry_external_system_idx;
CREATE INDEX queue_entry_external_system_idx ON queue_entry (external_system_id, id)
  WHERE external_system_id IS NOT NULL;
-- A system's entries in one state in id order: the pulling system's PENDING pages.
CREATE INDEX queue_entry_system_state_idx ON queue_entry (external_system_id, state, id)
  WHERE external_system_id IS NOT NULL;
-- A system's entries for one contact in id order.
CREATE INDEX queue_entry_system_contact_idx ON queue_entry (external_system_id, contact_number, id)
  WHERE external_system_id IS NOT NULL;
-- An entry by its communication's number: reading one, and every state change.
CREATE INDEX queue_entry_system_communication_idx ON queue_entry (communication_number)
  WHERE external_system_id IS NOT NULL;

-- See postgresql/V35: an entry's communication number is unique, and the index says so.
DROP INDEX queue_entry_system_communication_idx;
CREATE UNIQUE INDEX queue_entry_system_communication_idx ON queue_entry (communication_number);

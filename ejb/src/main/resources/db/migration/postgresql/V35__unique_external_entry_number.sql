-- An entry by its communication's number, declared UNIQUE (a communication has one queue entry, and
-- its number is unique): the planner then estimates one row a number even before the table has
-- statistics, so it looks an entry up by its number rather than among all its system's entries.
-- The batch report's statement (queue.PulledEntries.reportStatement) also keeps the system's
-- indexes out of its plan: with many numbers and no statistics, the estimate alone still chose them.
DROP INDEX queue_entry_system_communication_idx;
CREATE UNIQUE INDEX queue_entry_system_communication_idx ON queue_entry (communication_number)
  WHERE external_system_id IS NOT NULL;

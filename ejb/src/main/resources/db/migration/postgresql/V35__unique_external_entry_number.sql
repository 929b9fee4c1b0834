-- An entry by its communication's number, declared UNIQUE (a communication has one queue entry, and
-- its number is unique): the planner then knows that N numbers name at most N entries even before
-- the table has statistics. Without them, after a burst into a new system's queue faster than
-- autovacuum analyses it, PostgreSQL estimated `communication_number IN (200 numbers)` as the whole
-- table and locked a batch report's entries by scanning every entry of the system: 600 ms a call
-- at 110,000 entries, against 3 ms by this index (bench/README.md, session 9).
DROP INDEX queue_entry_system_communication_idx;
CREATE UNIQUE INDEX queue_entry_system_communication_idx ON queue_entry (communication_number)
  WHERE external_system_id IS NOT NULL;

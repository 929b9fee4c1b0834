-- The plans of the external queue API's statements (org.herald.queue.PulledEntries) on a queue of
-- 200,000 entries over 8 pulling systems (plus 100,000 Herald delivers itself), most of them
-- completed long ago, as a busy portal's table looks. Everything happens in one transaction that
-- is rolled back: run it on any database Flyway has migrated (V12 or later), e.g.
--   psql -h localhost -U postgres -d herald_pull -f bench/sql/external-queue-plans.sql
-- ExternalQueueScaleIT EXPLAINs the statements' very text on the test database; these are the same
-- statements with their parameters written in.
--
-- What to expect: every statement served by an index, never "Seq Scan on queue_entry", reading a
-- few dozen buffers whatever the queue's length (measured here: 0.04-0.4 ms each; the count 22 ms):
--   1. first page of PENDING entries    -> Index Scan on queue_entry_system_state_idx, reading
--                                          21 rows (not the 22,000 completed ones before them)
--   2. a later page of 500 (cursor)     -> queue_entry_system_state_idx from the cursor on: an
--                                          Index Scan, or a Bitmap Index Scan and a top-N sort
--                                          while the rest of the queue is only a few pages
--   3. page without a state             -> queue_entry_external_system_idx, or the primary key
--                                          from the cursor on where the planner finds it cheaper
--   4. a contact's page                 -> Index Scan on queue_entry_system_contact_idx
--   5. PENDING page of one medium       -> queue_entry_system_state_idx, medium as a Filter
--   6. one entry by number              -> Index Scan on queue_entry_system_communication_idx
--   7. a batch report's entries, locked -> queue_entry_system_communication_idx, the few rows
--                                          found sorted by id and locked (LockRows)
-- The count (count=true) is the one statement that grows with the queue: it is only run when
-- asked, and is shown last for comparison.
\set ON_ERROR_STOP on
BEGIN;
-- The rows refer to no real communication or system: skip the foreign keys' triggers.
SET LOCAL session_replication_role = replica;
INSERT INTO queue_entry (id, communication_id, communication_number, contact_number,
    external_system_id, pulled, medium, recipient, subject, content, state, attempts, parts,
    expires_at, next_attempt_at, created_at, claims, rate_slot_reserved)
SELECT 900000000 + g, 900000000 + g, 'XQ' || g, 'XC' || (g % 5000),
       CASE WHEN g % 3 = 0 THEN NULL ELSE 900 + g % 8 END,
       g % 3 <> 0, CASE WHEN g % 5 = 0 THEN 'EMAIL' ELSE 'PUSH' END, NULL, 'Statement',
       'Open the app to read it',
       -- the oldest nine tenths were completed already; the newest tenth waits
       CASE WHEN g > 270000 THEN 'PENDING' ELSE 'COMPLETED' END, 0, 0,
       now() + interval '7 days', now(), now(), 0, FALSE
FROM generate_series(1, 300000) g;
ANALYZE queue_entry;

\echo '1. first page of PENDING entries'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, communication_number, contact_number, medium, recipient, subject, content, state,
       error_code, error_reason, created_at, expires_at, completed_at
FROM queue_entry WHERE external_system_id = 901 AND expires_at > now() AND state = 'PENDING'
  AND id > 0 ORDER BY id LIMIT 21;

\echo '2. a later page of PENDING entries'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, communication_number, contact_number, medium, recipient, subject, content, state,
       error_code, error_reason, created_at, expires_at, completed_at
FROM queue_entry WHERE external_system_id = 901 AND expires_at > now() AND state = 'PENDING'
  AND id > 900285001 ORDER BY id LIMIT 501;

\echo '3. a page without a state'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, communication_number, contact_number, medium, recipient, subject, content, state,
       error_code, error_reason, created_at, expires_at, completed_at
FROM queue_entry WHERE external_system_id = 901 AND expires_at > now()
  AND id > 900150001 ORDER BY id LIMIT 101;

\echo '4. a contact''s page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, communication_number, contact_number, medium, recipient, subject, content, state,
       error_code, error_reason, created_at, expires_at, completed_at
FROM queue_entry WHERE external_system_id = 901 AND expires_at > now() AND contact_number = 'XC1'
  AND id > 0 ORDER BY id LIMIT 21;

\echo '5. a PENDING page of one medium'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, communication_number, contact_number, medium, recipient, subject, content, state,
       error_code, error_reason, created_at, expires_at, completed_at
FROM queue_entry WHERE external_system_id = 901 AND expires_at > now() AND state = 'PENDING'
  AND medium = 'EMAIL' AND id > 0 ORDER BY id LIMIT 21;

\echo '6. one entry by its communication number'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id, communication_number, contact_number, medium, recipient, subject, content, state,
       error_code, error_reason, created_at, expires_at, completed_at
FROM queue_entry WHERE external_system_id = 901 AND communication_number = 'XQ280001'
  AND expires_at > now();

\echo '7. the entries of a batch report, locked'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT id FROM queue_entry WHERE external_system_id = 901
  AND communication_number IN ('XQ280001', 'XQ280009', 'XQ280017', 'XQ0')
  AND expires_at > now() ORDER BY id FOR UPDATE;

\echo 'for comparison: the count, only made with count=true'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(*) FROM queue_entry WHERE external_system_id = 901 AND expires_at > now()
  AND state = 'PENDING';
ROLLBACK;

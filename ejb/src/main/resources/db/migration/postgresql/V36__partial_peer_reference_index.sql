-- Only an SMS awaiting its receipt has a peer reference (the SMSC's message id), and receipts are
-- the only look-up by it (`peer_reference IN (…)`, which implies IS NOT NULL). Partial, the index
-- leaves out every email and every external system's entry: none of their inserts, nor the claim's
-- and settlement's updates of them (never HOT: the state and claim columns are indexed), writes an
-- entry into it any more.
DROP INDEX queue_entry_peer_reference_idx;
CREATE INDEX queue_entry_peer_reference_idx ON queue_entry (peer_reference)
  WHERE peer_reference IS NOT NULL;

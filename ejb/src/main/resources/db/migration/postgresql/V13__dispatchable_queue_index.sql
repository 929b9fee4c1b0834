-- Claims look for due entries Herald itself delivers, first due first (QueueRepository.DUE and
-- NEXT_DUE). Only those rows are in this index: entries an external system pulls, entries waiting
-- for a delivery receipt and entries held by a dispatcher stay out, so a claim never walks past
-- them however many there are.
CREATE INDEX queue_entry_dispatchable_idx ON queue_entry (next_attempt_at)
  WHERE state = 'PENDING' AND pulled = FALSE AND claimed_by IS NULL
    AND awaiting_receipt_since IS NULL;

-- The dashboard counts the queue entries made in a period: an index on their creation time keeps
-- that a range scan however long the queue's history grows.
CREATE INDEX queue_entry_created_idx ON queue_entry (created_at);

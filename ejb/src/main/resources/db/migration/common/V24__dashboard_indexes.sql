-- The dashboard counts the queue entries made in a period and the link clicks of a period: indexes
-- on their times keep those range scans however long the history grows.
CREATE INDEX queue_entry_created_idx ON queue_entry (created_at);
CREATE INDEX link_click_clicked_idx ON link_click (clicked_at);

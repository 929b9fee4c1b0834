-- Every queue entry is updated at least twice after its insert (claimed, then settled), and neither
-- update can be HOT (the state and claim columns are in the partial indexes' predicates). With
-- full pages each new row version went to the table's last page: sessions queued for the relation
-- extension lock and the last page's buffer (a fifth of a drain's statement samples each). Pages
-- filled to 70 % leave room for an entry's next versions on its own page; page pruning reclaims
-- the dead ones there. Only pages written from now on are left that room.
ALTER TABLE queue_entry SET (fillfactor = 70);

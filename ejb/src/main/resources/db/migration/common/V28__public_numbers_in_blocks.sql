-- Public numbers are taken 50 at a time by each node (org.herald.persistence.PublicNumbers): one
-- nextval per block, not per record. The numbers between the last one handed out and the next
-- block are skipped (gaps were always allowed).
ALTER SEQUENCE contact_number_seq INCREMENT BY 50;
ALTER SEQUENCE communication_number_seq INCREMENT BY 50;

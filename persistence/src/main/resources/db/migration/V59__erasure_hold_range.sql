-- The erasure receipt gives the range of the legal holds it keeps invoices under (the earliest
-- and the latest end), not only the latest: kept_from is the earliest end, kept_until the latest.
ALTER TABLE erasure_step ADD COLUMN kept_from DATE;

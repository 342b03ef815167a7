-- The retention engine (R-T1..R-T9, R-T7 tombstones).
--
-- A sweep run records the calendar day it applied the rules for, the version of
-- the rule it applied, how many batches it committed and, when it ran to catch
-- up after the server was down, how many scheduled runs it stood in for.
ALTER TABLE sweep_run ADD COLUMN run_day DATE;
ALTER TABLE sweep_run ADD COLUMN rule_version INTEGER;
ALTER TABLE sweep_run ADD COLUMN batches INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sweep_run ADD COLUMN missed_runs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sweep_run ADD COLUMN notes VARCHAR(1000);
ALTER TABLE sweep_run ADD CONSTRAINT sweep_run_trigger_ck CHECK (trigger_kind IN ('SCHEDULED', 'CATCH_UP', 'MANUAL'));
CREATE INDEX sweep_run_started_ix ON sweep_run (started_at);

-- Which run wrote a tombstone: the run history and the tombstones prove each
-- other (rows deleted = the sum of the run's tombstones). Deletions made outside
-- a sweep (erasure, a customer's own) leave it empty.
ALTER TABLE tombstone ADD COLUMN run_id BIGINT;
ALTER TABLE tombstone ADD CONSTRAINT tombstone_run_fk FOREIGN KEY (run_id) REFERENCES sweep_run (id);
CREATE INDEX tombstone_run_ix ON tombstone (run_id);

-- The statutory periods by country are changed by admins like the rules are,
-- and the public page lists those changes too: a change of a country's period
-- is recorded against the rule that reads it (BILLING or CANDIDATE_HIRED).
ALTER TABLE retention_rule_change ADD COLUMN country CHAR(2);

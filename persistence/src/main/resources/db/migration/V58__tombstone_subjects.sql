-- R-T7: a tombstone that counts a batch of many people's rows (the browser log's one per batch)
-- names each person it touched here, with how many of the batch's rows were theirs, so that
-- every person can see what of theirs was deleted and when it leaves the backups. Filled by the
-- sweep in the batch's own transaction, set-based from the batch's rows. Keyed by the tombstone
-- first, so that a batch's links are appended together; found by person through the second index.
CREATE TABLE tombstone_subject (
    tombstone_id  BIGINT       NOT NULL REFERENCES tombstone (id) ON DELETE CASCADE,
    subject_ref   VARCHAR(36)  NOT NULL,
    row_count     INTEGER      NOT NULL,
    PRIMARY KEY (tombstone_id, subject_ref)
);
CREATE INDEX tombstone_subject_ref_ix ON tombstone_subject (subject_ref);

-- A new e-mail address takes effect only once its owner opens the single-use
-- link sent to it (an access_token of purpose EMAIL_CHANGE). Data is matched by
-- address (a candidate's applications, requests filed from that address), so an
-- address nobody proved they own must never reach an account or a candidate.
ALTER TABLE access_token ADD COLUMN user_id BIGINT;
ALTER TABLE access_token ADD COLUMN new_email VARCHAR(254);
ALTER TABLE access_token ADD CONSTRAINT access_token_user_fk
    FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE;
ALTER TABLE access_token DROP CONSTRAINT access_token_purpose_ck;
ALTER TABLE access_token ADD CONSTRAINT access_token_purpose_ck
    CHECK (purpose IN ('REQUEST_VERIFICATION', 'CANDIDATE_ACCESS', 'EXPORT_DOWNLOAD', 'EMAIL_CHANGE'));
CREATE INDEX access_token_user_ix ON access_token (user_id);

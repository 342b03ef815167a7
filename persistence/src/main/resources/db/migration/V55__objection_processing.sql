-- Issue 10, item 10: an objection says what it objects to (GDPR art. 21): one of the
-- processings the policy describes (requests.entity.ObjectedProcessing), the person's own words
-- being in details. Objections filed before this have none: they read "not stated".
ALTER TABLE privacy_request ADD COLUMN objection_processing VARCHAR(30);
ALTER TABLE privacy_request ADD CONSTRAINT privacy_request_objection_ck CHECK (objection_processing IS NULL
    OR (type = 'OBJECTION' AND objection_processing IN ('MARKETING', 'EVENT_SHARING', 'SESSION_RECORDING',
        'BROWSER_STATISTICS', 'TALENT_POOL', 'OTHER')));

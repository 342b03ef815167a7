-- A deadline missed stays missed (GDPR art. 12(3)): a request records that it was once past its
-- due date, so that neither a later extension nor its closing hides it from the queue's flag and
-- the dashboard's "closed on time". The application sets it from now on; the rows written before
-- get it from what they show: still open past their due date, closed after it, or extended after
-- their original due date had passed. Dates are compared as stored (UTC): in a zone east of UTC a
-- row closed in the first hours after its due day may be missed here (the dashboard still counts it
-- late from its closing date), never one flagged wrongly.
ALTER TABLE privacy_request ADD COLUMN was_overdue BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE privacy_request SET was_overdue = TRUE
 WHERE status IN ('SUBMITTED', 'IDENTITY_PENDING', 'VERIFIED', 'IN_PROGRESS') AND due_date < CURRENT_DATE;

UPDATE privacy_request SET was_overdue = TRUE
 WHERE closed_at IS NOT NULL AND status IN ('COMPLETED', 'REJECTED') AND CAST(closed_at AS DATE) > due_date;

UPDATE privacy_request SET was_overdue = TRUE
 WHERE EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = privacy_request.id AND e.action = 'EXTENDED'
                  AND CAST(e.occurred_at AS DATE) > privacy_request.original_due_date);

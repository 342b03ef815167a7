-- Issue 10, item 7: only exchanges about a job move a candidate's last contact (the application,
-- HR moving it on, a contact HR recorded, the candidate agreeing to stay in the talent pool).
-- Earlier versions also moved it when the candidate corrected their contact data, objected, or
-- had a request verified, which pushed their deletion back by the whole R-T1 period. Their last
-- contact goes back to their latest exchange about a job, as the history records it; a candidate
-- without such a step keeps the date of their application. No date is ever moved later.
UPDATE candidate SET last_contact_at = COALESCE(
    (SELECT MAX(e.occurred_at) FROM candidate_event e
    WHERE e.candidate_id = candidate.id AND e.occurred_at >= candidate.applied_at
      AND (e.kind IN ('APPLIED', 'STATE', 'CONTACT') OR (e.kind = 'TALENT_POOL_ANSWERED' AND e.note = 'YES'))),
    applied_at)
WHERE EXISTS (
    SELECT 1 FROM candidate_event r WHERE r.candidate_id = candidate.id
      AND r.kind IN ('REQUEST', 'CONTACT_CORRECTED', 'OBJECTED') AND r.occurred_at <= candidate.last_contact_at)
  AND last_contact_at > COALESCE(
    (SELECT MAX(e.occurred_at) FROM candidate_event e
    WHERE e.candidate_id = candidate.id AND e.occurred_at >= candidate.applied_at
      AND (e.kind IN ('APPLIED', 'STATE', 'CONTACT') OR (e.kind = 'TALENT_POOL_ANSWERED' AND e.note = 'YES'))),
    applied_at);

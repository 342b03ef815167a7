package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.requests.entity.RequestType;
import com.genuka.privacy.requests.entity.SubjectKind;

/**
 * Fired inside the transaction in which a request becomes VERIFIED (the subject is proven and the
 * request can be acted on), whatever the path: login, a verification link, an admin's check, a
 * candidate's own page. Observers that write (an e-mail to HR through the outbox) join that
 * transaction, so the verification and what it causes commit or roll back together.
 */
public record RequestVerified(long requestId, RequestType type, SubjectKind subjectKind) {}

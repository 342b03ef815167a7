package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.requests.entity.RequestType;

/**
 * Fired when an admin starts working on a request (VERIFIED → IN_PROGRESS). Engines that carry a
 * type of request out observe it after the commit and report back through
 * {@link RequestWorkflow#completeBySystem} or {@link RequestWorkflow#failBySystem}.
 */
public record RequestStarted(long requestId, RequestType type) {}

package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.ObjectedProcessing;
import com.genuka.privacy.requests.entity.RequestType;
import java.time.Instant;

/**
 * A request that reached us by e-mail or WhatsApp (the channels the policy names), as an admin
 * logs it (R-R7). {@code receivedAt} starts the legal clock; {@code objection} is what an objection
 * objects to (null for other types).
 */
public record LoggedRequestForm(RequestType type, ObjectedProcessing objection, Channel channel, Instant receivedAt, String email,
    String fullName, String phone, String locale, String details) {}

package com.genuka.privacy.browsing.boundary;

import java.time.Instant;

/** One page view as the passive log records it (C3). */
public record Visit(
    Long userId,
    Instant at,
    String ipAddress,
    String browser,
    String platform,
    String referrer,
    String language,
    String country,
    String path) {}

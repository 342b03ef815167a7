package com.genuka.privacy.requests.boundary;

import java.time.LocalDate;

/**
 * How the admin queue is filtered and sorted. {@code status} is a status name, "OPEN" (the
 * default) or "ALL"; null fields do not filter.
 */
public record QueueFilter(String type, String status, String channel, LocalDate dueBefore,
    boolean overdueOnly, String sort, boolean ascending) {

  public static QueueFilter open() {
    return new QueueFilter(null, "OPEN", null, null, false, "DUE", true);
  }
}

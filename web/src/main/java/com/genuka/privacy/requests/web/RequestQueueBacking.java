package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.QueueFilter;
import com.genuka.privacy.requests.boundary.RequestSummary;
import com.genuka.privacy.requests.boundary.RequestWorkflow;
import com.genuka.privacy.requests.entity.Channel;
import com.genuka.privacy.requests.entity.RequestStatus;
import com.genuka.privacy.requests.entity.RequestType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The admin queue (R-Q1): filtered by type, status, channel and due date, sorted by any column,
 * all in the address so that a view can be bookmarked; overdue requests in red.
 */
@Named
@RequestScoped
public class RequestQueueBacking {

  private static final Set<String> SORTS = Set.of("DUE", "RECEIVED", "TYPE", "STATUS", "CHANNEL", "REFERENCE");

  @EJB RequestWorkflow workflow;

  private String type;
  private String status;
  private String channel;
  private String due;
  private boolean overdue;
  private String sort;
  private String dir;
  private List<RequestSummary> requests;

  /** f:viewAction: unknown values in the address are ignored rather than refused. */
  public void load() {
    type = known(type, Arrays.stream(RequestType.values()).map(Enum::name).toList());
    channel = known(channel, Arrays.stream(Channel.values()).map(Enum::name).toList());
    List<String> statuses = new java.util.ArrayList<>(Arrays.stream(RequestStatus.values()).map(Enum::name).toList());
    statuses.add("ALL");
    statuses.add("OPEN");
    status = status == null ? "OPEN" : known(status, statuses);
    sort = sort != null && SORTS.contains(sort) ? sort : "DUE";
    LocalDate dueBefore = null;
    try {
      dueBefore = due == null || due.isBlank() ? null : LocalDate.parse(due);
    } catch (DateTimeParseException e) {
      due = null;
    }
    requests = workflow.queue(new QueueFilter(type, status == null ? "OPEN" : status, channel, dueBefore, overdue, sort,
        !"desc".equals(dir)));
  }

  private static String known(String value, List<String> allowed) {
    return value != null && allowed.contains(value) ? value : null;
  }

  /** The address that sorts by {@code column}, toggling the direction when already sorted by it. */
  public String sortUrl(String column) {
    boolean same = column.equals(sort);
    String nextDir = same && !"desc".equals(dir) ? "desc" : "asc";
    StringBuilder q = new StringBuilder("?sort=").append(column).append("&dir=").append(nextDir);
    append(q, "type", type);
    append(q, "status", status);
    append(q, "channel", channel);
    append(q, "due", due);
    if (overdue) {
      q.append("&overdue=true");
    }
    return q.toString();
  }

  /** aria-sort of a column header. */
  public String ariaSort(String column) {
    if (!column.equals(sort)) {
      return "none";
    }
    return "desc".equals(dir) ? "descending" : "ascending";
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public String getSummary() {
    return Messages.text("queue.summary", requests.size(), getOverdueCount());
  }

  public long getOverdueCount() {
    return requests.stream().filter(RequestSummary::overdue).count();
  }

  /** "12 days left", "due today", "overdue by 3 days", "closed" or "closed late". */
  public String daysLabel(RequestSummary r) {
    if (!RequestStatus.valueOf(r.status()).isOpen()) {
      return Messages.text(r.late() ? "queue.closedLate" : "queue.closed");
    }
    if (r.overdue()) {
      // a deadline missed stays missed, even once the due date moved on (an extension given before the fix)
      return r.daysLeft() < 0 ? Messages.text("queue.overdueBy", -r.daysLeft()) : Messages.text("queue.deadlineMissed");
    }
    return r.daysLeft() == 0 ? Messages.text("queue.dueToday") : Messages.text("queue.days", r.daysLeft());
  }

  /** CSS class of the days-left badge: red once overdue, amber within a week. */
  public String urgency(RequestSummary r) {
    if (!RequestStatus.valueOf(r.status()).isOpen()) {
      return r.late() ? "badge badge-overdue" : "badge badge-neutral";
    }
    if (r.overdue()) {
      return "badge badge-overdue";
    }
    return r.daysLeft() <= 7 ? "badge badge-soon" : "badge badge-ok";
  }

  public List<String> getTypes() {
    return Arrays.stream(RequestType.values()).map(Enum::name).toList();
  }

  public List<String> getStatuses() {
    return Arrays.stream(RequestStatus.values()).map(Enum::name).toList();
  }

  public List<String> getChannels() {
    return Arrays.stream(Channel.values()).map(Enum::name).toList();
  }

  public List<RequestSummary> getRequests() {
    return requests;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getDir() {
    return dir;
  }

  public void setDir(String dir) {
    this.dir = dir;
  }
}

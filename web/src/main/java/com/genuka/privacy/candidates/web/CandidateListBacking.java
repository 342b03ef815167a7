package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDirectory;
import com.genuka.privacy.candidates.boundary.CandidateFilter;
import com.genuka.privacy.candidates.boundary.CandidateList;
import com.genuka.privacy.candidates.boundary.CandidateSummary;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR's landing page: every candidate, searchable and filtered by position, state and deletion
 * date, with the day their data will be deleted. The filters live in the address, so a view can
 * be bookmarked or shared with a colleague.
 */
@Named
@RequestScoped
public class CandidateListBacking {

  private static final Set<String> SORTS = Set.of("LAST_CONTACT", "NAME", "APPLIED");

  @EJB CandidateDirectory directory;

  @Inject
  @ConfigProperty(name = "genuka.candidates.max-document-bytes", defaultValue = "5242880")
  long maxBytes;

  private String q;
  private String position;
  private String state;
  private String before;
  private String sort;
  private String page;
  private String upload;
  private CandidateList list;
  private List<String> positions;

  /** f:viewAction: unknown values in the address are ignored rather than refused. */
  public void load() {
    positions = directory.positions();
    position = position != null && positions.contains(position) ? position : null;
    state = state != null && Arrays.stream(CandidateState.values()).anyMatch(s -> s.name().equals(state)) ? state : null;
    sort = sort != null && SORTS.contains(sort) ? sort : "LAST_CONTACT";
    LocalDate deletionBefore = null;
    try {
      deletionBefore = before == null || before.isBlank() ? null : LocalDate.parse(before);
    } catch (DateTimeParseException e) {
      before = null;
    }
    if (q != null && q.length() > 100) {
      q = q.substring(0, 100);
    }
    int wanted = 1;
    try {
      wanted = page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      page = null;
    }
    list = directory.list(new CandidateFilter(q, position, state, deletionBefore, sort, wanted));
    if ("tooLarge".equals(upload)) {
      Messages.error("candidate.file.tooLarge", maxBytes / (1024 * 1024));
    }
  }

  public String pageUrl(int target) {
    StringBuilder url = new StringBuilder("?page=").append(target);
    append(url, "q", q);
    append(url, "position", position);
    append(url, "state", state);
    append(url, "before", before);
    append(url, "sort", sort);
    return url.toString();
  }

  public String getSummary() {
    return Messages.text("hr.list.summary", list.total(), list.page(), list.pages());
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** "in 12 days", "today", "3 days late (next sweep)". */
  public static String when(CandidateSummary c) {
    if (c.deletionDate() == null) {
      return "";
    }
    if (c.daysLeft() < 0) {
      return Messages.text("hr.deletion.late", -c.daysLeft());
    }
    return c.daysLeft() == 0 ? Messages.text("hr.deletion.today") : Messages.text("hr.deletion.inDays", c.daysLeft());
  }

  public String whenLabel(CandidateSummary c) {
    return when(c);
  }

  public List<CandidateSummary> getCandidates() {
    return list.items();
  }

  public CandidateList getList() {
    return list;
  }

  public List<String> getPositions() {
    return positions;
  }

  public List<String> getStates() {
    return Arrays.stream(CandidateState.values()).map(Enum::name).toList();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getUpload() {
    return upload;
  }

  public void setUpload(String upload) {
    this.upload = upload;
  }
}

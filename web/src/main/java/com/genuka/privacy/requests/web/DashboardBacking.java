package com.genuka.privacy.requests.web;

import com.genuka.privacy.portal.web.LocaleBacking;
import com.genuka.privacy.portal.web.Messages;
import com.genuka.privacy.requests.boundary.RequestStatistics;
import com.genuka.privacy.requests.entity.RequestStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admin dashboard: open requests by type and state, the share closed on time and the median
 * days to close over the last 12 months. Chart.js draws the charts from a JSON island the page
 * carries; the same figures are in tables for anyone who does not see the charts.
 */
@Named
@RequestScoped
public class DashboardBacking {

  @EJB RequestStatistics statistics;

  @Inject LocaleBacking locale;

  private Map<String, Map<String, Long>> open;
  private RequestStatistics.Year year;

  @PostConstruct
  void load() {
    open = statistics.openByTypeAndStatus();
    year = statistics.lastTwelveMonths();
  }

  public List<String> getOpenStatuses() {
    return RequestStatus.open().stream().map(Enum::name).sorted().toList();
  }

  public Map<String, Map<String, Long>> getOpen() {
    return open;
  }

  public long openCount(String type, String status) {
    return open.getOrDefault(type, Map.of()).getOrDefault(status, 0L);
  }

  public long getOpenTotal() {
    return open.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  public RequestStatistics.Year getYear() {
    return year;
  }

  public String monthLabel(java.time.YearMonth month) {
    Locale l = locale.getLocale();
    return month.getMonth().getDisplayName(TextStyle.SHORT, l) + " " + month.getYear();
  }

  /** The figures the charts draw, as JSON (labels already in the page's language). */
  public String getChartJson() {
    Locale l = locale.getLocale();
    JsonArrayBuilder types = Json.createArrayBuilder();
    open.keySet().forEach(t -> types.add(Messages.text(l, "request.type." + t)));
    JsonArrayBuilder byStatus = Json.createArrayBuilder();
    for (String status : getOpenStatuses()) {
      JsonArrayBuilder counts = Json.createArrayBuilder();
      open.keySet().forEach(t -> counts.add(openCount(t, status)));
      byStatus.add(Json.createObjectBuilder().add("label", Messages.text(l, "request.status." + status)).add("data", counts));
    }
    JsonArrayBuilder months = Json.createArrayBuilder();
    JsonArrayBuilder onTime = Json.createArrayBuilder();
    JsonArrayBuilder median = Json.createArrayBuilder();
    for (RequestStatistics.Month m : year.months()) {
      months.add(monthLabel(m.month()));
      if (m.onTimePercent() == null) {
        onTime.addNull();
      } else {
        onTime.add(m.onTimePercent());
      }
      if (m.medianDaysToClose() == null) {
        median.addNull();
      } else {
        median.add(m.medianDaysToClose());
      }
    }
    JsonObjectBuilder labels = Json.createObjectBuilder()
        .add("onTime", Messages.text(l, "dashboard.onTimeSeries"))
        .add("median", Messages.text(l, "dashboard.medianSeries"));
    return Json.createObjectBuilder()
        .add("types", types).add("byStatus", byStatus).add("months", months)
        .add("onTime", onTime).add("median", median).add("labels", labels)
        .build().toString();
  }

  static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
}

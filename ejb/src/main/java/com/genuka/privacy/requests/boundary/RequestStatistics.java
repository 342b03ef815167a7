package com.genuka.privacy.requests.boundary;

import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.requests.entity.PrivacyRequest;
import com.genuka.privacy.requests.entity.RequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of the admin dashboard: what is open, and how well deadlines were kept over a year. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RequestStatistics {

  @PersistenceContext EntityManager em;

  @Inject PortalClock clock;

  /** Open requests counted by type, then by status. */
  public Map<String, Map<String, Long>> openByTypeAndStatus() {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (Object[] row : em.createQuery("SELECT r.type, r.status, COUNT(r) FROM PrivacyRequest r"
            + " WHERE r.status IN :open GROUP BY r.type, r.status", Object[].class)
        .setParameter("open", RequestStatus.open()).getResultList()) {
      out.computeIfAbsent(((Enum<?>) row[0]).name(), k -> new TreeMap<>()).put(((Enum<?>) row[1]).name(), (Long) row[2]);
    }
    return out;
  }

  /** One month of closed requests (completed or rejected). */
  public record Month(YearMonth month, int closed, int onTime, Double medianDaysToClose) {
    public Integer onTimePercent() {
      return closed == 0 ? null : (int) Math.round(100.0 * onTime / closed);
    }
  }

  /** The year's figures, month by month, and for the whole year. */
  public record Year(List<Month> months, int closed, int onTime, Double medianDaysToClose) {
    public Integer onTimePercent() {
      return closed == 0 ? null : (int) Math.round(100.0 * onTime / closed);
    }
  }

  public Year lastTwelveMonths() {
    LocalDate today = clock.today();
    YearMonth first = YearMonth.from(today).minusMonths(11);
    List<PrivacyRequest> closed = em.createQuery("SELECT r FROM PrivacyRequest r WHERE r.status IN :closed"
            + " AND r.closedAt >= :since", PrivacyRequest.class)
        .setParameter("closed", EnumSet.of(RequestStatus.COMPLETED, RequestStatus.REJECTED))
        .setParameter("since", first.atDay(1).atStartOfDay(clock.zone()).toInstant())
        .getResultList();
    Map<YearMonth, List<PrivacyRequest>> byMonth = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      byMonth.put(first.plusMonths(i), new ArrayList<>());
    }
    for (PrivacyRequest r : closed) {
      byMonth.computeIfAbsent(YearMonth.from(r.getClosedAt().atZone(clock.zone())), k -> new ArrayList<>()).add(r);
    }
    List<Month> months = new ArrayList<>();
    List<Long> allDays = new ArrayList<>();
    int onTimeAll = 0;
    for (var e : byMonth.entrySet()) {
      List<Long> days = new ArrayList<>();
      int onTime = 0;
      for (PrivacyRequest r : e.getValue()) {
        LocalDate closedOn = LocalDate.ofInstant(r.getClosedAt(), clock.zone());
        days.add(ChronoUnit.DAYS.between(LocalDate.ofInstant(r.getReceivedAt(), clock.zone()), closedOn));
        // on time only if closed by its due date and never past it before (a deadline missed stays missed)
        if (!closedOn.isAfter(r.getDueDate()) && !r.isWasOverdue()) {
          onTime++;
        }
      }
      allDays.addAll(days);
      onTimeAll += onTime;
      months.add(new Month(e.getKey(), e.getValue().size(), onTime, median(days)));
    }
    return new Year(months, allDays.size(), onTimeAll, median(allDays));
  }

  static Double median(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}

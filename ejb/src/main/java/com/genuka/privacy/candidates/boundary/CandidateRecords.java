package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.accounts.control.CallerAccounts;
import com.genuka.privacy.accounts.entity.Role;
import com.genuka.privacy.accounts.entity.UserAccount;
import com.genuka.privacy.audit.boundary.AuditEntry.Actor;
import com.genuka.privacy.candidates.control.CandidateInput;
import com.genuka.privacy.candidates.control.CandidateJournal;
import com.genuka.privacy.candidates.control.ErasureEngine;
import com.genuka.privacy.candidates.control.RetentionTerms;
import com.genuka.privacy.candidates.control.SpecialCategories;
import com.genuka.privacy.candidates.entity.Candidate;
import com.genuka.privacy.candidates.entity.CandidateState;
import com.genuka.privacy.platform.control.PortalClock;
import com.genuka.privacy.platform.control.UserFacingException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What HR does with a candidate's file: create and edit it, move the application through its
 * states (each move dated and audited, and counted as an exchange), record contacts, enter the
 * offer-stage data once an offer is made and only then (policy), and record an objection received
 * by phone or e-mail. Free text that looks like special-category data (R-C2) is not saved until HR
 * removes it or confirms it holds none; the confirmation is recorded and audited.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class CandidateRecords {

  static final Set<String> CONTACT_CHANNELS = Set.of("EMAIL", "PHONE", "MEETING", "LETTER", "OTHER");
  private static final Set<CandidateState> CLOSED = EnumSet.of(CandidateState.HIRED, CandidateState.REJECTED,
      CandidateState.WITHDRAWN);

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject PortalClock clock;

  @Inject CandidateJournal journal;

  @Inject ErasureEngine engine;

  public long create(CandidateForm form, boolean confirmSpecial) {
    UserAccount hr = CallerAccounts.caller(context, em);
    String name = CandidateInput.name(form.fullName());
    String email = CandidateInput.email(form.email());
    String position = CandidateInput.position(form.position());
    String notes = CandidateInput.text(form.notes(), CandidateInput.MAX_NOTES, "field.candidate.notes");
    String letter = CandidateInput.text(form.coverLetterText(), CandidateInput.MAX_LETTER, "field.candidate.coverLetterText");
    String phone = CandidateInput.phone(form.phone());
    LocalDate applied = CandidateInput.appliedOn(form.appliedOn(), clock.today());
    List<SpecialCategoryFlagged.Flag> flags = flags(confirmSpecial, "field.candidate.notes", notes,
        "field.candidate.coverLetterText", letter);
    boolean duplicate = em.createQuery("SELECT COUNT(c) FROM Candidate c WHERE LOWER(c.email) = :email"
            + " AND c.position = :position AND c.state NOT IN :closed", Long.class)
        .setParameter("email", email).setParameter("position", position).setParameter("closed", CLOSED)
        .getSingleResult() > 0;
    if (duplicate) {
      throw new UserFacingException("candidate.duplicate");
    }
    Instant now = clock.now();
    Instant appliedAt = applied.equals(clock.today()) ? now : applied.atStartOfDay(clock.zone()).toInstant();
    Candidate c = new Candidate(UUID.randomUUID().toString(), name, email, position,
        CandidateInput.locale(form.locale()), appliedAt);
    c.setPhone(phone);
    c.setNotes(notes);
    c.setCoverLetterText(letter);
    em.persist(c);
    em.flush();
    journal.step(c, "APPLIED", null, CandidateState.APPLIED, hr.getId(), null);
    journal.audit(actor(hr), "CANDIDATE_CREATED", c, "candidate file created, state APPLIED", null);
    confirmed(c, hr, flags);
    return c.getId();
  }

  public CandidateDetail update(long id, int version, CandidateForm form, boolean confirmSpecial) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = forChange(id, version);
    String name = CandidateInput.name(form.fullName());
    String email = CandidateInput.email(form.email());
    String phone = CandidateInput.phone(form.phone());
    String position = CandidateInput.position(form.position());
    String locale = CandidateInput.locale(form.locale());
    String notes = CandidateInput.text(form.notes(), CandidateInput.MAX_NOTES, "field.candidate.notes");
    String letter = CandidateInput.text(form.coverLetterText(), CandidateInput.MAX_LETTER, "field.candidate.coverLetterText");
    // Only text that changed is looked at again: what HR already confirmed stays confirmed.
    List<SpecialCategoryFlagged.Flag> flags = flags(confirmSpecial,
        "field.candidate.notes", Objects.equals(notes, c.getNotes()) ? null : notes,
        "field.candidate.coverLetterText", Objects.equals(letter, c.getCoverLetterText()) ? null : letter);
    Map<String, String> before = new LinkedHashMap<>();
    change(before, "fullName", c.getFullName(), name);
    change(before, "email", c.getEmail(), email);
    change(before, "phone", c.getPhone(), phone);
    change(before, "position", c.getPosition(), position);
    change(before, "locale", c.getLocale(), locale);
    boolean notesChanged = !Objects.equals(notes, c.getNotes());
    boolean letterChanged = !Objects.equals(letter, c.getCoverLetterText());
    if (before.isEmpty() && !notesChanged && !letterChanged) {
      return detail(c);
    }
    c.setFullName(name);
    c.setEmail(email);
    c.setPhone(phone);
    c.setPosition(position);
    c.setLocale(locale);
    c.setNotes(notes);
    c.setCoverLetterText(letter);
    List<String> fields = new ArrayList<>(before.keySet());
    if (notesChanged) {
      fields.add("notes");
    }
    if (letterChanged) {
      fields.add("coverLetterText");
    }
    String changed = String.join(", ", fields);
    journal.step(c, "EDITED", null, null, hr.getId(), changed);
    journal.audit(actor(hr), "CANDIDATE_UPDATED", c, "changed: " + changed,
        before.isEmpty() ? null : "before: " + before);
    confirmed(c, hr, flags);
    return detail(c);
  }

  /** Moves the application on; leaving the offer without a hire drops the offer-stage data. */
  public CandidateDetail move(long id, int version, String target) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = forChange(id, version);
    CandidateState to = CandidateDirectory.state(target == null ? "" : target);
    CandidateState from = c.getState();
    if (!from.canMoveTo(to)) {
      throw new UserFacingException("candidate.illegalMove");
    }
    if (to == CandidateState.HIRED) {
      if (c.getEmploymentCountry() == null || journal.terms().yearsFor(c.getEmploymentCountry()) == null
          || c.getContractStart() == null) {
        throw new UserFacingException("candidate.hireNeedsContract");
      }
    }
    c.setState(to);
    c.setLastContactAt(clock.now());
    journal.step(c, "STATE", from, to, hr.getId(), null);
    journal.audit(actor(hr), "CANDIDATE_STATE_CHANGED", c, from.name() + " -> " + to.name(), null);
    if (!to.allowsOfferData() && (c.hasOfferData() || c.getEmploymentCountry() != null || c.getContractStart() != null)) {
      c.clearOfferData();
      c.setEmploymentCountry(null);
      c.setContractStart(null);
      c.setContractEnd(null);
      journal.step(c, "OFFER_DATA_CLEARED", null, null, hr.getId(), null);
      journal.audit(actor(hr), "CANDIDATE_OFFER_DATA_CLEARED", c,
          "offer-stage data deleted: kept for hired candidates only", null);
    }
    return detail(c);
  }

  /** An exchange with the candidate (a call, an e-mail, a meeting): it moves the last-contact date (R-T1). */
  public CandidateDetail recordContact(long id, String channel, String note, boolean confirmSpecial) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = em.find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    if (channel == null || !CONTACT_CHANNELS.contains(channel)) {
      throw new UserFacingException("candidate.contactChannel");
    }
    String text = CandidateInput.text(note, 300, "field.candidate.contactNote");
    List<SpecialCategoryFlagged.Flag> flags = flags(confirmSpecial, "field.candidate.contactNote", text);
    c.setLastContactAt(clock.now());
    journal.step(c, "CONTACT", null, null, hr.getId(), text == null ? channel : channel + ": " + text);
    journal.audit(actor(hr), "CANDIDATE_CONTACT_RECORDED", c, "contact by " + channel, text);
    confirmed(c, hr, flags);
    return detail(c);
  }

  /** Offer-stage data: only once an offer is made, and a hire needs its country and contract. */
  public CandidateDetail saveOffer(long id, int version, OfferForm form) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = forChange(id, version);
    if (!c.getState().allowsOfferData()) {
      throw new UserFacingException("candidate.offerDataNotYet");
    }
    LocalDate today = clock.today();
    String address = CandidateInput.address(form.homeAddress());
    LocalDate birth = CandidateInput.dateOfBirth(form.dateOfBirth(), today);
    String idNumber = CandidateInput.idNumber(form.idDocumentNumber());
    String iban = CandidateInput.iban(form.bankIban());
    String country = form.employmentCountry() == null || form.employmentCountry().isBlank() ? null
        : form.employmentCountry().strip();
    RetentionTerms terms = journal.terms();
    if (country != null && terms.yearsFor(country) == null) {
      throw new UserFacingException("candidate.countryUnknown");
    }
    if (form.contractStart() != null && form.contractEnd() != null && form.contractEnd().isBefore(form.contractStart())) {
      throw new UserFacingException("candidate.contractDates");
    }
    if (form.contractEnd() != null && form.contractStart() == null) {
      throw new UserFacingException("candidate.contractDates");
    }
    if (c.getState() == CandidateState.HIRED && (country == null || form.contractStart() == null)) {
      throw new UserFacingException("candidate.hireNeedsContract");
    }
    Map<String, String> changed = new LinkedHashMap<>();
    change(changed, "homeAddress", c.getHomeAddress(), address);
    change(changed, "dateOfBirth", c.getDateOfBirth(), birth);
    change(changed, "idDocumentNumber", c.getIdDocumentNumber(), idNumber);
    change(changed, "bankIban", c.getBankIban(), iban);
    change(changed, "employmentCountry", c.getEmploymentCountry(), country);
    change(changed, "contractStart", c.getContractStart(), form.contractStart());
    change(changed, "contractEnd", c.getContractEnd(), form.contractEnd());
    if (changed.isEmpty()) {
      return detail(c);
    }
    c.setHomeAddress(address);
    c.setDateOfBirth(birth);
    c.setIdDocumentNumber(idNumber);
    c.setBankIban(iban);
    c.setEmploymentCountry(country);
    c.setContractStart(form.contractStart());
    c.setContractEnd(form.contractEnd());
    String fields = String.join(", ", changed.keySet());
    journal.step(c, "OFFER_DATA", null, null, hr.getId(), fields);
    // Field names only: identity and bank details are not copied into the audit log.
    journal.audit(actor(hr), "CANDIDATE_OFFER_DATA_SAVED", c, "changed: " + fields, null);
    return detail(c);
  }

  /** An objection received by e-mail or phone: the data goes at once (R-T1), unless they were hired. */
  public CandidateDetail recordObjection(long id) {
    UserAccount hr = CallerAccounts.caller(context, em);
    Candidate c = em.find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    if (c.getState() == CandidateState.HIRED) {
      throw new UserFacingException("candidate.objectionHired");
    }
    if (!c.isObjectedToRetention()) {
      c.setObjectedToRetention(true);
      c.setTalentPoolConsent(Boolean.FALSE);
      journal.step(c, "OBJECTED", null, null, hr.getId(), null);
      journal.audit(actor(hr), "CANDIDATE_OBJECTION_RECORDED", c, "objection to retention recorded by HR", null);
    }
    return detail(c);
  }

  public CandidateDetail detail(long id) {
    Candidate c = em.find(Candidate.class, id);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    return detail(c);
  }

  private CandidateDetail detail(Candidate c) {
    em.flush();
    return CandidateViews.detail(em, c, journal.terms(), engine.takesCandidateErasures());
  }

  /**
   * Loads a candidate for a change made from a page: if someone changed it since the page was
   * drawn, the change is refused and nothing happens.
   */
  private Candidate forChange(long id, int version) {
    Candidate c = em.find(Candidate.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new UserFacingException("candidate.notFound");
    }
    if (c.getVersion() != version) {
      throw new UserFacingException("error.concurrentChange");
    }
    return c;
  }

  /** Pairs of (field label key, text): the special-category flags, refused unless confirmed. */
  static List<SpecialCategoryFlagged.Flag> flags(boolean confirmed, String... fieldsAndTexts) {
    List<SpecialCategoryFlagged.Flag> flags = new ArrayList<>();
    for (int i = 0; i + 1 < fieldsAndTexts.length; i += 2) {
      for (SpecialCategories.Finding f : SpecialCategories.scan(fieldsAndTexts[i + 1])) {
        flags.add(new SpecialCategoryFlagged.Flag(fieldsAndTexts[i], f.category().name(), f.excerpt()));
      }
    }
    if (!flags.isEmpty() && !confirmed) {
      throw new SpecialCategoryFlagged(flags);
    }
    return flags;
  }

  /** Records that HR saved flagged text after confirming it holds no special-category data. */
  private void confirmed(Candidate c, UserAccount hr, List<SpecialCategoryFlagged.Flag> flags) {
    if (flags.isEmpty()) {
      return;
    }
    String categories = flags.stream().map(f -> f.category() + " in " + f.field().substring("field.candidate.".length()))
        .distinct().collect(Collectors.joining(", "));
    c.setSpecialCategoryChecked(true);
    c.setSpecialCategoryConfirmedAt(clock.now());
    journal.step(c, "SPECIAL_CONFIRMED", null, null, hr.getId(), categories);
    journal.audit(actor(hr), "CANDIDATE_SPECIAL_CATEGORY_CONFIRMED", c,
        "HR confirmed flagged text holds no special-category data: " + categories,
        flags.stream().map(SpecialCategoryFlagged.Flag::excerpt).distinct().collect(Collectors.joining(" | ")));
  }

  private static void change(Map<String, String> before, String field, Object old, Object now) {
    if (!Objects.equals(old, now)) {
      before.put(field, old == null ? "" : old.toString());
    }
  }

  static Actor actor(UserAccount hr) {
    return new Actor(hr.getSubjectRef(), Role.HR_NAME);
  }
}

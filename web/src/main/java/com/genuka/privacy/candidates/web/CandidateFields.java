package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDetail;
import com.genuka.privacy.candidates.boundary.CandidateForm;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The candidate form's fields as a page edits them (dates as typed in a date input). */
public class CandidateFields {

  private String fullName;
  private String email;
  private String phone;
  private String position;
  private String locale = "fr";
  private String appliedOn;
  private String notes;
  private String coverLetterText;

  public static CandidateFields of(CandidateDetail d) {
    CandidateFields f = new CandidateFields();
    f.fullName = d.fullName();
    f.email = d.email();
    f.phone = d.phone();
    f.position = d.position();
    f.locale = d.locale();
    f.notes = d.notes();
    f.coverLetterText = d.coverLetterText();
    return f;
  }

  public CandidateForm toForm() {
    return new CandidateForm(fullName, email, phone, position, locale, date(appliedOn), notes, coverLetterText);
  }

  /** A date from a date input; an unreadable one is treated as absent and checked by the boundary. */
  static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new com.genuka.privacy.platform.control.UserFacingException("candidate.dateInvalid");
    }
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getAppliedOn() {
    return appliedOn;
  }

  public void setAppliedOn(String appliedOn) {
    this.appliedOn = appliedOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getCoverLetterText() {
    return coverLetterText;
  }

  public void setCoverLetterText(String coverLetterText) {
    this.coverLetterText = coverLetterText;
  }
}

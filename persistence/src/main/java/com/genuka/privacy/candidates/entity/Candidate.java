package com.genuka.privacy.candidates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A job candidate and what they chose to send, plus the contract data once an offer is made. */
@Entity
@Table(name = "candidate")
@NamedQuery(name = "Candidate.findAll", query = "SELECT c FROM Candidate c ORDER BY c.lastContactAt DESC")
@NamedQuery(name = "Candidate.findByEmail", query = "SELECT c FROM Candidate c WHERE c.email = :email")
@NamedQuery(
    name = "Candidate.findSameAddress",
    query = "SELECT c FROM Candidate c WHERE LOWER(c.email) = :email ORDER BY c.appliedAt DESC, c.id DESC")
@NamedQuery(name = "Candidate.positions", query = "SELECT DISTINCT c.position FROM Candidate c ORDER BY c.position")
public class Candidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subject_ref", nullable = false, updatable = false, length = 36)
  private String subjectRef;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 32)
  private String phone;

  @Column(nullable = false, length = 200)
  private String position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CandidateState state = CandidateState.APPLIED;

  @Column(nullable = false, length = 10)
  private String locale;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "last_contact_at", nullable = false)
  private Instant lastContactAt;

  @Column(length = 4000)
  private String notes;

  @Column(name = "cover_letter_text", length = 20000)
  private String coverLetterText;

  @Column(name = "special_category_checked", nullable = false)
  private boolean specialCategoryChecked;

  @Column(name = "special_category_confirmed_at")
  private Instant specialCategoryConfirmedAt;

  @Column(name = "objected_to_retention", nullable = false)
  private boolean objectedToRetention;

  @Column(name = "talent_pool_consent")
  private Boolean talentPoolConsent;

  @Column(name = "talent_pool_asked_at")
  private Instant talentPoolAskedAt;

  @Column(name = "home_address", length = 500)
  private String homeAddress;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "id_document_number", length = 50)
  private String idDocumentNumber;

  @Column(name = "bank_iban", length = 34)
  private String bankIban;

  @Column(name = "employment_country", length = 2)
  private String employmentCountry;

  @Column(name = "contract_start")
  private LocalDate contractStart;

  @Column(name = "contract_end")
  private LocalDate contractEnd;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  protected Candidate() {}

  public Candidate(String subjectRef, String fullName, String email, String position,
      String locale, Instant appliedAt) {
    this.subjectRef = subjectRef;
    this.fullName = fullName;
    this.email = email;
    this.position = position;
    this.locale = locale;
    this.appliedAt = appliedAt;
    this.lastContactAt = appliedAt;
    this.createdAt = appliedAt;
  }

  public boolean hasOfferData() {
    return homeAddress != null || dateOfBirth != null || idDocumentNumber != null || bankIban != null;
  }

  /** Offer-stage data is kept for hired candidates only; anyone else loses it. */
  public void clearOfferData() {
    homeAddress = null;
    dateOfBirth = null;
    idDocumentNumber = null;
    bankIban = null;
  }

  public Long getId() {
    return id;
  }

  public String getSubjectRef() {
    return subjectRef;
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

  public CandidateState getState() {
    return state;
  }

  public void setState(CandidateState state) {
    this.state = state;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public void setAppliedAt(Instant appliedAt) {
    this.appliedAt = appliedAt;
  }

  public Instant getLastContactAt() {
    return lastContactAt;
  }

  public void setLastContactAt(Instant lastContactAt) {
    this.lastContactAt = lastContactAt;
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

  public boolean isSpecialCategoryChecked() {
    return specialCategoryChecked;
  }

  public void setSpecialCategoryChecked(boolean specialCategoryChecked) {
    this.specialCategoryChecked = specialCategoryChecked;
  }

  public Instant getSpecialCategoryConfirmedAt() {
    return specialCategoryConfirmedAt;
  }

  public void setSpecialCategoryConfirmedAt(Instant specialCategoryConfirmedAt) {
    this.specialCategoryConfirmedAt = specialCategoryConfirmedAt;
  }

  public boolean isObjectedToRetention() {
    return objectedToRetention;
  }

  public void setObjectedToRetention(boolean objectedToRetention) {
    this.objectedToRetention = objectedToRetention;
  }

  public Boolean getTalentPoolConsent() {
    return talentPoolConsent;
  }

  public void setTalentPoolConsent(Boolean talentPoolConsent) {
    this.talentPoolConsent = talentPoolConsent;
  }

  public Instant getTalentPoolAskedAt() {
    return talentPoolAskedAt;
  }

  public void setTalentPoolAskedAt(Instant talentPoolAskedAt) {
    this.talentPoolAskedAt = talentPoolAskedAt;
  }

  public String getHomeAddress() {
    return homeAddress;
  }

  public void setHomeAddress(String homeAddress) {
    this.homeAddress = homeAddress;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getIdDocumentNumber() {
    return idDocumentNumber;
  }

  public void setIdDocumentNumber(String idDocumentNumber) {
    this.idDocumentNumber = idDocumentNumber;
  }

  public String getBankIban() {
    return bankIban;
  }

  public void setBankIban(String bankIban) {
    this.bankIban = bankIban;
  }

  public String getEmploymentCountry() {
    return employmentCountry;
  }

  public void setEmploymentCountry(String employmentCountry) {
    this.employmentCountry = employmentCountry;
  }

  public LocalDate getContractStart() {
    return contractStart;
  }

  public void setContractStart(LocalDate contractStart) {
    this.contractStart = contractStart;
  }

  public LocalDate getContractEnd() {
    return contractEnd;
  }

  public void setContractEnd(LocalDate contractEnd) {
    this.contractEnd = contractEnd;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getVersion() {
    return version;
  }
}

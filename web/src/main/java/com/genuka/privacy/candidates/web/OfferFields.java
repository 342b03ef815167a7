package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateDetail;
import com.genuka.privacy.candidates.boundary.OfferForm;

/** The offer-stage fields as a page edits them. */
public class OfferFields {

  private String homeAddress;
  private String dateOfBirth;
  private String idDocumentNumber;
  private String bankIban;
  private String employmentCountry;
  private String contractStart;
  private String contractEnd;

  public static OfferFields of(CandidateDetail d) {
    OfferFields f = new OfferFields();
    f.homeAddress = d.homeAddress();
    f.dateOfBirth = d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
    f.idDocumentNumber = d.idDocumentNumber();
    f.bankIban = d.bankIban();
    f.employmentCountry = d.employmentCountry();
    f.contractStart = d.contractStart() == null ? null : d.contractStart().toString();
    f.contractEnd = d.contractEnd() == null ? null : d.contractEnd().toString();
    return f;
  }

  public OfferForm toForm() {
    return new OfferForm(homeAddress, CandidateFields.date(dateOfBirth), idDocumentNumber, bankIban, employmentCountry,
        CandidateFields.date(contractStart), CandidateFields.date(contractEnd));
  }

  public String getHomeAddress() {
    return homeAddress;
  }

  public void setHomeAddress(String homeAddress) {
    this.homeAddress = homeAddress;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
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

  public String getContractStart() {
    return contractStart;
  }

  public void setContractStart(String contractStart) {
    this.contractStart = contractStart;
  }

  public String getContractEnd() {
    return contractEnd;
  }

  public void setContractEnd(String contractEnd) {
    this.contractEnd = contractEnd;
  }
}

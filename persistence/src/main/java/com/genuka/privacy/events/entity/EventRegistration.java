package com.genuka.privacy.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A registration to an event published on the site: name, e-mail, phone, company (C8). */
@Entity
@Table(name = "event_registration")
@NamedQuery(
    name = "EventRegistration.findByUser",
    query = "SELECT e FROM EventRegistration e WHERE e.userId = :userId ORDER BY e.eventDate DESC")
public class EventRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id")
  private Long userId;

  @Column(name = "event_name", nullable = false, length = 200)
  private String eventName;

  @Column(name = "event_date", nullable = false)
  private LocalDate eventDate;

  @Column(name = "co_organiser", length = 200)
  private String coOrganiser;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 32)
  private String phone;

  @Column(length = 200)
  private String company;

  @Column(name = "share_with_partners", nullable = false)
  private boolean shareWithPartners;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected EventRegistration() {}

  public EventRegistration(Long userId, String eventName, LocalDate eventDate, String fullName,
      String email, Instant registeredAt) {
    this.userId = userId;
    this.eventName = eventName;
    this.eventDate = eventDate;
    this.fullName = fullName;
    this.email = email;
    this.registeredAt = registeredAt;
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getEventName() {
    return eventName;
  }

  public void setEventName(String eventName) {
    this.eventName = eventName;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public void setEventDate(LocalDate eventDate) {
    this.eventDate = eventDate;
  }

  public String getCoOrganiser() {
    return coOrganiser;
  }

  public void setCoOrganiser(String coOrganiser) {
    this.coOrganiser = coOrganiser;
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

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public boolean isShareWithPartners() {
    return shareWithPartners;
  }

  public void setShareWithPartners(boolean shareWithPartners) {
    this.shareWithPartners = shareWithPartners;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public void setRegisteredAt(Instant registeredAt) {
    this.registeredAt = registeredAt;
  }
}

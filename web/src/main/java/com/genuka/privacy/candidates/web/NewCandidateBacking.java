package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.CandidateRecords;
import com.genuka.privacy.candidates.boundary.SpecialCategoryFlagged;
import com.genuka.privacy.portal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * HR records a new application. Text that looks like special-category data (R-C2) stops the save
 * and is shown with its category; HR removes it, or ticks the confirmation and saves again.
 */
@Named
@RequestScoped
public class NewCandidateBacking {

  @EJB CandidateRecords records;

  private final CandidateFields fields = new CandidateFields();
  private boolean confirm;
  private List<SpecialCategoryFlagged.Flag> flags = List.of();

  public String save() {
    try {
      long id = records.create(fields.toForm(), confirm);
      Messages.info("candidate.done.created");
      Messages.keepAcrossRedirect();
      return "/hr/candidate.xhtml?faces-redirect=true&id=" + id;
    } catch (SpecialCategoryFlagged e) {
      flags = e.getFlags();
      Messages.error(e.getMessageKey());
      return null;
    }
  }

  public CandidateFields getFields() {
    return fields;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }

  public List<SpecialCategoryFlagged.Flag> getFlags() {
    return flags;
  }

  public boolean isFlagged() {
    return !flags.isEmpty();
  }
}

package com.genuka.privacy.candidates.boundary;

import com.genuka.privacy.platform.control.UserFacingException;
import java.io.Serializable;
import java.util.List;

/**
 * Free text that seems to hold special-category data (R-C2) was not saved: HR must remove it, or
 * confirm that it holds no such data. Nothing changed (the transaction rolled back).
 */
public class SpecialCategoryFlagged extends UserFacingException {

  private static final long serialVersionUID = 1L;

  /** Where the words are (a field label key), which category they suggest, and the words. */
  public record Flag(String field, String category, String excerpt) implements Serializable {}

  private final List<Flag> flags;

  public SpecialCategoryFlagged(List<Flag> flags) {
    super("candidate.specialCategory.flagged");
    this.flags = List.copyOf(flags);
  }

  public List<Flag> getFlags() {
    return flags;
  }
}

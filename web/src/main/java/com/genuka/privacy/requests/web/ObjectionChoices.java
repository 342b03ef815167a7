package com.genuka.privacy.requests.web;

import com.genuka.privacy.requests.entity.ObjectedProcessing;
import java.util.Arrays;
import java.util.List;

/** The processings a form offers to object to, and what a form sent back. */
final class ObjectionChoices {

  private ObjectionChoices() {}

  static List<String> all() {
    return Arrays.stream(ObjectedProcessing.values()).map(Enum::name).toList();
  }

  /** The processing a form sent, or null when none (or an unknown one) was chosen. */
  static ObjectedProcessing parse(String value) {
    return Arrays.stream(ObjectedProcessing.values()).filter(p -> p.name().equals(value)).findFirst().orElse(null);
  }
}

package com.genuka.privacy.consent.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnsubscribeTest {

  @Test
  void theHintShowsTheFirstLetterAndTheDomainOnly() {
    assertEquals("j•••@demo.genuka.local", Unsubscribe.hint("jean.kamga@demo.genuka.local"));
    assertEquals("•••", Unsubscribe.hint("@nobody"));
  }
}

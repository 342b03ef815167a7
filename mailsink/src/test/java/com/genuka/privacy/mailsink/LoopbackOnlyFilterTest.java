package com.genuka.privacy.mailsink;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackOnlyFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"})
  void theMachineItselfReadsTheMailbox(String address) {
    assertTrue(LoopbackOnlyFilter.allows(address, h -> false), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.2", "10.0.0.5", "192.168.1.20", "fd00::2", "0.0.0.0", "::", "localhost", "", "evil"})
  void anyOtherAddressIsRefused(String address) {
    assertFalse(LoopbackOnlyFilter.allows(address, h -> false), address);
  }

  @Test
  void aForwardedRequestIsRefusedEvenFromLoopback() {
    for (String header : Set.of("X-Forwarded-For", "Forwarded", "X-Real-IP", "$WSRA")) {
      assertFalse(LoopbackOnlyFilter.allows("127.0.0.1", header::equals), header);
    }
  }
}

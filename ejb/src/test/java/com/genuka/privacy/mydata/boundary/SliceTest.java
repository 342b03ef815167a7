package com.genuka.privacy.mydata.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTest {

  @Test
  void pagesOfAList() {
    Slice<String> middle = new Slice<>(List.of("x"), 2, 25, 51);
    assertEquals(3, middle.pages());
    assertTrue(middle.hasPrevious());
    assertTrue(middle.hasNext());
    assertEquals(25, middle.first());
    Slice<String> last = new Slice<>(List.of("x"), 3, 25, 51);
    assertFalse(last.hasNext());
  }

  @Test
  void anEmptyListIsOnePage() {
    Slice<String> empty = new Slice<>(List.of(), 1, 25, 0);
    assertEquals(1, empty.pages());
    assertFalse(empty.hasNext());
    assertFalse(empty.hasPrevious());
  }

  @Test
  void aPageNumberFromAnAddressIsNeverBelowOne() {
    assertEquals(1, Slice.pageOf(null));
    assertEquals(1, Slice.pageOf("abc"));
    assertEquals(1, Slice.pageOf("-4"));
    assertEquals(1, Slice.pageOf("99999999999999"));
    assertEquals(7, Slice.pageOf("7"));
  }
}

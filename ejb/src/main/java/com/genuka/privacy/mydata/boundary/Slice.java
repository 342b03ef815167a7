package com.genuka.privacy.mydata.boundary;

import java.util.List;

/** One page of a long list: its rows, which page it is (from 1), how many rows per page, how many in all. */
public record Slice<T>(List<T> rows, int page, int size, long total) {

  public int pages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }

  public int first() {
    return (page - 1) * size;
  }

  /** A page number from a URL, kept within 1..Integer.MAX; garbage reads as 1. */
  public static int pageOf(String text) {
    try {
      int p = Integer.parseInt(text);
      return Math.max(1, p);
    } catch (NumberFormatException | NullPointerException e) {
      return 1;
    }
  }
}

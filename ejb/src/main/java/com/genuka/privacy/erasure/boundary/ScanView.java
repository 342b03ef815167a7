package com.genuka.privacy.erasure.boundary;

import java.util.List;

/**
 * A residue scan's result as the admin sees it: what was searched (every table of the catalogue),
 * and each hit with its verdict. It never repeats what was searched for.
 */
public record ScanView(boolean clean, List<String> tables, int textColumns, int binaryColumns, int idColumns,
    boolean truncated, List<Hit> hits) {

  public long residueCount() {
    return hits.stream().filter(h -> "RESIDUE".equals(h.verdict())).count();
  }

  /** A row holding one of the values searched for. */
  public record Hit(String table, String column, String row, String needles, String verdict) {}
}

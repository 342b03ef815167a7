package com.genuka.privacy.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The archive's checksums are those of its entries and of itself, so that a receiver can check every byte. */
class ZipPackageTest {

  @Test
  void everyEntryIsListedWithItsSha256AndTheArchiveKnowsItsOwn() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ZipPackage zip = new ZipPackage(file, Deflater.BEST_SPEED);
    zip.text("a/one.json").write("[1,2,3]\n");
    ZipPackage.Entry one = zip.end(3);
    zip.binary("b/two.bin").write(new byte[] {0, 1, 2});
    zip.end(0);
    zip.textEntry("index.html", "<p>é</p>");
    zip.finish();
    zip.close();

    assertEquals(sha256("[1,2,3]\n".getBytes(StandardCharsets.UTF_8)), one.sha256());
    assertEquals(8, one.bytes());
    assertEquals(3, one.rows());
    assertEquals(sha256(file.toByteArray()), zip.fileSha256());
    Map<String, byte[]> entries = unzip(file.toByteArray());
    assertEquals(java.util.List.of("a/one.json", "b/two.bin", "index.html", "SHA256SUMS"), java.util.List.copyOf(entries.keySet()));
    for (String line : new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n")) {
      String[] parts = line.split("  ", 2);
      assertEquals(sha256(entries.get(parts[1])), parts[0], parts[1]);
    }
  }

  @Test
  void aFailureOnTheCompressingSideReachesTheWriter() throws Exception {
    java.io.OutputStream broken = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }
    };
    try (ZipPackage zip = new ZipPackage(broken, Deflater.BEST_SPEED)) {
      java.io.Writer w = zip.text("big.json");
      java.io.IOException e = assertThrows(java.io.IOException.class, () -> {
        for (int i = 0; i < 1_000_000; i++) {
          w.write("{\"row\":" + i + "}\n");
        }
        zip.end(0);
      });
      assertTrue(String.valueOf(e.getCause()).contains("disk full") || String.valueOf(e.getMessage()).contains("disk full"),
          String.valueOf(e));
    }
  }

  @Test
  void oneEntryAtATime() throws Exception {
    try (ZipPackage zip = new ZipPackage(new ByteArrayOutputStream(), Deflater.BEST_SPEED)) {
      zip.text("a");
      assertThrows(IllegalStateException.class, () -> zip.text("b"));
    }
  }

  @Test
  void partsFilledSideBySideAreAddedWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path scratch) throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ZipPackage zip = new ZipPackage(file, Deflater.BEST_SPEED);
    StringBuilder json = new StringBuilder("[");
    StringBuilder csv = new StringBuilder("id,name\r\n");
    ZipPackage.Entry jsonEntry;
    ZipPackage.Entry csvEntry;
    try (DeflatedPart a = zip.part("t/rows.json", scratch); DeflatedPart b = zip.part("t/rows.csv", scratch)) {
      a.writer().write("[");
      b.writer().write("id,name\r\n");
      for (int i = 0; i < 200_000; i++) {
        String j = (i == 0 ? "" : ",") + "{\"id\":" + i + ",\"name\":\"Zoé " + i + "\"}";
        String c = i + ",Zoé " + i + "\r\n";
        a.writer().write(j);
        b.writer().write(c);
        json.append(j);
        csv.append(c);
      }
      a.writer().write("]");
      json.append(']');
      jsonEntry = zip.add(a, 200_000);
      csvEntry = zip.add(b, 200_000);
    }
    zip.textEntry("index.html", "<p>ok</p>");
    zip.finish();
    zip.close();

    byte[] jsonBytes = json.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(jsonBytes.length, jsonEntry.bytes());
    assertEquals(sha256(jsonBytes), jsonEntry.sha256());
    assertEquals(200_000, csvEntry.rows());
    Map<String, byte[]> entries = unzip(file.toByteArray());
    assertEquals(java.util.List.of("t/rows.json", "t/rows.csv", "index.html", "SHA256SUMS"), java.util.List.copyOf(entries.keySet()));
    assertEquals(json.toString(), new String(entries.get("t/rows.json"), StandardCharsets.UTF_8));
    assertEquals(csv.toString(), new String(entries.get("t/rows.csv"), StandardCharsets.UTF_8));
    assertEquals(sha256(file.toByteArray()), zip.fileSha256());
    try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(scratch)) {
      assertEquals(0, left.count(), "no side file is left behind");
    }
  }

  @Test
  void anAbandonedPartLeavesNothingBehind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path scratch) throws Exception {
    try (ZipPackage zip = new ZipPackage(new ByteArrayOutputStream(), Deflater.BEST_SPEED)) {
      try (DeflatedPart part = zip.part("t/rows.json", scratch)) {
        for (int i = 0; i < 100_000; i++) {
          part.writer().write("{\"row\":" + i + "}\n");
        }
        // the query failed here: the part is closed without being added
      }
    }
    try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(scratch)) {
      assertEquals(0, left.count());
    }
  }

  static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}

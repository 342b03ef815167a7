package com.genuka.privacy.candidates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.candidates.control.DocumentInspector.Format;
import com.genuka.privacy.candidates.control.DocumentInspector.Inspection;
import com.genuka.privacy.platform.control.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentInspectorTest {

  private static final long LIMIT = 5L * 1024 * 1024;

  static byte[] pdf(String text, boolean compressed, String extraDictionary) {
    String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    byte[] stream;
    String filter = "";
    if (compressed) {
      Deflater d = new Deflater();
      d.setInput(content.getBytes(StandardCharsets.ISO_8859_1));
      d.finish();
      byte[] buf = new byte[4096];
      int n = d.deflate(buf);
      stream = java.util.Arrays.copyOf(buf, n);
      filter = "/Filter/FlateDecode";
    } else {
      stream = content.getBytes(StandardCharsets.ISO_8859_1);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R" + extraDictionary + ">>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n"
        + "4 0 obj<</Length " + stream.length + filter + ">>stream\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(stream);
    out.writeBytes("\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  static byte[] zip(Map<String, byte[]> entries, boolean firstStored) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      boolean first = true;
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (first && firstStored) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setCrc(crc.getValue());
        }
        first = false;
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] docx(String text, String mainType) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types><Override PartName=\"/word/document.xml\" ContentType=\""
        + mainType + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
    entries.put("word/document.xml", ("<w:document><w:body><w:p><w:r><w:t>" + text
        + "</w:t></w:r></w:p><w:p><w:r><w:t>Second &amp; last</w:t></w:r></w:p></w:body></w:document>")
        .getBytes(StandardCharsets.UTF_8));
    return zip(entries, false);
  }

  static byte[] odt(String text, String mimetype) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
    entries.put("content.xml", ("<office:document-content><office:body><office:text><text:p>" + text
        + "</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
    entries.put("META-INF/manifest.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8));
    return zip(entries, true);
  }

  private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  @Test
  void recognisesAPdfByItsBytesAndReadsItsText() {
    Inspection plain = DocumentInspector.inspect(pdf("Curriculum vitae de Nadia", false, ""), LIMIT);
    assertEquals(Format.PDF, plain.format());
    assertTrue(plain.text().contains("Curriculum vitae de Nadia"), plain.text());
    Inspection compressed = DocumentInspector.inspect(pdf("Catholique pratiquante", true, ""), LIMIT);
    assertTrue(compressed.text().contains("Catholique pratiquante"), compressed.text());
  }

  /**
   * Text as word processors write it: shown from hex strings with a font resource, not from
   * literal strings; read through PDFBox.
   */
  static byte[] pdfWithHexText(String text) {
    String hex = java.util.HexFormat.of().formatHex(text.getBytes(StandardCharsets.ISO_8859_1));
    byte[] stream = ("BT /F1 12 Tf 72 720 Td <" + hex + "> Tj ET").getBytes(StandardCharsets.ISO_8859_1);
    String[] objects = {
      "<</Type/Catalog/Pages 2 0 R>>",
      "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
      null,
      "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
    long[] offsets = new long[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = out.size();
      if (objects[i] == null) {
        out.writeBytes(((i + 1) + " 0 obj<</Length " + stream.length + ">>stream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(stream);
        out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
      } else {
        out.writeBytes(((i + 1) + " 0 obj" + objects[i] + "endobj\n").getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    table.append("trailer<</Size ").append(objects.length + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  @Test
  void readsTheTextOfAPdfThatShowsItFromHexStrings() {
    Inspection inspection = DocumentInspector.inspect(pdfWithHexText("Membre du syndicat CGT depuis 2019"), LIMIT);
    assertEquals(Format.PDF, inspection.format());
    assertTrue(inspection.text().contains("Membre du syndicat CGT depuis 2019"), inspection.text());
  }

  @Test
  void recognisesDocxAndOdtAndReadsTheirText() throws IOException {
    Inspection docx = DocumentInspector.inspect(docx("Lettre de motivation", DOCX_MAIN), LIMIT);
    assertEquals(Format.DOCX, docx.format());
    assertTrue(docx.text().contains("Lettre de motivation"));
    assertTrue(docx.text().contains("Second & last"));
    Inspection odt = DocumentInspector.inspect(odt("Cover letter", "application/vnd.oasis.opendocument.text"), LIMIT);
    assertEquals(Format.ODT, odt.format());
    assertTrue(odt.text().contains("Cover letter"));
  }

  @Test
  void refusesWhatOnlyPretendsByItsName() throws IOException {
    assertKey("candidate.file.type", "Just text renamed cv.pdf".getBytes(StandardCharsets.UTF_8));
    assertKey("candidate.file.type", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    assertKey("candidate.file.type", odt("x", "application/vnd.oasis.opendocument.spreadsheet"));
    assertKey("candidate.file.type", zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)), false));
    byte[] truncated = pdf("cut", false, "");
    assertKey("candidate.file.type", java.util.Arrays.copyOf(truncated, truncated.length - 8));
    assertKey("candidate.file.empty", new byte[0]);
  }

  @Test
  void refusesActiveContentAndBombs() throws IOException {
    assertKey("candidate.file.unsafe", pdf("hi", false, "/OpenAction<</S/JavaScript/JS(app.alert(1))>>"));
    assertKey("candidate.file.unsafe", docx("x", "application/vnd.ms-word.document.macroEnabled.main+xml"));
    Map<String, byte[]> bomb = new LinkedHashMap<>();
    bomb.put("[Content_Types].xml", DOCX_MAIN.getBytes(StandardCharsets.UTF_8));
    bomb.put("word/document.xml", new byte[(int) DocumentInspector.MAX_INFLATED + 1024]);
    byte[] small = zip(bomb, false);
    assertTrue(small.length < LIMIT, "the bomb itself is small");
    assertKey("candidate.file.unsafe", small);
  }

  @Test
  void refusesFilesOverTheLimit() {
    byte[] big = pdf("x", false, "");
    UserFacingException e = assertThrows(UserFacingException.class, () -> DocumentInspector.inspect(big, big.length - 1));
    assertEquals("candidate.file.tooLarge", e.getMessageKey());
  }

  @Test
  void keepsOnlyASafeNameWithTheRealExtension() {
    assertEquals("cv-nadia.pdf", DocumentInspector.safeFileName("C:\\Users\\n\\cv-nadia.docx", Format.PDF));
    assertEquals("lettre.odt", DocumentInspector.safeFileName("../../lettre\".odt", Format.ODT));
    assertEquals("document.docx", DocumentInspector.safeFileName("", Format.DOCX));
  }

  private static void assertKey(String key, byte[] content) {
    UserFacingException e = assertThrows(UserFacingException.class, () -> DocumentInspector.inspect(content, LIMIT));
    assertEquals(key, e.getMessageKey());
  }
}

package com.genuka.privacy.it.hr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.PortalClient;
import com.genuka.privacy.it.support.PortalClient.Page;
import com.genuka.privacy.it.support.PortalClient.Upload;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CVs and cover letters: kept only when their content is a PDF, a DOCX or an ODT within the size
 * limit; anything else is refused with a reason and leaves nothing behind; a kept file is served
 * back as it was, and goes when the candidate goes.
 */
class DocumentUploadIT {

  private static PortalClient hr;
  private static long candidate;

  @BeforeAll
  static void candidate() {
    hr = HrSupport.hr("en");
    candidate = HrSupport.create(hr, "Document Holder", HrSupport.uniqueEmail("docs"), "Document tester", "en", null);
  }

  private static long documents() {
    return Db.count("SELECT COUNT(*) FROM candidate_document WHERE candidate_id = ?", candidate);
  }

  private static Page upload(String kind, Upload file, boolean confirm) {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", kind));
    if (confirm) {
      fields.put("confirm", "on");
    }
    return hr.submitMultipart(HrSupport.page(hr, candidate), "upload", fields, Map.of("file", file), "send");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "cv.pdf, application/pdf, PDF",
    "lettre.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, DOCX",
    "lettre.odt, application/vnd.oasis.opendocument.text, ODT",
  })
  void keepsPdfDocxAndOdtAndServesThemBack(String name, String type, String format) {
    byte[] content = switch (format) {
      case "PDF" -> HrSupport.pdf("Curriculum vitae");
      case "DOCX" -> HrSupport.docx("Dear hiring manager", HrSupport.DOCX_MAIN);
      default -> HrSupport.odt("Madame, Monsieur");
    };
    long before = documents();
    Page page = upload("CV", new Upload(name, type, content), false);
    assertTrue(page.mainText().contains("The document is stored"), page.mainText());
    assertEquals(before + 1, documents());
    Map<String, Object> row = Db.rows("SELECT id, content_type, size_bytes FROM candidate_document WHERE candidate_id = ?"
        + " ORDER BY id DESC LIMIT 1", candidate).get(0);
    assertEquals(type, row.get("content_type"));
    HttpResponse<byte[]> download = hr.getBytes("/hr/document?candidate=" + candidate + "&id=" + row.get("id"));
    assertEquals(200, download.statusCode());
    assertArrayEquals(content, download.body());
    assertEquals(type, download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
  }

  @Test
  void theNameDoesNotMakeTheType() {
    long before = documents();
    Page refused = upload("CV", new Upload("cv.pdf", "application/pdf",
        "I am plain text pretending to be a PDF".getBytes(StandardCharsets.UTF_8)), false);
    assertTrue(refused.mainText().contains("only PDF, DOCX and ODT files are accepted"), refused.mainText());
    assertEquals(before, documents(), "nothing left behind");
    Page exe = upload("CV", new Upload("cv.docx", "application/octet-stream", new byte[] {'M', 'Z', 0, 0, 1, 2, 3}), false);
    assertTrue(exe.mainText().contains("only PDF, DOCX and ODT"));
    assertEquals(before, documents());
  }

  @Test
  void activeContentIsRefused() {
    long before = documents();
    Page macro = upload("COVER_LETTER", new Upload("letter.docx", "application/octet-stream",
        HrSupport.docx("x", "application/vnd.ms-word.document.macroEnabled.main+xml")), false);
    assertTrue(macro.mainText().contains("active content"), macro.mainText());
    byte[] script = ("%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    Page js = upload("CV", new Upload("cv.pdf", "application/pdf", script), false);
    assertTrue(js.mainText().contains("active content"), js.mainText());
    assertEquals(before, documents());
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutBeingKept() {
    long before = documents();
    byte[] big = new byte[6 * 1024 * 1024];
    byte[] head = HrSupport.pdf("big");
    System.arraycopy(head, 0, big, 0, head.length);
    Page refused = upload("CV", new Upload("big.pdf", "application/pdf", big), false);
    assertTrue(refused.mainText().contains("it is over 5 MB"), refused.mainText());
    assertEquals("/hr/candidate.xhtml", refused.path(), "back on the candidate's page");
    assertEquals(before, documents());
  }

  @Test
  void aCardNumberInsideAFileIsRefused() {
    long before = documents();
    Page refused = upload("CV", new Upload("cv.pdf", "application/pdf", HrSupport.pdf("Card 4111 1111 1111 1111")), false);
    assertTrue(refused.mainText().contains("payment card number"), refused.mainText());
    assertEquals(before, documents());
  }

  @Test
  void aFileThatSeemsToHoldSpecialCategoriesNeedsHrsConfirmation() {
    long before = documents();
    byte[] letter = HrSupport.docx("Je suis syndicaliste et catholique pratiquant.", HrSupport.DOCX_MAIN);
    Upload file = new Upload("lettre.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", letter);
    Page flagged = upload("COVER_LETTER", file, false);
    assertFalse(flagged.doc().getElementById("upload-flags").hasAttr("hidden"), flagged.mainText());
    assertEquals(before, documents());
    Page kept = upload("COVER_LETTER", file, true);
    assertTrue(kept.mainText().contains("The document is stored"), kept.mainText());
    assertEquals(before + 1, documents());
  }

  @Test
  void removingADocumentDeletesIt() {
    upload("CV", new Upload("to-remove.pdf", "application/pdf", HrSupport.pdf("remove me")), false);
    long id = ((Number) Db.value("SELECT MAX(id) FROM candidate_document WHERE candidate_id = ?", candidate)).longValue();
    Page page = HrSupport.page(hr, candidate);
    String button = page.doc().selectFirst("tr[data-document=" + id + "] input[type=submit]").attr("name");
    Page after = hr.submit(page, "docs", Map.of(), button.substring("docs:".length()));
    assertTrue(after.mainText().contains("The document is deleted"), after.mainText());
    assertEquals(0L, Db.count("SELECT COUNT(*) FROM candidate_document WHERE id = ?", id));
    assertEquals(404, hr.getBytes("/hr/document?candidate=" + candidate + "&id=" + id).statusCode());
  }
}

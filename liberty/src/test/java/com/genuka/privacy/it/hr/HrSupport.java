package com.genuka.privacy.it.hr;

import com.genuka.privacy.demo.control.DemoAccounts;
import com.genuka.privacy.it.support.Db;
import com.genuka.privacy.it.support.MailTrap;
import com.genuka.privacy.it.support.PortalClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the HR tests share: an HR client, candidates made through the pages or in the database, sample files. */
final class HrSupport {

  static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  private HrSupport() {}

  static PortalClient hr(String language) {
    PortalClient hr = PortalClient.speaking(language);
    hr.login(DemoAccounts.HR.email(), DemoAccounts.HR.password());
    return hr;
  }

  static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@example.org";
  }

  /** Records an application through HR's form; returns the candidate's id. */
  static long create(PortalClient hr, String name, String email, String position, String locale, String notes) {
    PortalClient.Page form = hr.get("/hr/new-candidate.xhtml");
    PortalClient.Page after = hr.submit(form, "candidate", Map.of("fullName", name, "email", email, "position", position,
        "locale", locale, "notes", notes == null ? "" : notes), "save");
    Object id = Db.value("SELECT MAX(id) FROM candidate WHERE email = ?", email);
    if (id == null) {
      throw new AssertionError("candidate not created: " + after.mainText());
    }
    return ((Number) id).longValue();
  }

  /** A candidate written straight to the database, for dates no page can set. */
  static long insert(String name, String email, String position, String state, String locale, Instant applied,
      Instant lastContact) {
    long id = Db.insert("INSERT INTO candidate (subject_ref, full_name, email, position, state, locale, applied_at,"
        + " last_contact_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)", UUID.randomUUID().toString(), name, email,
        position, state, locale, applied, lastContact, applied);
    Db.update("INSERT INTO candidate_event (candidate_id, occurred_at, kind, to_state) VALUES (?,?,'APPLIED','APPLIED')",
        id, applied);
    return id;
  }

  static void hire(long id, String country, LocalDate start, LocalDate end) {
    Db.update("UPDATE candidate SET state = 'HIRED', employment_country = ?, contract_start = ?, contract_end = ?"
        + " WHERE id = ?", country, start, end, id);
  }

  static PortalClient.Page page(PortalClient hr, long id) {
    return hr.get("/hr/candidate.xhtml?id=" + id);
  }

  static String state(long id) {
    return (String) Db.value("SELECT state FROM candidate WHERE id = ?", id);
  }

  /** HR sends the candidate their page link; the candidate opens it in a browser of their own. */
  static PortalClient openPage(MailTrap mail, PortalClient hr, long id, String email, String browserLanguage) {
    int before = mail.to(email).size();
    hr.submit(page(hr, id), "outreach", Map.of(), "send-link");
    MailTrap.Mail link = mail.awaitCount(m -> m.to().contains(email), before + 1).get(before);
    PortalClient candidate = PortalClient.speaking(browserLanguage);
    PortalClient.Page opened = candidate.openLink(pageLink(link));
    org.junit.jupiter.api.Assertions.assertEquals("/candidate/my-data.xhtml", opened.path(), opened.mainText());
    return candidate;
  }

  /** The link to the candidate's page in an e-mail. */
  static String pageLink(MailTrap.Mail mail) {
    Matcher m = Pattern.compile("(https?://\\S+/candidate/my-data\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(mail.text());
    if (!m.find()) {
      throw new AssertionError("no page link in " + mail.text());
    }
    return m.group(1);
  }

  // --- sample files ---------------------------------------------------------------------------

  static byte[] pdf(String text) {
    String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n4 0 obj<</Length " + content.length()
        + ">>stream\n" + content + "\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] docx(String text, String mainType) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types><Override PartName=\"/word/document.xml\""
        + " ContentType=\"" + mainType + "\"/></Types>").getBytes(StandardCharsets.UTF_8));
    entries.put("word/document.xml", ("<w:document><w:body><w:p><w:r><w:t>" + text
        + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    return zip(entries, false);
  }

  static byte[] odt(String text) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
    entries.put("content.xml", ("<office:document-content><office:body><office:text><text:p>" + text
        + "</text:p></office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
    return zip(entries, true);
  }

  static byte[] zip(Map<String, byte[]> entries, boolean firstStored) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

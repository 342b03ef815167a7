package com.genuka.privacy.candidates.web;

import com.genuka.privacy.candidates.boundary.DocumentContent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a stored CV or cover letter as an attachment, typed by what its content was recognised as. */
final class DocumentDownloads {

  private DocumentDownloads() {}

  static void send(HttpServletResponse res, DocumentContent d) throws IOException {
    res.setContentType(d.contentType());
    res.setContentLength(d.bytes().length);
    String ascii = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    res.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    res.getOutputStream().write(d.bytes());
  }

  static long id(String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

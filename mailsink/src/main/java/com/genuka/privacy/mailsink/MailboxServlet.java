package com.genuka.privacy.mailsink;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mailbox page: every e-mail the portal sent, newest first; one opens with its headers, its
 * plain-text part and its HTML part (shown in a sandboxed frame, so its links cannot run scripts).
 */
@WebServlet(urlPatterns = {"", "/message"})
public class MailboxServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    List<MimeMessage> messages = new ArrayList<>(MailSink.messages());
    Collections.reverse(messages);
    PrintWriter out = resp.getWriter();
    out.println("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>Boîte de réception locale / Local mailbox</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;color:#1b2430}"
        + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d5dbe3;padding:.4rem;text-align:left}"
        + "iframe{width:100%;height:32rem;border:1px solid #d5dbe3}pre{white-space:pre-wrap;background:#f4f6f9;padding:1rem}</style></head><body>");
    out.println("<h1>Boîte de réception locale <span lang=\"en\">/ Local mailbox</span></h1>");
    if (!MailSink.running()) {
      out.println("<p>Le puits de messages est désactivé. <span lang=\"en\">The mail sink is disabled.</span></p></body></html>");
      return;
    }
    try {
      if (req.getServletPath().equals("/message")) {
        int index = Integer.parseInt(req.getParameter("n"));
        renderMessage(out, messages.get(index), index);
      } else {
        renderList(out, messages);
      }
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      out.println("<p>Message introuvable. <span lang=\"en\">No such message.</span> <a href=\".\">←</a></p>");
    } catch (Exception e) {
      out.println("<p>Message illisible. <span lang=\"en\">Unreadable message.</span></p>");
    }
    out.println("</body></html>");
  }

  private void renderList(PrintWriter out, List<MimeMessage> messages) throws Exception {
    out.println("<p>" + messages.size() + " message(s). <a href=\"\">Actualiser / Refresh</a></p>");
    out.println("<table><thead><tr><th>Date</th><th>À / To</th><th>Objet / Subject</th></tr></thead><tbody>");
    SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
    for (int i = 0; i < messages.size(); i++) {
      MimeMessage m = messages.get(i);
      out.println("<tr><td>" + (m.getSentDate() == null ? "" : f.format(m.getSentDate())) + "</td><td>"
          + esc(addresses(m.getAllRecipients())) + "</td><td><a href=\"message?n=" + i + "\">"
          + esc(m.getSubject()) + "</a></td></tr>");
    }
    out.println("</tbody></table>");
  }

  private void renderMessage(PrintWriter out, MimeMessage m, int index) throws Exception {
    out.println("<p><a href=\".\">← Tous les messages / All messages</a></p>");
    out.println("<h2>" + esc(m.getSubject()) + "</h2><table>");
    for (String h : new String[] {"From", "To", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "Content-Language"}) {
      String[] values = m.getHeader(h);
      if (values != null) {
        out.println("<tr><th>" + h + "</th><td>" + esc(String.join(", ", values)) + "</td></tr>");
      }
    }
    out.println("</table>");
    String[] text = {null};
    String[] html = {null};
    collect(m, text, html);
    if (text[0] != null) {
      out.println("<h3>Texte / Plain text</h3><pre>" + esc(text[0]) + "</pre>");
    }
    if (html[0] != null) {
      out.println("<h3>HTML</h3><iframe sandbox=\"allow-popups allow-popups-to-escape-sandbox\" title=\"HTML\" srcdoc=\""
          + esc(html[0]) + "\"></iframe>");
    }
  }

  private static void collect(Part part, String[] text, String[] html) throws Exception {
    if (part.isMimeType("text/plain") && text[0] == null) {
      text[0] = String.valueOf(part.getContent());
    } else if (part.isMimeType("text/html") && html[0] == null) {
      html[0] = String.valueOf(part.getContent());
    } else if (part.isMimeType("multipart/*")) {
      Multipart mp = (Multipart) part.getContent();
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart bp = mp.getBodyPart(i);
        collect(bp, text, html);
      }
    }
  }

  private static String addresses(Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}

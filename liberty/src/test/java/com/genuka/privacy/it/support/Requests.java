package com.genuka.privacy.it.support;

import com.genuka.privacy.demo.control.DemoAccounts;
import java.util.Map;

/** Short-hands for the request workflow as tests drive it: the public form, admin logging, the admin API. */
public final class Requests {

  private Requests() {}

  /** Files a request on the public form; returns the page the visitor sees. */
  public static PortalClient.Page filePublic(PortalClient visitor, String type, String email, String name, String details) {
    PortalClient.Page form = visitor.get("/request/new.xhtml");
    return visitor.submit(form, "publicRequest",
        Map.of("type", type, "email", email, "fullName", name, "details", details == null ? "" : details), "send");
  }

  /** An admin client, logged in. */
  public static PortalClient admin(String language) {
    PortalClient admin = PortalClient.speaking(language);
    admin.login(DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.password());
    return admin;
  }

  /**
   * Logs a request received by e-mail or WhatsApp through the admin page, at midnight (portal time)
   * of {@code receivedDate}, which is never in the future when it is today; returns the reply.
   */
  public static PortalClient.Page log(PortalClient admin, String type, String channel, String receivedDate,
      String email, String name, String locale, String details) {
    PortalClient.Page form = admin.get("/admin/log-request.xhtml");
    return admin.submit(form, "log", Map.of("type", type, "channel", channel, "receivedDate", receivedDate,
        "receivedTime", "00:00", "email", email, "fullName", name, "locale", locale, "details", details), "save");
  }

  public static long idOf(String reference) {
    return ((Number) Db.value("SELECT id FROM privacy_request WHERE reference = ?", reference)).longValue();
  }

  public static long idByEmail(String email) {
    return ((Number) Db.value("SELECT MAX(id) FROM privacy_request WHERE subject_email = ?", email)).longValue();
  }

  public static String status(long id) {
    return (String) Db.value("SELECT status FROM privacy_request WHERE id = ?", id);
  }

  public static int version(long id) {
    return ((Number) Db.value("SELECT version FROM privacy_request WHERE id = ?", id)).intValue();
  }

  /** Calls an admin API action; returns the answer. */
  public static PortalClient.Page act(PortalClient admin, long id, String action, Map<String, String> form) {
    Map<String, String> data = new java.util.HashMap<>(form);
    data.putIfAbsent("version", Integer.toString(version(id)));
    return admin.post("/api/admin/requests/" + id + "/" + action, data);
  }

  /** The verification link of a verification mail. */
  public static String verifyLink(MailTrap.Mail mail) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(https?://\\S+/request/verify\\.xhtml\\?token=[A-Za-z0-9_-]+)")
        .matcher(mail.text());
    if (!m.find()) {
      throw new AssertionError("no verification link in " + mail.text());
    }
    return m.group(1);
  }
}

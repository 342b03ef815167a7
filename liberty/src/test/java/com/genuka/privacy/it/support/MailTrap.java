package com.genuka.privacy.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the test server sends to: GreenMail on 127.0.0.1 at {@code it.smtp.port}.
 * One per test class, registered as an extension ({@code @RegisterExtension static final MailTrap
 * mail = new MailTrap();}), which starts it before the class's tests and stops it after them;
 * stopping it in a test is how that test takes the mail server down.
 */
public final class MailTrap implements BeforeAllCallback, AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private GreenMail greenMail;

  public MailTrap start() {
    greenMail = new GreenMail(new ServerSetup(It.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return this;
  }

  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  public boolean isRunning() {
    return greenMail != null;
  }

  /** A received e-mail, reduced to what a person reads. */
  public record Mail(MimeMessage message, String to, String subject, String text, String html) {

    /** The first address in the mail's text that leads to {@code path}, with its query. */
    public String link(String path) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S*" + java.util.regex.Pattern.quote(path)
          + "(\\?[A-Za-z0-9_=&%.-]*)?").matcher(text);
      if (!m.find()) {
        throw new AssertionError("no link to " + path + " in: " + text);
      }
      return m.group();
    }

    public String header(String name) {
      try {
        String[] values = message.getHeader(name);
        return values == null ? null : String.join(", ", values);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public List<Mail> all() {
    List<Mail> out = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      out.add(read(m));
    }
    return out;
  }

  public List<Mail> to(String recipient) {
    return all().stream().filter(m -> m.to().contains(recipient)).toList();
  }

  /** Waits until a mail matching {@code filter} has arrived, and returns it. */
  public Mail await(Predicate<Mail> filter) {
    return awaitCount(filter, 1).get(0);
  }

  public List<Mail> awaitCount(Predicate<Mail> filter, int count) {
    Instant deadline = Instant.now().plus(It.PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      List<Mail> found = all().stream().filter(filter).toList();
      if (found.size() >= count) {
        return found;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new AssertionError("expected " + count + " mail(s), got: "
        + all().stream().map(m -> m.to() + " / " + m.subject()).toList());
  }

  /** Mails matching {@code filter} after waiting {@code quiet} for stragglers. */
  public List<Mail> settle(Predicate<Mail> filter, Duration quiet) {
    sleep(quiet);
    return all().stream().filter(filter).toList();
  }

  private static Mail read(MimeMessage m) {
    try {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      String[] text = {null};
      String[] html = {null};
      collect(m, text, html);
      return new Mail(m, to == null ? "" : Arrays.toString(to), m.getSubject(), text[0], html[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
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

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

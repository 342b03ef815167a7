package com.genuka.privacy.notify.control;

import com.genuka.privacy.notify.entity.OutboxMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;

/**
 * Turns an outbox row into a multipart e-mail (plain text and HTML, UTF-8) and hands it to the
 * mail server. The Message-ID is the row's, fixed when the message was queued: should a message
 * ever go twice (a crash between the server's acceptance and our bookkeeping), the copies share it.
 */
public final class MailSender {

  private MailSender() {}

  public static void send(Session session, OutboxMessage m) throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, m.getMessageId());
    String from = session.getProperty("mail.from");
    if (from != null && !from.isBlank()) {
      message.setFrom(new InternetAddress(from));
    } else {
      message.setFrom();
    }
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.getRecipient(), true));
    message.setSubject(m.getSubject(), "UTF-8");
    message.setSentDate(new Date());
    message.setHeader("Content-Language", m.getLocale());
    message.setHeader("Auto-Submitted", "auto-generated");
    if (m.getListUnsubscribe() != null) {
      // RFC 8058: one-click unsubscribe, a POST to this address without login.
      message.setHeader("List-Unsubscribe", "<" + m.getListUnsubscribe() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.getBodyText(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(m.getBodyHtml(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    Transport.send(message);
  }

  /** Keeps the Message-ID chosen at queueing time instead of a fresh one per attempt. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}

package com.genuka.privacy.mailsink;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Starts GreenMail on loopback when the application starts, stops it when it stops. */
@WebListener
public class MailSink implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(MailSink.class.getName());
  private static volatile GreenMail greenMail;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var config = ConfigProvider.getConfig();
    boolean enabled = config.getOptionalValue("mailsink.enabled", Boolean.class).orElse(true);
    int port = config.getOptionalValue("mailsink.port", Integer.class).orElse(3025);
    if (!enabled) {
      LOG.info("Local mail sink disabled");
      return;
    }
    GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    greenMail = sink;
    LOG.info(() -> "Local mail sink listening on 127.0.0.1:" + port + "; read it at /mailbox");
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    GreenMail sink = greenMail;
    if (sink != null) {
      sink.stop();
      greenMail = null;
    }
  }

  static List<MimeMessage> messages() {
    GreenMail sink = greenMail;
    return sink == null ? List.of() : List.of(sink.getReceivedMessages());
  }

  static boolean running() {
    return greenMail != null;
  }
}

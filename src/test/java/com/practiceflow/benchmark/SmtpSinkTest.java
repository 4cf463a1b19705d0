package com.practiceflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** The benchmark's SMTP server takes mail as a relay would, so its count is the count of emails sent. */
class SmtpSinkTest {

  @Test
  void countsEveryMessageSentOverOneKeptOpenConnection() throws Exception {
    try (SmtpSink sink = new SmtpSink()) {
      Session session = Session.getInstance(new Properties());
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect("127.0.0.1", sink.port(), null, null);
        for (int i = 0; i < 3; i++) {
          MimeMessage message = new MimeMessage(session);
          message.setFrom(new InternetAddress("practiceflow@localhost"));
          message.setRecipient(Message.RecipientType.TO, new InternetAddress("billing@localhost"));
          message.setSubject("Reminder " + i);
          // a line of one dot inside the text is sent doubled and must not end the message early
          message.setText("Task due tomorrow\n.\nOpen it in Tasklist");
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
          assertThat(transport.isConnected()).isTrue();
        }
      }
      assertThat(sink.received()).isEqualTo(3);
    }
  }
}

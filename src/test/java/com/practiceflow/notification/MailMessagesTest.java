package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.practiceflow.notification.NotificationTemplates.RenderedEmail;

class MailMessagesTest {

  private final RenderedEmail email = new RenderedEmail("Reminder: CMP-2026-0001", "<p>Due</p>", "Due");

  @Test
  void theSameKeyGivesTheSameMessageIdAndAnotherKeyAnother() throws Exception {
    MailMessages messages = new MailMessages(Session.getInstance(new Properties()), "practiceflow@practice.example");

    String first = messageId(messages.build("job-1|hr@practice.example", "hr@practice.example", email));
    String again = messageId(messages.build("job-1|hr@practice.example", "hr@practice.example", email));
    String other = messageId(messages.build("job-2|hr@practice.example", "hr@practice.example", email));

    assertThat(first).isEqualTo(again).isNotEqualTo(other).startsWith("<").endsWith("@practice.example>");
  }

  @Test
  void aSenderWithADisplayNameStillGivesAWellFormedMessageId() throws Exception {
    MailMessages messages = new MailMessages(Session.getInstance(new Properties()),
        "PracticeFlow <noreply@clinic.example>");

    MimeMessage message = messages.build("job-1|hr@practice.example", "hr@practice.example", email);

    assertThat(messageId(message)).matches("<[0-9a-f-]{36}@clinic\\.example>");
    assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("PracticeFlow");
  }

  private static String messageId(MimeMessage message) throws Exception {
    message.saveChanges();
    return message.getMessageID();
  }
}

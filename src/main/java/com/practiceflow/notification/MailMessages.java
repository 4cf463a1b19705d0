package com.practiceflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.practiceflow.notification.NotificationTemplates.RenderedEmail;

/**
 * Builds one email: multipart/alternative with a plain and an HTML part, under a Message-ID fixed by the
 * notification's key. Built directly rather than with Spring's MimeMessageHelper, which reads the MIME type table
 * from the jar for every message it is given (11 % of all CPU in the escalation sweep's profile) and nests two more
 * multiparts than an email of text needs.
 */
final class MailMessages {

  private final Session session;
  private final InternetAddress from;
  private final String domain;

  MailMessages(Session session, String from) throws MessagingException {
    this.session = session;
    this.from = new InternetAddress(from);
    // the address alone: a sender may be configured with a display name ("PracticeFlow <noreply@...>")
    String address = this.from.getAddress();
    this.domain = address.substring(address.indexOf('@') + 1);
  }

  /**
   * If a node dies after the mail server took the email but before its record says SENT, the retry sends the same
   * Message-ID, which mail systems show once.
   */
  MimeMessage build(String key, String recipient, RenderedEmail email) throws MessagingException {
    String messageId = "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@" + domain + ">";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(from);
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient));
    message.setSubject(email.subject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(email.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(email.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative", text, html);
    message.setContent(alternative);
    return message;
  }
}

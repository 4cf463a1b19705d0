package com.practiceflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import com.practiceflow.notification.NotificationTemplates.RenderedEmail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a notification to each recipient once. A recipient already sent under the same key is skipped, so a
 * retried process step never mails twice. A failed send is recorded and rethrown: the calling asynchronous step
 * then fails, the engine retries it, and after the last retry it becomes an incident.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final JavaMailSender mailSender;
  private final SmtpConnections connections;
  private final NotificationTemplates templates;
  private final NotificationLog log;
  private final String from;

  NotificationService(JavaMailSender mailSender, SmtpConnections connections, NotificationTemplates templates,
      NotificationLog log, @Value("${practiceflow.mail.from:practiceflow@localhost}") String from) {
    this.mailSender = mailSender;
    this.connections = connections;
    this.templates = templates;
    this.log = log;
    this.from = from;
  }

  /** Returns how many emails went out now (recipients already served under this key are not counted). */
  public int send(NotificationRequest request) {
    RenderedEmail email = templates.render(request.type(), request.reference(), request.taskName(),
        request.dueDate(), request.link());
    int sent = 0;
    for (String recipient : request.recipients()) {
      String key = NotificationLog.key(request, recipient);
      if (log.wasSent(key)) {
        continue;
      }
      try {
        connections.send(message(key, recipient, email));
      } catch (MailException | MessagingException e) {
        // the reason only: a mail server's message never holds case details, and the recipient is staff
        Long id = log.failed(request, recipient, key, e.getMessage());
        LOG.warn("{} for {} to notification #{} failed: {}", request.type(), request.reference(), id,
            e.getMessage());
        throw new NotificationFailedException(request.reference(), e);
      }
      log.sent(request, recipient, key);
      sent++;
    }
    LOG.info("{} for {} sent to {} recipient(s)", request.type(), request.reference(), sent);
    return sent;
  }

  /**
   * The Message-ID is fixed per notification record: if a node dies after the mail server took the email but before
   * the record says SENT, the retry sends the same Message-ID, which mail systems show once.
   */
  private MimeMessage message(String key, String recipient, RenderedEmail email) throws MessagingException {
    String messageId = "<" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))
        + "@" + from.substring(from.indexOf('@') + 1) + ">";
    MimeMessage message = new MimeMessage(mailSender.createMimeMessage().getSession()) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(recipient);
    helper.setSubject(email.subject());
    helper.setText(email.text(), email.html());
    return message;
  }
}

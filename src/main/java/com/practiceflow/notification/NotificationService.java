package com.practiceflow.notification;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import com.practiceflow.notification.NotificationTemplates.RenderedEmail;

import jakarta.mail.MessagingException;

/**
 * Sends a notification to each recipient once. A recipient already sent under the same key is skipped, so a
 * retried process step never mails twice. A failed send is recorded and rethrown: the calling asynchronous step
 * then fails, the engine retries it, and after the last retry it becomes an incident.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final SmtpConnections connections;
  private final NotificationTemplates templates;
  private final NotificationLog log;
  private final MailMessages messages;
  private final ServiceFileCache serviceFiles = new ServiceFileCache(NotificationService.class.getClassLoader());

  NotificationService(JavaMailSender mailSender, SmtpConnections connections, NotificationTemplates templates,
      NotificationLog log, @Value("${practiceflow.mail.from:practiceflow@localhost}") String from)
      throws MessagingException {
    this.connections = connections;
    this.templates = templates;
    this.log = log;
    this.messages = new MailMessages(mailSender.createMimeMessage().getSession(), from);
  }

  /** Returns how many emails went out now (recipients already served under this key are not counted). */
  public int send(NotificationRequest request) {
    RenderedEmail email = templates.render(request.type(), request.reference(), request.taskName(),
        request.dueDate(), request.link());
    int sent = 0;
    for (String recipient : request.recipients()) {
      String key = NotificationLog.key(request, recipient);
      Optional<Notification.Status> earlier = log.earlier(key);
      if (earlier.orElse(null) == Notification.Status.SENT) {
        continue;
      }
      boolean retried = earlier.isPresent();
      try {
        serviceFiles.run(() -> connections.send(messages.build(key, recipient, email)));
      } catch (MailException | MessagingException e) {
        // the reason only: a mail server's message never holds case details, and the recipient is staff
        Long id = log.failed(request, recipient, key, retried, e.getMessage());
        LOG.warn("{} for {} to notification #{} failed: {}", request.type(), request.reference(), id,
            e.getMessage());
        throw new NotificationFailedException(request.reference(), e);
      }
      log.sent(request, recipient, key, retried);
      sent++;
    }
    LOG.info("{} for {} sent to {} recipient(s)", request.type(), request.reference(), sent);
    return sent;
  }
}

package com.practiceflow.notification;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notification records in their own transactions, so an attempt stays recorded even when the process
 * step that sent it rolls back and is retried. A record is written once an attempt is over (one commit per email):
 * a crash between the mail server taking an email and its record resends it on retry, under the same Message-ID,
 * exactly as a record written before the attempt would.
 */
@Component
class NotificationLog {

  private final Notifications notifications;

  NotificationLog(Notifications notifications) {
    this.notifications = notifications;
  }

  boolean wasSent(String key) {
    return notifications.findByIdempotencyKey(key).map(n -> n.getStatus() == Notification.Status.SENT)
        .orElse(false);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(NotificationRequest request, String recipient, String key) {
    Notification notification = record(request, recipient, key);
    notification.sent(Instant.now());
    notifications.save(notification);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Long failed(NotificationRequest request, String recipient, String key, String error) {
    Notification notification = record(request, recipient, key);
    notification.attemptFailed(error);
    return notifications.save(notification).getId();
  }

  /** The earlier attempt's record, or a new one saved by the caller once its outcome is set (one INSERT). */
  private Notification record(NotificationRequest request, String recipient, String key) {
    return notifications.findByIdempotencyKey(key)
        .orElseGet(() -> new Notification(key, request.type(), recipient, request.reference(), request.taskName(),
            request.dueDate() == null ? null : request.dueDate().toInstant(), Instant.now()));
  }

  static String key(NotificationRequest request, String recipient) {
    return request.key() + "|" + recipient;
  }
}

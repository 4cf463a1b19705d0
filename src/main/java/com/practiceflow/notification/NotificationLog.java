package com.practiceflow.notification;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notification records in their own transactions, so an attempt stays recorded even when the process
 * step that sent it rolls back and is retried.
 */
@Component
class NotificationLog {

  private final Notifications notifications;

  NotificationLog(Notifications notifications) {
    this.notifications = notifications;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Notification open(NotificationRequest request, String recipient) {
    String key = request.key() + "|" + recipient;
    return notifications.findByIdempotencyKey(key)
        .orElseGet(() -> notifications.save(new Notification(key, request.type(), recipient, request.reference(),
            request.taskName(), request.dueDate() == null ? null : request.dueDate().toInstant(), Instant.now())));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(Long id) {
    notifications.findById(id).ifPresent(n -> n.sent(Instant.now()));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(Long id, String error) {
    notifications.findById(id).ifPresent(n -> n.attemptFailed(error));
  }
}

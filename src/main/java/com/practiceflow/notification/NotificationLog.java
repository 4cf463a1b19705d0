package com.practiceflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
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
  private final JdbcTemplate jdbc;

  NotificationLog(Notifications notifications, JdbcTemplate jdbc) {
    this.notifications = notifications;
    this.jdbc = jdbc;
  }

  /**
   * The outcome of an earlier attempt under this key, if any. Asked before every email, so it reads one column
   * with plain SQL rather than loading the record through Hibernate (docs/benchmarks.md, tuning step 12).
   */
  Optional<Notification.Status> earlier(String key) {
    List<String> status = jdbc.queryForList("select status from notification where idempotency_key = ?",
        String.class, key);
    return status.stream().findFirst().map(Notification.Status::valueOf);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(NotificationRequest request, String recipient, String key, boolean retried) {
    Notification notification = record(request, recipient, key, retried);
    notification.sent(Instant.now());
    notifications.save(notification);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Long failed(NotificationRequest request, String recipient, String key, boolean retried, String error) {
    Notification notification = record(request, recipient, key, retried);
    notification.attemptFailed(error);
    return notifications.save(notification).getId();
  }

  /**
   * The earlier attempt's record, read again in this transaction, or a new one saved by the caller once its
   * outcome is set: a first attempt, the common case, costs one INSERT and no SELECT.
   */
  private Notification record(NotificationRequest request, String recipient, String key, boolean retried) {
    return (retried ? notifications.findByIdempotencyKey(key) : Optional.<Notification>empty())
        .orElseGet(() -> new Notification(key, request.type(), recipient, request.reference(), request.taskName(),
            request.dueDate() == null ? null : request.dueDate().toInstant(), Instant.now()));
  }

  static String key(NotificationRequest request, String recipient) {
    return request.key() + "|" + recipient;
  }
}

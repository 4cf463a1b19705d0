package com.practiceflow.notification;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes notification records outside the transaction of the process step that sends, so an attempt stays recorded
 * even when the step rolls back and is retried. A record is written once an attempt is over (one commit per email):
 * a crash between the mail server taking an email and its record resends it on retry, under the same Message-ID,
 * exactly as a record written before the attempt would.
 */
@Component
class NotificationLog {

  private static final String INSERT_SENT = "insert into notification (idempotency_key, type, recipient, reference,"
      + " task_name, due_date, status, attempts, created_at, sent_at) values (?, ?, ?, ?, ?, ?, 'SENT', 1, ?, ?)";

  private final Notifications notifications;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final TransactionTemplate noTransaction;

  NotificationLog(Notifications notifications, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.noTransaction = new TransactionTemplate(transactions);
    noTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
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

  /**
   * A first attempt that went out, the common case, is one INSERT on a connection of its own in auto-commit: no
   * transaction to open and close around it (docs/benchmarks.md, tuning step 25). A retry updates its record.
   */
  void sent(NotificationRequest request, String recipient, String key, boolean retried) {
    Instant now = Instant.now();
    if (!retried) {
      noTransaction.executeWithoutResult(outside -> jdbc.update(INSERT_SENT, key, request.type().name(), recipient,
          request.reference(), request.taskName(),
          utc(request.dueDate() == null ? null : request.dueDate().toInstant()), utc(now), utc(now)));
      return;
    }
    ownTransaction.executeWithoutResult(own -> {
      Notification notification = record(request, recipient, key, true);
      notification.sent(now);
      notifications.save(notification);
    });
  }

  Long failed(NotificationRequest request, String recipient, String key, boolean retried, String error) {
    return ownTransaction.execute(own -> {
      Notification notification = record(request, recipient, key, retried);
      notification.attemptFailed(error);
      return notifications.save(notification).getId();
    });
  }

  /** The earlier attempt's record, read again in this transaction, or a new one saved by the caller. */
  private Notification record(NotificationRequest request, String recipient, String key, boolean retried) {
    return (retried ? notifications.findByIdempotencyKey(key) : Optional.<Notification>empty())
        .orElseGet(() -> new Notification(key, request.type(), recipient, request.reference(), request.taskName(),
            request.dueDate() == null ? null : request.dueDate().toInstant(), Instant.now()));
  }

  /** Bound as Hibernate binds the entity's instants, so both ways of writing store the same wall-clock value. */
  private static SqlParameterValue utc(Instant instant) {
    return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
        instant == null ? null : instant.atOffset(ZoneOffset.UTC));
  }

  static String key(NotificationRequest request, String recipient) {
    return request.key() + "|" + recipient;
  }
}

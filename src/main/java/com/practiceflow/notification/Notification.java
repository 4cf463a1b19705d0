package com.practiceflow.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The record of one email to one recipient: what, for which case, whether it went out, after how many attempts. */
@Entity
public class Notification {

  public enum Status {
    PENDING, SENT, FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "idempotency_key")
  private String idempotencyKey;
  @Enumerated(EnumType.STRING)
  private NotificationType type;
  private String recipient;
  private String reference;
  private String taskName;
  private Instant dueDate;
  @Enumerated(EnumType.STRING)
  private Status status;
  private int attempts;
  private String lastError;
  private Instant createdAt;
  private Instant sentAt;

  protected Notification() {
  }

  Notification(String idempotencyKey, NotificationType type, String recipient, String reference, String taskName,
      Instant dueDate, Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.type = type;
    this.recipient = recipient;
    this.reference = reference;
    this.taskName = taskName;
    this.dueDate = dueDate;
    this.status = Status.PENDING;
    this.createdAt = createdAt;
  }

  void attemptFailed(String error) {
    attempts++;
    status = Status.FAILED;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
  }

  void sent(Instant at) {
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public NotificationType getType() {
    return type;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getReference() {
    return reference;
  }

  public String getTaskName() {
    return taskName;
  }

  public Instant getDueDate() {
    return dueDate;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}

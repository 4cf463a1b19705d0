package com.practiceflow.notification;

/** Thrown when the mail server refused or could not be reached; the process step is retried. */
public class NotificationFailedException extends RuntimeException {

  public NotificationFailedException(String reference, Exception cause) {
    super("Email for case " + reference + " could not be sent: " + cause.getMessage(), cause);
  }
}

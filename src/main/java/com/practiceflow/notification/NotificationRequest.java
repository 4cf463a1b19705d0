package com.practiceflow.notification;

import java.util.Date;
import java.util.List;

/**
 * What to send to whom. {@code key} identifies this send across retries: the same key and recipient never
 * produce a second email.
 */
public record NotificationRequest(String key, NotificationType type, List<String> recipients, String reference,
    String taskName, Date dueDate, String link) {
}

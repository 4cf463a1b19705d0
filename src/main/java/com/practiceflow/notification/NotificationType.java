package com.practiceflow.notification;

/**
 * The kinds of email PracticeFlow sends. Each has a template {@code notifications/<name>.txt} whose first line is
 * the subject. Templates may use only {reference}, {taskName}, {dueDate} and {link}: no patient or staff details.
 */
public enum NotificationType {
  /** A new case arrived for a group's work queue. */
  CASE_ASSIGNED,
  /** A task has reached its due date. */
  TASK_REMINDER,
  /** An overdue task passed its grace period and now sits with the practice managers too. */
  TASK_ESCALATED;

  String templateName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

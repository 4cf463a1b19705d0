package com.practiceflow.escalation;

/**
 * How the ladder's elements are named in every model, after the task they watch: for {@code Task_ReviewX} the timers
 * {@code BoundaryEvent_ReviewXDue} and {@code BoundaryEvent_ReviewXOverdue}, the steps {@code Task_RemindReviewX}
 * and {@code Task_EscalateReviewX}.
 */
public final class LadderIds {

  private LadderIds() {
  }

  public static String dueTimer(String taskId) {
    return "BoundaryEvent_" + stem(taskId) + "Due";
  }

  public static String overdueTimer(String taskId) {
    return "BoundaryEvent_" + stem(taskId) + "Overdue";
  }

  public static String remindStep(String taskId) {
    return "Task_Remind" + stem(taskId);
  }

  public static String escalateStep(String taskId) {
    return "Task_Escalate" + stem(taskId);
  }

  public static String emailStep(String taskId) {
    return "Task_EmailEscalation" + stem(taskId);
  }

  private static String stem(String taskId) {
    return taskId.startsWith("Task_") ? taskId.substring("Task_".length()) : taskId;
  }
}

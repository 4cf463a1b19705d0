package com.practiceflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The idempotency key of a notification sent from a process step: the execution, the step, and how often that
 * execution already finished the step. A retried job keeps its key (its earlier attempts rolled back); a step
 * visited again in a loop gets a new one.
 */
public final class NotificationKeys {

  private NotificationKeys() {
  }

  public static String of(DelegateExecution execution) {
    long visits = execution.getProcessEngineServices().getHistoryService().createHistoricActivityInstanceQuery()
        .executionId(execution.getId()).activityId(execution.getCurrentActivityId()).finished().count();
    return execution.getProcessInstanceId() + "/" + execution.getId() + "/" + execution.getCurrentActivityId() + "/"
        + visits;
  }
}

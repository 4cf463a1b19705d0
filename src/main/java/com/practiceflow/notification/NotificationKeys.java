package com.practiceflow.notification;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The idempotency key of a notification sent from a process step. In an asynchronous step it is the step's job:
 * a retried job, on this node or another after a crash, keeps its id even when the engine has meanwhile moved it
 * to a new execution (as it does when a timer on a parallel task fires). Otherwise it is the execution, the step
 * and how often that execution already finished the step, so a step visited again in a loop gets a new key.
 */
public final class NotificationKeys {

  private NotificationKeys() {
  }

  public static String of(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    // run by the job executor, the step's own job is at hand; a job query is for steps run any other way
    JobExecutorContext executor = Context.getJobExecutorContext();
    JobEntity running = executor == null ? null : executor.getCurrentJob();
    if (running != null && activity.equals(running.getActivityId())
        && execution.getProcessInstanceId().equals(running.getProcessInstanceId())) {
      return execution.getProcessInstanceId() + "/job/" + running.getId();
    }
    List<Job> jobs = execution.getProcessEngineServices().getManagementService().createJobQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId(activity).list();
    Job own = jobs.stream().filter(j -> execution.getId().equals(j.getExecutionId())).findFirst()
        .orElse(jobs.size() == 1 ? jobs.get(0) : null);
    if (own != null) {
      return execution.getProcessInstanceId() + "/job/" + own.getId();
    }
    long visits = execution.getProcessEngineServices().getHistoryService().createHistoricActivityInstanceQuery()
        .executionId(execution.getId()).activityId(activity).finished().count();
    return execution.getProcessInstanceId() + "/" + execution.getId() + "/" + activity + "/" + visits;
  }
}

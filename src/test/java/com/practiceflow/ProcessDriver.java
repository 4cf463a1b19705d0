package com.practiceflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Drives a process instance in tests: its tasks, timers and asynchronous steps, one at a time. */
public final class ProcessDriver {

  private final ProcessEngine engine;
  private final String processInstanceId;

  public ProcessDriver(ProcessEngine engine, String processInstanceId) {
    this.engine = engine;
    this.processInstanceId = processInstanceId;
  }

  public Task task(String taskKey) {
    List<Task> tasks = taskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .list();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0);
  }

  public void complete(String taskKey, Map<String, Object> variables) {
    taskService().complete(task(taskKey).getId(), variables);
  }

  public Job timer(String activityId) {
    return jobs().timers().activityId(activityId).singleResult();
  }

  /** Fires a timer as the job executor would once it is due, and returns when its transaction committed. */
  public void fireTimer(String activityId) {
    Job timer = timer(activityId);
    assertThat(timer).as("timer %s", activityId).isNotNull();
    management().executeJob(timer.getId());
  }

  /** Runs the pending asynchronous continuation before {@code activityId}. */
  public void runAsync(String activityId) {
    Job job = asyncJob(activityId);
    assertThat(job).as("async job before %s", activityId).isNotNull();
    management().executeJob(job.getId());
  }

  public Job asyncJob(String activityId) {
    return jobs().messages().activityId(activityId).singleResult();
  }

  public Date dueDateOfTimer(String activityId) {
    return timer(activityId).getDuedate();
  }

  public boolean isEnded() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult() == null;
  }

  public String id() {
    return processInstanceId;
  }

  private org.camunda.bpm.engine.runtime.JobQuery jobs() {
    return management().createJobQuery().processInstanceId(processInstanceId);
  }

  private ManagementService management() {
    return engine.getManagementService();
  }

  private TaskService taskService() {
    return engine.getTaskService();
  }
}

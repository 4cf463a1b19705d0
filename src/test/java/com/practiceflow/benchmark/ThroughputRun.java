package com.practiceflow.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs N cases of one main path, ours or its baseline, from start to end: starts them on the client threads, then
 * completes user tasks through the Java API and lets wait timers pass while the job executor runs every
 * asynchronous step. Elapsed time is from the first start to the last end.
 */
final class ThroughputRun {

  private static final long STALL_MILLIS = 90_000;

  private final BenchApp app;
  private final ProcessEngine engine;
  private final int threads;
  private final CpuMeter cpu = new CpuMeter();
  private CpuMeter.Cpu lastCpu;

  ThroughputRun(BenchApp app, int threads) {
    this.app = app;
    this.engine = app.engine;
    this.threads = threads;
  }

  /** CPU used during the last {@link #run}. */
  CpuMeter.Cpu lastCpu() {
    return lastCpu;
  }

  /** One case of ours to the end; returns its process-level variables, which start every baseline case. */
  Map<String, Object> sampleVariables(MainPath path) throws Exception {
    String id = path.starter.apply(app, path.prepare.apply(app, 1).get(0));
    drive(path, path.key, List.of(id));
    HistoryService history = engine.getHistoryService();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .list()) {
      if (id.equals(variable.getActivityInstanceId()) && variable.getValue() != null) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  /** Seconds for {@code count} cases from first start to last end. */
  double run(MainPath path, boolean baseline, int count, Map<String, Object> baselineVariables) throws Exception {
    String key = baseline ? BaselineModels.baselineKey(path.key) : path.key;
    List<?> cases = baseline ? List.of() : path.prepare.apply(app, count);
    app.mark((baseline ? "baseline " : "ours ") + path.key + " " + count + " cases");
    cpu.start();
    long started = System.nanoTime();
    List<Callable<String>> starts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      starts.add(baseline
          ? () -> engine.getRuntimeService().startProcessInstanceByKey(key, "BASE-" + n, baselineVariables).getId()
          : () -> path.starter.apply(app, cases.get(n)));
    }
    List<String> ids = new ArrayList<>();
    for (Future<String> id : parallel(starts)) {
      ids.add(id.get());
    }
    drive(path, key, ids);
    double seconds = (System.nanoTime() - started) / 1e9;
    lastCpu = cpu.stop();
    app.mark("end");
    return seconds;
  }

  private void drive(MainPath path, String key, List<String> ids) throws Exception {
    Set<String> own = Set.copyOf(ids);
    List<String> keys = new ArrayList<>(List.of(key));
    String prefix = key.startsWith(BaselineModels.PREFIX) ? BaselineModels.PREFIX : "";
    path.calledKeys.forEach(k -> keys.add(prefix + k));
    long lastProgress = System.currentTimeMillis();
    long running = ids.size();
    while (running > 0) {
      boolean worked = completeTasks(path, key, own, keys) | passWaitTimers(path, key, own, keys);
      long now = engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(own).count();
      if (now < running || worked) {
        lastProgress = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - lastProgress > STALL_MILLIS) {
        throw new IllegalStateException(key + ": " + now + " cases stopped moving; " + diagnosis(keys));
      } else {
        Thread.sleep(10);
      }
      running = now;
    }
  }

  /** Tasks of this run's cases (other cases of the same process, started by another path, are left alone). */
  private boolean completeTasks(MainPath path, String key, Set<String> own, List<String> keys) throws Exception {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKeyIn(keys.toArray(String[]::new))
        .active().listPage(0, 2000);
    Set<String> busy = instancesWithPendingSteps(keys);
    List<Callable<Boolean>> work = new ArrayList<>();
    for (Task task : tasks) {
      if (isOthers(task.getProcessDefinitionId(), task.getProcessInstanceId(), key, own)
          || busy.contains(task.getProcessInstanceId())) {
        continue;
      }
      Map<String, Object> answer = path.answer(task);
      work.add(() -> tolerant(() -> engine.getTaskService().complete(task.getId(), answer)));
    }
    return anyDone(parallel(work));
  }

  private boolean passWaitTimers(MainPath path, String key, Set<String> own, List<String> keys) throws Exception {
    ManagementService management = engine.getManagementService();
    List<Callable<Boolean>> work = new ArrayList<>();
    for (String definitionKey : keys) {
      for (String activity : path.waitTimers) {
        for (Job job : management.createJobQuery().processDefinitionKey(definitionKey).activityId(activity).timers()
            .listPage(0, 2000)) {
          if (isOthers(job.getProcessDefinitionId(), job.getProcessInstanceId(), key, own)) {
            continue;
          }
          work.add(() -> tolerant(() -> management.executeJob(job.getId())));
        }
      }
    }
    return anyDone(parallel(work));
  }

  /**
   * A person opens a task seconds after it appears, not while the case's email step is still running: completing
   * it at once would only make the two collide and the step wait for its retry.
   */
  private Set<String> instancesWithPendingSteps(List<String> keys) {
    Set<String> busy = new java.util.HashSet<>();
    for (String definitionKey : keys) {
      engine.getManagementService().createJobQuery().processDefinitionKey(definitionKey).messages().executable()
          .listPage(0, 2000).forEach(job -> busy.add(job.getProcessInstanceId()));
    }
    return busy;
  }

  private static boolean isOthers(String definitionId, String instanceId, String key, Set<String> own) {
    return definitionId.startsWith(key + ":") && !own.contains(instanceId);
  }

  /**
   * Two tasks of one case completed at once collide (a lost optimistic lock, or the engine finding the parent
   * execution that the other completion just ended); the loser is simply taken again on the next round.
   */
  private static boolean tolerant(Runnable action) {
    try {
      action.run();
      return true;
    } catch (OptimisticLockingException e) {
      return false;
    } catch (ProcessEngineException e) {
      // gone already: the job executor fired the timer, or the case moved on, between the query and this call
      if (e.getMessage() != null && (e.getMessage().contains("Cannot find")
          || e.getMessage().contains("Cannot resolve parent") || e.getMessage().contains("No job found"))) {
        return false;
      }
      throw e;
    }
  }

  private <T> List<Future<T>> parallel(List<Callable<T>> work) throws InterruptedException {
    if (work.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      return pool.invokeAll(work);
    } finally {
      pool.shutdown();
    }
  }

  private static boolean anyDone(List<Future<Boolean>> results) throws Exception {
    boolean any = false;
    for (Future<Boolean> result : results) {
      any |= result.get();
    }
    return any;
  }

  private String diagnosis(List<String> keys) {
    String tasks = engine.getTaskService().createTaskQuery().processDefinitionKeyIn(keys.toArray(String[]::new))
        .listPage(0, 50).stream().map(Task::getTaskDefinitionKey).distinct().collect(Collectors.joining(","));
    String jobs = engine.getManagementService().createJobQuery().withException().listPage(0, 3).stream()
        .map(j -> j.getExceptionMessage()).collect(Collectors.joining(" | "));
    String incidents = engine.getRuntimeService().createIncidentQuery().listPage(0, 3).stream()
        .map(Incident::getIncidentMessage).collect(Collectors.joining(" | "));
    return "open tasks [" + tasks + "], failing jobs [" + jobs + "], incidents [" + incidents + "]";
  }
}

package com.practiceflow.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

import com.practiceflow.escalation.EscalationService;

/**
 * N complaints waiting for acknowledgement whose reminder and overdue timers come due at once (the clock is moved
 * past the last of them): the time until every timer fired and every reminder, escalation and email step ran.
 */
final class EscalationSweep {

  static final String KEY = "complaintResolution";
  static final String TASK = "Task_AcknowledgeComplaint";
  static final List<String> LADDER = List.of("BoundaryEvent_AcknowledgeComplaintDue",
      "BoundaryEvent_AcknowledgeComplaintOverdue");

  /** What one sweep did. */
  record Sweep(int tasks, double seconds, long timerJobs, int emails, long escalated, long failedJobs, Date clock,
      String records, CpuMeter.Cpu cpu) {
    double rate() {
      return tasks / seconds;
    }
  }

  private final BenchApp app;
  private final ProcessEngine engine;

  EscalationSweep(BenchApp app) {
    this.app = app;
    this.engine = app.engine;
  }

  /** Starts {@code count} cases waiting at the acknowledgement, ready for {@link #sweep}. */
  List<String> prepare(MainPath complaints, boolean baseline, int count, Map<String, Object> baselineVariables)
      throws Exception {
    String key = key(baseline);
    List<Callable<String>> starts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int n = i;
      starts.add(baseline
          ? () -> engine.getRuntimeService().startProcessInstanceByKey(key, "BASE-" + n, baselineVariables).getId()
          : () -> complaints.starter.apply(app, n));
    }
    List<String> ids = startAll(starts);
    long deadline = System.currentTimeMillis() + 600_000;
    while (waiting(key) < count || executable(key) > 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(key + ": cases did not reach " + TASK);
      }
      Thread.sleep(200);
    }
    return ids;
  }

  /** Starts cases on 4 threads, as a few front-desk users at once would; their process instance ids in order. */
  static List<String> startAll(List<Callable<String>> starts) throws Exception {
    List<String> ids = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (Future<String> id : pool.invokeAll(starts)) {
        ids.add(id.get());
      }
    } finally {
      pool.shutdown();
    }
    return ids;
  }

  Sweep sweep(boolean baseline, int count) throws InterruptedException {
    String key = key(baseline);
    ManagementService management = engine.getManagementService();
    Date last = new Date(0);
    long timers = 0;
    for (String activity : LADDER) {
      for (Job job : management.createJobQuery().processDefinitionKey(key).activityId(activity).timers().list()) {
        timers++;
        last = job.getDuedate().after(last) ? job.getDuedate() : last;
      }
    }
    app.vacuum();
    int mailBefore = app.emailsReceived();
    Map<String, Long> recordsBefore = notificationRecords();
    Date clock = new Date(last.getTime() + 1000);
    ClockUtil.setCurrentTime(clock);
    CpuMeter cpu = new CpuMeter();
    cpu.start();
    long started = System.nanoTime();
    // the wall-clock window, to match a profile or a database log to one side's sweep
    System.out.println("SWEEP " + key + " " + count + " started " + Instant.now());
    app.configuration().getJobExecutor().jobWasAdded();
    // counting the job table is itself work for the database: often enough to time a sweep, not to slow it
    while (executable(key) > 0) {
      Thread.sleep(500);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    CpuMeter.Cpu used = cpu.stop();
    System.out.println("SWEEP " + key + " " + count + " ended " + Instant.now());
    int emails = app.emailsReceived() - mailBefore;
    long escalated = engine.getTaskService().createTaskQuery().processDefinitionKey(key).taskDefinitionKey(TASK)
        .taskVariableValueEquals(EscalationService.ESCALATED_VARIABLE, true).count();
    long failed = management.createJobQuery().processDefinitionKey(key).withException().count();
    long pendingLater = management.createJobQuery().processDefinitionKey(key).timers().count()
        + management.createJobQuery().processDefinitionKey(key).messages().duedateHigherThen(clock).count();
    Map<String, Long> records = notificationRecords();
    records.replaceAll((type, n) -> n - recordsBefore.getOrDefault(type, 0L));
    ClockUtil.reset();
    return new Sweep(count, seconds, timers, emails, escalated, failed, clock,
        "notification records " + records + ", jobs due later " + pendingLater, used);
  }

  /** Notification records by type and status, to account for every email a sweep should have sent. */
  private Map<String, Long> notificationRecords() {
    Map<String, Long> counts = new TreeMap<>();
    app.context.getBean(JdbcTemplate.class).query(
        "select type, status, count(*) from notification group by type, status",
        row -> {
          counts.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
        });
    return counts;
  }

  /** Removes the cases, so the next volume starts from an empty table. */
  void clear(List<String> ids) {
    for (int from = 0; from < ids.size(); from += 500) {
      engine.getRuntimeService().deleteProcessInstances(ids.subList(from, Math.min(ids.size(), from + 500)),
          "benchmark done", true, true);
    }
  }

  private long waiting(String key) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(key).taskDefinitionKey(TASK).count();
  }

  private long executable(String key) {
    return engine.getManagementService().createJobQuery().processDefinitionKey(key).executable().count();
  }

  private static String key(boolean baseline) {
    return baseline ? BaselineModels.baselineKey(KEY) : KEY;
  }
}

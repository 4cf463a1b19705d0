package com.practiceflow.benchmark;

import static com.practiceflow.benchmark.Results.num;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;

import com.practiceflow.benchmark.EscalationSweep.Sweep;
import com.practiceflow.benchmark.Results.Row;
import com.practiceflow.benchmark.TaskListLatency.Latency;
import com.practiceflow.security.TaskPages;

/**
 * One database's run, in its own JVM: PracticeFlow with every baseline model deployed beside its own, then
 * throughput of each main path, the escalation sweep and Tasklist latency, each at the volumes asked for.
 * Arguments: {@code db=h2|postgres}, {@code scales=1,4,16}, {@code parts=throughput,sweep,latency},
 * {@code cases=10} (cases per main path at 1x), {@code sweep=625} (open tasks at 1x), {@code open=10000} (open
 * tasks for latency; {@code open=1000,10000} runs each volume), {@code pauses=0,1000} (ms between a client's
 * rounds), {@code clients=20} (Tasklist users at once; {@code clients=1,20} runs each), {@code hold=0} (seconds to keep the latency data before measuring, to read query plans),
 * {@code others=0} (open tasks of nine other groups beside the measured group's, for latency),
 * {@code sweeps=1} (sweep pairs per volume, alternately baseline first and ours first; each side's mean time reported),
 * {@code mail=catcher} (emails to the built-in mail catcher instead of the {@link SmtpSink}), {@code label=...},
 * and any {@code --spring.property=value} of a tuning step.
 */
public final class EngineBenchmark {

  private static final int CLIENT_THREADS = 4;
  /** A member of the group that owns the complaints: all the open tasks are his group's. */
  private static final String GROUP_USER = "billing";

  private final BenchApp app;
  private final Results results = new Results();
  private final String label;

  private EngineBenchmark(BenchApp app, String label) {
    this.app = app;
    this.label = label;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      (arg.startsWith("--") ? overrides : options).put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    String db = options.getOrDefault("db", "h2");
    List<Integer> scales = ints(options.getOrDefault("scales", "1,4,16"));
    String parts = options.getOrDefault("parts", "throughput,sweep,latency");
    try (BenchApp app = BenchApp.start(db, "catcher".equals(options.get("mail")), overrides)) {
      BaselineModels.deploy(app.engine, Path.of("processes"));
      EngineBenchmark benchmark = new EngineBenchmark(app, options.getOrDefault("label", "as shipped"));
      if (parts.contains("throughput")) {
        benchmark.throughput(scales, Integer.parseInt(options.getOrDefault("cases", "10")),
            options.getOrDefault("only", ""), Integer.parseInt(options.getOrDefault("repeat", "3")));
      }
      if (parts.contains("sweep")) {
        benchmark.sweep(scales, Integer.parseInt(options.getOrDefault("sweep", "625")),
            Integer.parseInt(options.getOrDefault("sweeps", "1")), parts.contains("latency"));
      }
      if (parts.contains("console")) {
        benchmark.console(Integer.parseInt(options.getOrDefault("consoleOpen", "10000")));
      }
      if (parts.contains("latency")) {
        for (int open : ints(options.getOrDefault("open", "10000"))) {
          benchmark.latency(open, Integer.parseInt(options.getOrDefault("others", "0")),
              ints(options.getOrDefault("pauses", "0,1000")), Integer.parseInt(options.getOrDefault("hold", "0")),
              ints(options.getOrDefault("clients", "20")));
        }
      }
    }
    System.exit(0);
  }

  private void throughput(List<Integer> scales, int cases, String only, int repeat) throws Exception {
    ThroughputRun run = new ThroughputRun(app, CLIENT_THREADS);
    for (MainPath path : MainPaths.all()) {
      if (!only.isEmpty() && !only.contains(path.key)) {
        continue;
      }
      try {
        Map<String, Object> variables = run.sampleVariables(path);
        run.run(path, true, 3, variables);
        run.run(path, false, 3, variables);
        for (int scale : scales) {
          int count = cases * scale;
          // a run of 80 cases lasts seconds, so one run's ratio moves by tenths: alternate and take medians
          List<Double> bases = new ArrayList<>();
          List<Double> ourRuns = new ArrayList<>();
          List<String> ratios = new ArrayList<>();
          List<CpuMeter.Cpu> baseCpu = new ArrayList<>();
          List<CpuMeter.Cpu> ourCpu = new ArrayList<>();
          for (int r = 0; r < repeat; r++) {
            // every other pair runs ours first, each run on freshly vacuumed tables: otherwise the second of a pair
            // always ran beside the first one's dead rows (autovacuum is off on the benchmark machine)
            boolean baseFirst = r % 2 == 0;
            double first = vacuumedRun(run, path, baseFirst, count, variables);
            (baseFirst ? baseCpu : ourCpu).add(run.lastCpu());
            double second = vacuumedRun(run, path, !baseFirst, count, variables);
            (baseFirst ? ourCpu : baseCpu).add(run.lastCpu());
            bases.add(baseFirst ? first : second);
            ourRuns.add(baseFirst ? second : first);
            ratios.add(num(bases.get(r) / ourRuns.get(r)));
          }
          double base = median(bases);
          double ours = median(ourRuns);
          results.add(new Row("throughput", app.database, path.key, scale + "x (" + count + ")",
              num(count / ours), num(count / base), num(base / ours),
              label + "; ms per case: ours " + num(ours * 1000 / count) + ", baseline " + num(base * 1000 / count)
                  + "; CPU ms per case, JVM + rest of the machine: ours " + cpuPerCase(ourCpu, count) + ", baseline "
                  + cpuPerCase(baseCpu, count)
                  + (repeat > 1 ? "; medians of " + repeat + " alternating runs, whose ratios were "
                      + String.join(", ", ratios)
                      : "")));
        }
      } catch (RuntimeException e) {
        results.add(new Row("throughput", app.database, path.key, "-", "failed", "", "",
            label + "; " + e.getMessage()));
      }
    }
  }

  /** Mean CPU milliseconds per case of the runs: the JVM, and the rest of the machine (on PostgreSQL, mostly it). */
  private static String cpuPerCase(List<CpuMeter.Cpu> runs, int count) {
    double jvm = runs.stream().mapToDouble(CpuMeter.Cpu::jvmSeconds).average().orElse(Double.NaN);
    double other = runs.stream().mapToDouble(CpuMeter.Cpu::otherSeconds).average().orElse(Double.NaN);
    return num(jvm * 1000 / count) + " + " + num(other * 1000 / count);
  }

  private double vacuumedRun(ThroughputRun run, MainPath path, boolean baseline, int count,
      Map<String, Object> variables) throws Exception {
    app.vacuum();
    return run.run(path, baseline, count, variables);
  }

  private void sweep(List<Integer> scales, int tasks, int pairs, boolean moreToCome) throws Exception {
    MainPath complaints = MainPaths.complaints();
    Map<String, Object> variables = new ThroughputRun(app, CLIENT_THREADS).sampleVariables(complaints);
    EscalationSweep sweep = new EscalationSweep(app);
    for (int i = 0; i < scales.size(); i++) {
      int scale = scales.get(i);
      int count = tasks * scale;
      List<Sweep> bases = new ArrayList<>();
      List<Sweep> ourRuns = new ArrayList<>();
      List<String> ourIds = List.of();
      for (int pair = 0; pair < pairs; pair++) {
        // every other pair runs ours first, so a host whose speed drifts during the run favours neither side
        boolean baseFirst = pair % 2 == 0;
        for (boolean baseline : new boolean[] {baseFirst, !baseFirst}) {
          if (!ourIds.isEmpty()) {
            sweep.clear(ourIds);
            ourIds = List.of();
          }
          // each side sweeps a database holding only its own cases, freshly vacuumed: the baseline's deleted job
          // rows must not slow ours down, nor the reverse
          List<String> ids = sweep.prepare(complaints, baseline, count, variables);
          (baseline ? bases : ourRuns).add(sweep.sweep(baseline, count));
          if (baseline) {
            sweep.clear(ids);
          } else {
            ourIds = ids;
          }
        }
      }
      // each side's rate over all its runs (mean seconds), so an even number of pairs needs no tie-break
      double baseSeconds = meanSeconds(bases);
      double ourSeconds = meanSeconds(ourRuns);
      Sweep ours = ourRuns.get(ourRuns.size() - 1);
      Sweep base = bases.get(bases.size() - 1);
      String runs = pairs == 1 ? "" : "; means of " + pairs + " alternating pairs, whose ratios were " + String.join(
          ", ", IntStream.range(0, pairs).mapToObj(p -> num(ourRuns.get(p).rate() / bases.get(p).rate())).toList());
      results.add(new Row("sweep", app.database, "escalation sweep", scale + "x (" + count + " tasks)",
          num(count / ourSeconds), num(count / baseSeconds), num(baseSeconds / ourSeconds),
          label + "; seconds: ours " + num(ourSeconds) + ", baseline " + num(baseSeconds) + "; timers "
              + ours.timerJobs() + "/" + base.timerJobs() + "; escalated " + ours.escalated() + "; emails "
              + ours.emails() + "; failed jobs " + failedJobs(ourRuns) + "/" + failedJobs(bases) + "; "
              + ours.records() + "; CPU ms per task, JVM + rest: ours " + cpuPerCase(cpu(ourRuns), count)
              + ", baseline " + cpuPerCase(cpu(bases), count) + runs));
      // every run starts on a new database: after the last volume, deleting (minutes at 10,000) is for what follows
      if (moreToCome || i < scales.size() - 1) {
        sweep.clear(ourIds);
      }
    }
  }

  /** Failed jobs of all runs: one failure in any run must show. */
  private static long failedJobs(List<Sweep> runs) {
    return runs.stream().mapToLong(Sweep::failedJobs).sum();
  }

  private static List<CpuMeter.Cpu> cpu(List<Sweep> runs) {
    return runs.stream().map(Sweep::cpu).toList();
  }

  private static double meanSeconds(List<Sweep> runs) {
    return runs.stream().mapToDouble(Sweep::seconds).average().orElseThrow();
  }

  /**
   * {@code open} complaints waiting at their acknowledgement, all overdue: the clock is moved past their due dates
   * with the job executor stopped, so no escalation runs beside the queries. Each pause is a run of 20 clients
   * with authorization checks on, then the same with them off.
   */
  private void latency(int open, int others, List<Integer> pauses, int holdSeconds, List<Integer> clients)
      throws Exception {
    MainPath complaints = MainPaths.complaints();
    EscalationSweep cases = new EscalationSweep(app);
    List<String> ids = cases.prepare(complaints, false, open, Map.of());
    List<String> otherTasks = OtherGroupsTasks.make(app.engine.getTaskService(), others);
    String load = open + " open tasks" + (others == 0 ? "" : " + " + others + " of 9 other groups");
    if ("postgres".equals(app.database)) {
      // what autovacuum does in production; it is off on the benchmark machine's PostgreSQL
      app.context.getBean(JdbcTemplate.class).execute("analyze");
    }
    app.configuration().getJobExecutor().shutdown();
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(30).toMillis()));
    try {
      Thread.sleep(holdSeconds * 1000L);
      for (int count : clients) {
        for (int pause : pauses) {
          latency(load, pause, count);
        }
      }
    } finally {
      ClockUtil.reset();
      app.configuration().getJobExecutor().start();
    }
    cases.clear(ids);
    OtherGroupsTasks.clear(app.engine.getTaskService(), otherTasks);
  }

  /** {@code thinkMillis} between one user's rounds (0: every client asks again at once, the saturation case). */
  private void latency(String load, long thinkMillis, int clients) throws Exception {
    TaskListLatency latency = new TaskListLatency(app, thinkMillis);
    List<Latency> ours = latency.measure(GROUP_USER, clients, 5_000, 30_000);
    // the bare engine: its own answer to Tasklist's requests, with its authorization checks off
    TaskPages pages = (TaskPages) app.context.getBean("taskPages", FilterRegistrationBean.class).getFilter();
    app.configuration().setAuthorizationEnabled(false);
    pages.setEnabled(false);
    List<Latency> base;
    try {
      base = latency.measure(GROUP_USER, clients, 5_000, 30_000);
    } finally {
      pages.setEnabled(true);
      app.configuration().setAuthorizationEnabled(true);
    }
    for (int i = 0; i < ours.size(); i++) {
      Latency o = ours.get(i);
      Latency b = base.get(i);
      results.add(new Row("latency", app.database, o.request(), load + ", " + clients + (clients == 1 ? " client, " : " clients, ")
          + (thinkMillis == 0 ? "no pause" : thinkMillis + " ms pause"),
          num(o.p50()) + " / " + num(o.p95()) + " / " + num(o.p99()),
          num(b.p50()) + " / " + num(b.p95()) + " / " + num(b.p99()), num(o.p95() / b.p95()),
          label + "; samples " + o.samples() + "/" + b.samples()));
    }
  }

  /**
   * The console's views with {@code open} cases across the process families waiting at their first person's step:
   * one manager, then 20 with a 1 s pause, each view against the same view through Camunda's own queries, in the
   * same sessions.
   */
  private void console(int open) throws Exception {
    ConsoleCases cases = new ConsoleCases(app);
    List<String> ids = cases.start(open);
    if ("postgres".equals(app.database)) {
      app.context.getBean(JdbcTemplate.class).execute("analyze");
    }
    List<String[]> sample = cases.sample(ids, 200);
    List<String> references = sample.stream().map(s -> s[0]).toList();
    List<String> instances = sample.stream().map(s -> s[1]).toList();
    for (int clients : List.of(1, 20)) {
      List<ConsoleLatency.Latency> measured = new ConsoleLatency(app, references, instances, clients == 1 ? 0 : 1000)
          .measure(clients, 5_000, 30_000);
      for (ConsoleLatency.Latency l : measured) {
        results.add(new Row("console", app.database, l.view(), open + " open cases across "
            + ConsoleCases.families().size() + " processes, " + clients + (clients == 1 ? " user, no pause"
                : " users, 1 s pause"), num(l.p50()) + " / " + num(l.p95()) + " / " + num(l.p99()),
            num(l.baseP50()) + " / " + num(l.baseP95()) + " / " + num(l.baseP99()), num(l.p95() / l.baseP95()),
            label + "; samples " + l.samples() + "/" + l.baseSamples() + "; " + references.size()
                + " cases' pages opened"));
      }
    }
    cases.clear(ids);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static List<Integer> ints(String csv) {
    List<Integer> values = new ArrayList<>();
    for (String part : csv.split(",")) {
      values.add(Integer.parseInt(part.trim()));
    }
    return values;
  }
}

package com.practiceflow.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of the console's views against what the same view costs through Camunda's own queries (the webapps'
 * REST API in the same logged-in session): the dashboard's open work against a task count and an overdue count per
 * process; "my work" against Tasklist's page of tasks by due date with its count; a case page against the case's
 * history, steps, tasks and open tasks. {@code clients} managers each load the three views in turn, then pause;
 * the two sides are measured one after the other.
 */
final class ConsoleLatency {

  /** One view's latencies in milliseconds, ours and through Camunda's queries. */
  record Latency(String view, int samples, double p50, double p95, double p99, int baseSamples, double baseP50,
      double baseP95, double baseP99) {
  }

  static final List<String> VIEWS = List.of("Dashboard (open work)", "My work (first 100)", "Case page");
  private static final String API = "/camunda/api/engine/engine/default";
  private static final List<String> PROCESSES = List.of("complaintResolution", "breachAssessment", "staffHiring",
      "staffOnboarding", "staffOffboarding", "exclusionRescreen", "licenceRenewal", "bloodborneRetraining",
      "policyApproval", "policyAttestation", "policyReview", "claimDispute");

  private final BenchApp app;
  private final List<String> references;
  private final List<String> instances;
  private final long thinkMillis;

  ConsoleLatency(BenchApp app, List<String> references, List<String> instances, long thinkMillis) {
    this.app = app;
    this.references = references;
    this.instances = instances;
    this.thinkMillis = thinkMillis;
  }

  /** Ours first, then Camunda's, each with its own warm-up, so neither side's load slows the other's samples. */
  List<Latency> measure(int clients, long warmupMillis, long measureMillis) throws Exception {
    List<List<Double>> ours = side(true, clients, warmupMillis, measureMillis);
    List<List<Double>> base = side(false, clients, warmupMillis, measureMillis);
    List<Latency> latencies = new ArrayList<>();
    for (int view = 0; view < VIEWS.size(); view++) {
      List<Double> o = sorted(ours.get(view));
      List<Double> b = sorted(base.get(view));
      latencies.add(new Latency(VIEWS.get(view), o.size(), pct(o, 50), pct(o, 95), pct(o, 99), b.size(), pct(b, 50),
          pct(b, 95), pct(b, 99)));
    }
    return latencies;
  }

  private List<List<Double>> side(boolean ours, int clients, long warmupMillis, long measureMillis)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<long[]>>> runs = new ArrayList<>();
    long start = System.currentTimeMillis();
    for (int c = 0; c < clients; c++) {
      int seed = c;
      runs.add(pool.submit(() -> client(ours, seed, start + warmupMillis, start + warmupMillis + measureMillis)));
    }
    List<List<Double>> byView = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Future<List<long[]>> run : runs) {
      for (long[] sample : run.get()) {
        byView.get((int) sample[0]).add(sample[1] / 1e6);
      }
    }
    pool.shutdown();
    return byView;
  }

  /** Samples of {view, nanoseconds}; a round started in the measured window is kept whole. */
  private List<long[]> client(boolean ours, int seed, long measureFrom, long until) throws Exception {
    TasklistClient browser = new TasklistClient(app.port);
    browser.login("manager", "manager");
    Random random = new Random(seed);
    List<long[]> samples = new ArrayList<>();
    while (System.currentTimeMillis() < until) {
      int pick = random.nextInt(references.size());
      for (int view = 0; view < VIEWS.size(); view++) {
        long t0 = System.nanoTime();
        load(browser, view, ours, references.get(pick), instances.get(pick));
        long took = System.nanoTime() - t0;
        if (System.currentTimeMillis() >= measureFrom) {
          samples.add(new long[] {view, took});
        }
      }
      if (thinkMillis > 0) {
        Thread.sleep(thinkMillis);
      }
    }
    return samples;
  }

  private static void load(TasklistClient browser, int view, boolean ours, String reference, String instance)
      throws Exception {
    switch (view) {
      case 0 -> {
        if (ours) {
          ok(browser, "/");
        } else {
          String now = URLEncoder.encode(Instant.now().toString().replace("Z", "+0000"), StandardCharsets.UTF_8);
          for (String key : PROCESSES) {
            ok(browser, API + "/task/count?processDefinitionKey=" + key);
            ok(browser, API + "/task/count?processDefinitionKey=" + key + "&dueBefore=" + now);
          }
        }
      }
      case 1 -> {
        if (ours) {
          ok(browser, "/my-work");
        } else {
          ok(browser, API + "/task?sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=100");
          ok(browser, API + "/task/count");
        }
      }
      default -> {
        if (ours) {
          ok(browser, "/cases/" + reference);
        } else {
          ok(browser, API + "/history/process-instance?processInstanceBusinessKey=" + reference);
          ok(browser, API + "/history/activity-instance?processInstanceId=" + instance);
          ok(browser, API + "/history/task?processInstanceId=" + instance);
          ok(browser, API + "/task?processInstanceId=" + instance);
        }
      }
    }
  }

  private static void ok(TasklistClient browser, String path) throws Exception {
    int status = browser.get(path).statusCode();
    if (status != 200) {
      throw new IllegalStateException(path + " answered " + status);
    }
  }

  private static List<Double> sorted(List<Double> values) {
    Collections.sort(values);
    return values;
  }

  private static double pct(List<Double> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
  }
}

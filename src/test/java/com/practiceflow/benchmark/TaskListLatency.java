package com.practiceflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of Tasklist's requests with many open tasks: {@code clients} logged-in users each open their group's
 * tasks, the Overdue filter and the sidebar counts in turn, then pause (or not), for a fixed time.
 */
final class TaskListLatency {

  /** Latencies in milliseconds of one kind of request. */
  record Latency(String request, int samples, double p50, double p95, double p99) {
  }

  private final BenchApp app;
  private final long thinkMillis;

  TaskListLatency(BenchApp app, long thinkMillis) {
    this.app = app;
    this.thinkMillis = thinkMillis;
  }

  List<Latency> measure(String user, int clients, long warmupMillis, long measureMillis) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<long[]>>> runs = new ArrayList<>();
    long start = System.currentTimeMillis();
    for (int c = 0; c < clients; c++) {
      runs.add(pool.submit(() -> client(user, start + warmupMillis, start + warmupMillis + measureMillis)));
    }
    List<List<Double>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Future<List<long[]>> run : runs) {
      for (long[] sample : run.get()) {
        byKind.get((int) sample[0]).add(sample[1] / 1e6);
      }
    }
    pool.shutdown();
    return List.of(latency("My group's tasks (page of 15)", byKind.get(0)),
        latency("Overdue (page of 15)", byKind.get(1)), latency("Sidebar counts (5 filters)", byKind.get(2)),
        latency("Tasklist page (group's 15 + sidebar)", byKind.get(3)));
  }

  private List<long[]> client(String user, long measureFrom, long until) throws Exception {
    TasklistClient tasklist = new TasklistClient(app.port);
    tasklist.login(user, user);
    Map<String, String> filters = tasklist.filters();
    String group = filters.get("My group's tasks");
    String overdue = filters.get("Overdue");
    List<long[]> samples = new ArrayList<>();
    while (System.currentTimeMillis() < until) {
      long page = 0;
      for (int kind = 0; kind < 3; kind++) {
        long t0 = System.nanoTime();
        switch (kind) {
          case 0 -> tasklist.page(group);
          case 1 -> tasklist.page(overdue);
          default -> tasklist.sidebar();
        }
        long took = System.nanoTime() - t0;
        page += kind == 1 ? 0 : took;
        if (System.currentTimeMillis() >= measureFrom) {
          samples.add(new long[] {kind, took});
        }
      }
      if (System.currentTimeMillis() >= measureFrom) {
        samples.add(new long[] {3, page});
      }
      if (thinkMillis > 0) {
        Thread.sleep(thinkMillis);
      }
    }
    return samples;
  }

  private static Latency latency(String request, List<Double> millis) {
    Collections.sort(millis);
    return new Latency(request, millis.size(), pct(millis, 50), pct(millis, 95), pct(millis, 99));
  }

  private static double pct(List<Double> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}

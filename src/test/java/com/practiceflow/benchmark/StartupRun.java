package com.practiceflow.benchmark;

import static com.practiceflow.benchmark.Results.num;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import com.practiceflow.benchmark.Results.Row;
import com.practiceflow.benchmark.StartupBenchmark.Start;

/** Alternating starts of the bare app and PracticeFlow; medians of each figure. */
final class StartupRun {

  private final Results results;

  StartupRun(Results results) {
    this.results = results;
  }

  /**
   * {@code restart} false: every start on an empty database (tables made, models deployed, demo data seeded).
   * {@code restart} true: each app's database is prepared by one start that is not counted, then every counted
   * start finds it as it was left, as after an upgrade or a node's restart.
   */
  void run(int times, String db, boolean restart) throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "benchmark"));
    StartupDatabases databases = new StartupDatabases(db, logs);
    StartupBenchmark benchmark = new StartupBenchmark();
    if (restart) {
      benchmark.start(true, databases.empty("bare"), false, logs);
      benchmark.start(false, databases.empty("ours"), false, logs);
    }
    List<Start> bare = new ArrayList<>();
    List<Start> ours = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      bare.add(benchmark.start(true, restart ? databases.kept("bare") : databases.empty("bare"), true, logs));
      ours.add(benchmark.start(false, restart ? databases.kept("ours") : databases.empty("ours"), true, logs));
    }
    String what = times + " starts each, " + StartupBenchmark.JVM_HEAP + ", "
        + (restart ? "restart on the database an earlier start left" : "empty database each start");
    row(db, "start-up to a ready Tasklist (s)", what, bare, ours, Start::seconds);
    row(db, "resident memory after start (MB)", what, bare, ours, Start::rssAfterStart);
    row(db, "resident memory after 30 s of 20 Tasklist users (MB)", what, bare, ours, Start::rssUnderLoad);
  }

  private void row(String db, String label, String what, List<Start> bare, List<Start> ours,
      ToDoubleFunction<Start> figure) {
    double b = median(bare, figure);
    double o = median(ours, figure);
    results.add(new Row("startup", db, label, what, num(o), num(b), num(o / b),
        "all runs: ours " + all(ours, figure) + "; bare " + all(bare, figure)));
  }

  private static String all(List<Start> starts, ToDoubleFunction<Start> figure) {
    return String.join(", ", starts.stream().map(s -> num(figure.applyAsDouble(s))).toList());
  }

  private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
    double[] values = starts.stream().mapToDouble(figure).sorted().toArray();
    return values[values.length / 2];
  }
}

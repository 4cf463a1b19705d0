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

  void run(int times) throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "benchmark"));
    StartupBenchmark benchmark = new StartupBenchmark();
    List<Start> bare = new ArrayList<>();
    List<Start> ours = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      bare.add(benchmark.start(true, logs));
      ours.add(benchmark.start(false, logs));
    }
    row("start-up to a ready Tasklist (s)", bare, ours, Start::seconds);
    row("resident memory after start (MB)", bare, ours, Start::rssAfterStart);
    row("resident memory after 30 s of 20 Tasklist users (MB)", bare, ours, Start::rssUnderLoad);
  }

  private void row(String label, List<Start> bare, List<Start> ours, ToDoubleFunction<Start> figure) {
    double b = median(bare, figure);
    double o = median(ours, figure);
    results.add(new Row("startup", "h2", label, ours.size() + " starts each, " + StartupBenchmark.JVM_HEAP, num(o),
        num(b), num(o / b), "all runs: ours " + all(ours, figure) + "; bare " + all(bare, figure)));
  }

  private static String all(List<Start> starts, ToDoubleFunction<Start> figure) {
    return String.join(", ", starts.stream().map(s -> num(figure.applyAsDouble(s))).toList());
  }

  private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
    double[] values = starts.stream().mapToDouble(figure).sorted().toArray();
    return values[values.length / 2];
  }
}

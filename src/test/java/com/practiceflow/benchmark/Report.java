package com.practiceflow.benchmark;

import java.time.LocalDate;
import java.util.List;

import com.practiceflow.benchmark.Results.Row;

/** The measured rows as Markdown tables, one per section, with the command that produced them. */
final class Report {

  private Report() {
  }

  static final String START = "<!-- measured: written by the benchmark, do not edit -->";
  static final String END = "<!-- end of measured -->";

  /** The document with its measured part replaced (or the measured part alone for a new document). */
  static String into(String document, String measured) {
    int start = document.indexOf(START);
    int end = document.indexOf(END);
    if (start < 0 || end < start) {
      return START + "\n" + measured + END + "\n";
    }
    return document.substring(0, start) + START + "\n" + measured + document.substring(end);
  }

  static String markdown(List<Row> rows, String args) {
    StringBuilder md = new StringBuilder();
    md.append("## Measured figures\n\nMeasured ").append(LocalDate.now()).append(" on ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(". Reproduce with:\n\n```\nmvn -B -Pbenchmark verify")
        .append(args.isBlank() ? "" : " -Dbench.args=\"" + args + "\"").append("\n```\n");
    section(md, rows, "throughput", "Main path throughput (cases/s, start to end)",
        "| Database | Process | Volume | Ours | Baseline | Ours / baseline | Notes |");
    section(md, rows, "sweep", "Escalation sweep (escalated tasks/s)",
        "| Database | Sweep | Volume | Ours | Baseline | Ours / baseline | Notes |");
    section(md, rows, "latency", "Tasklist latency p50 / p95 / p99 (ms); baseline = authorization checks off",
        "| Database | Request | Load | Ours | Baseline | p95 ours / baseline | Notes |");
    section(md, rows, "console", "Console views p50 / p95 / p99 (ms); baseline = the same view through Camunda's"
        + " own queries", "| Database | View | Load | Ours | Camunda's queries | p95 ours / Camunda's | Notes |");
    section(md, rows, "startup", "Start-up and memory against a bare Camunda webapp",
        "| Database | Figure | Runs | Ours | Bare app | Ours / bare | Notes |");
    return md.toString();
  }

  private static void section(StringBuilder md, List<Row> rows, String section, String title, String header) {
    List<Row> selected = rows.stream().filter(r -> r.section().equals(section)).toList();
    if (selected.isEmpty()) {
      return;
    }
    md.append("\n### ").append(title).append("\n\n").append(header).append("\n|---|---|---|---|---|---|---|\n");
    for (Row r : selected) {
      md.append("| ").append(String.join(" | ", r.database(), r.label(), r.scale(), r.ours(), r.baseline(),
          r.ratio(), r.note().replace("|", "/"))).append(" |\n");
    }
  }
}

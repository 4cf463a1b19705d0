package com.practiceflow.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.practiceflow.benchmark.Results.Row;

/**
 * The benchmark: each database's run in a fresh JVM ({@link EngineBenchmark}), then start-up and memory against
 * the bare Camunda app, then the report. {@code mvn -B -Pbenchmark verify} runs it; {@code -Dbench.args="..."}
 * passes options, e.g. {@code dbs=h2 scales=1,4 parts=sweep startups=0 out=target/bench.md}; start-up runs take
 * {@code startups=5 startupdbs=h2,postgres startupmodes=fresh,restart}. The tables replace
 * the measured part of the report and leave its hand-written analysis alone; {@code include=<log>} adds the rows
 * printed by an earlier run.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {
  }

  public static void main(String[] args) throws Exception {
    List<String> engineArgs = new ArrayList<>();
    String dbs = "h2,postgres";
    int startups = 5;
    String startupDbs = "h2,postgres";
    String startupModes = "fresh,restart";
    Path out = Path.of("docs", "benchmarks.md");
    List<String> logs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("dbs=")) {
        dbs = arg.substring(4);
      } else if (arg.startsWith("startups=")) {
        startups = Integer.parseInt(arg.substring(9));
      } else if (arg.startsWith("startupdbs=")) {
        startupDbs = arg.substring(11);
      } else if (arg.startsWith("startupmodes=")) {
        startupModes = arg.substring(13);
      } else if (arg.startsWith("include=")) {
        logs.add(arg.substring(8));
      } else if (arg.startsWith("out=")) {
        out = Path.of(arg.substring(4));
      } else {
        engineArgs.add(arg);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String log : logs) {
      // rows of an earlier run's output, kept in the report beside this run's
      Files.readAllLines(Path.of(log)).stream().filter(l -> l.startsWith(Results.MARK)).map(Row::parse)
          .forEach(rows::add);
    }
    for (String db : dbs.split(",")) {
      if (!db.isBlank()) {
        rows.addAll(engineRun(db.trim(), engineArgs));
      }
    }
    Results startupResults = new Results();
    for (String db : startups > 0 ? startupDbs.split(",") : new String[0]) {
      for (String mode : startupModes.split(",")) {
        new StartupRun(startupResults).run(startups, db.trim(), mode.trim().equals("restart"));
      }
    }
    rows.addAll(startupResults.rows());
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, Report.into(Files.exists(out) ? Files.readString(out) : "",
        Report.markdown(rows, String.join(" ", args))));
    System.out.println("Written to " + out);
  }

  private static List<Row> engineRun(String db, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // room for the mail catcher's copy of every email the sweeps send (tens of thousands)
        "-Xmx2g", "-cp", System.getProperty("java.class.path"), EngineBenchmark.class.getName(),
        "db=" + db));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        System.out.println(line);
        if (line.startsWith(Results.MARK)) {
          rows.add(Row.parse(line));
        }
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("The " + db + " run failed (exit " + process.exitValue() + ")");
    }
    return rows;
  }
}

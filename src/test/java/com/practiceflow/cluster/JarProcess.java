package com.practiceflow.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.practiceflow.RestClient;

/** The packaged application as an operator runs it: {@code java -jar target/practiceflow-*.jar} with arguments. */
final class JarProcess {

  private final Process process;
  private final Path log;

  private JarProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static JarProcess start(Path log, Map<String, String> environment, String... args) throws IOException {
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().matches("practiceflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no jar in target/: run mvn package"));
    }
    List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(environment);
    return new JarProcess(builder.start(), log);
  }

  /** Waits until the readiness probe answers UP; fails if the process exits first. */
  void awaitReady(int port) throws Exception {
    RestClient client = new RestClient(port);
    for (int i = 0; i < 180; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("exited with " + process.exitValue() + ": see " + log);
      }
      try {
        if (client.get(null, "/actuator/health/readiness").body().contains("UP")) {
          return;
        }
      } catch (IllegalStateException notYetListening) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("not ready after 180 s: see " + log);
  }

  /** Exit code, waiting at most the given seconds; -1 if still running. */
  int awaitExit(int seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  void stop() throws InterruptedException {
    process.destroy(); // SIGTERM: Spring's graceful shutdown
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  String output() throws IOException {
    return Files.readString(log);
  }
}

package com.practiceflow.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.practiceflow.PracticeFlowApplication;
import practiceflow.baseline.BareCamundaApplication;

/**
 * Start-up time to a ready Tasklist and resident memory, PracticeFlow against a bare Camunda webapp: each started as
 * its own JVM with the same flags and class path, alternately, several times.
 */
final class StartupBenchmark {

  static final String JVM_HEAP = "-Xmx768m";

  /** One start: seconds to ready, RSS in MB after start and after a minute-long burst of Tasklist requests. */
  record Start(double seconds, double rssAfterStart, double rssUnderLoad) {
  }

  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * One start on the given database (a JDBC URL); {@code load} false skips the memory figures, for a start that only
   * prepares a database.
   */
  Start start(boolean bare, String database, boolean load, Path logs) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        JVM_HEAP, "-cp", System.getProperty("java.class.path"),
        (bare ? BareCamundaApplication.class : PracticeFlowApplication.class).getName(), "--server.port=" + port,
        "--spring.datasource.url=" + database));
    if (database.startsWith("jdbc:postgresql:")) {
      command.add("--spring.datasource.username=postgres");
      if (!bare) {
        // the postgres profile is a production one: no demo users and no built-in mail server unless asked for
        command.addAll(List.of("--spring.profiles.active=postgres", "--practiceflow.demo-data.enabled=true",
            "--practiceflow.mail-catcher.enabled=true"));
      }
    }
    if (!bare) {
      command.add("--practiceflow.mail-catcher.port=0");
    }
    File log = logs.resolve((bare ? "bare" : "practiceflow") + "-startup.log").toFile();
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    try {
      String base = "http://localhost:" + port;
      while (!(ok(base + "/camunda/app/tasklist/default/") && ok(base + "/actuator/health/readiness"))) {
        if (!process.isAlive()) {
          throw new IllegalStateException((bare ? "bare app" : "PracticeFlow") + " stopped; see " + log);
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - launched) / 1e9;
      if (!load) {
        return new Start(seconds, Double.NaN, Double.NaN);
      }
      Thread.sleep(5000);
      double afterStart = rssMegabytes(process.pid());
      useFor30Seconds(port, bare ? "demo" : "manager");
      double underLoad = rssMegabytes(process.pid());
      return new Start(seconds, afterStart, underLoad);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  /** 20 logged-in clients reading task lists and process definitions for 30 seconds. */
  private void useFor30Seconds(int port, String user) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<Integer>> clients = new ArrayList<>();
    long until = System.currentTimeMillis() + 30_000;
    for (int c = 0; c < 20; c++) {
      clients.add(pool.submit(() -> {
        TasklistClient client = new TasklistClient(port);
        client.login(user, user);
        int requests = 0;
        while (System.currentTimeMillis() < until) {
          client.sidebar();
          client.processDefinitions();
          requests += 2;
        }
        return requests;
      }));
    }
    for (Future<Integer> client : clients) {
      client.get();
    }
    pool.shutdown();
  }

  private boolean ok(String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static double rssMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

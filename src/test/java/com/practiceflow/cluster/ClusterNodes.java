package com.practiceflow.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Drives docker/run-cluster.sh, the same script an operator uses to run nodes without Docker. */
final class ClusterNodes {

  private final Map<String, String> environment;

  ClusterNodes(Map<String, String> environment) {
    this.environment = environment;
  }

  void start(int... nodes) {
    run("start", nodes);
  }

  void stop(int... nodes) {
    run("stop", nodes);
  }

  /** SIGKILL, as a crash or a pulled plug would. */
  void kill(int node) {
    run("kill", node);
  }

  static int port(int node) {
    return 8080 + node;
  }

  private void run(String command, int... nodes) {
    List<String> args = new ArrayList<>(List.of("bash", "docker/run-cluster.sh", command));
    for (int node : nodes) {
      args.add(String.valueOf(node));
    }
    ProcessBuilder builder = new ProcessBuilder(args).directory(Path.of("").toAbsolutePath().toFile()).inheritIO();
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (!process.waitFor(240, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("run-cluster.sh " + command + " failed; see " + environment.get("CLUSTER_DIR"));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package com.practiceflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent during a run, split between this JVM (the app, its mail server and the benchmark's clients) and
 * the rest of the machine (on the benchmark machine: the local PostgreSQL). Reads Linux's {@code /proc/stat}; where
 * that is missing, only the JVM's share is known.
 */
final class CpuMeter {

  /** CPU seconds used by this JVM and by everything else, between {@link #start()} and {@link #stop()}. */
  record Cpu(double jvmSeconds, double otherSeconds) {
  }

  private static final Path PROC_STAT = Path.of("/proc/stat");
  private static final double CLOCK_TICKS_PER_SECOND = 100;

  private long jvmStart;
  private double machineStart;

  void start() {
    jvmStart = jvmNanos();
    machineStart = machineSeconds();
  }

  Cpu stop() {
    double jvm = (jvmNanos() - jvmStart) / 1e9;
    double machine = machineSeconds() - machineStart;
    return new Cpu(jvm, Double.isNaN(machine) ? Double.NaN : Math.max(0, machine - jvm));
  }

  private static long jvmNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Busy time of all cores: the first line of /proc/stat, user to softirq less idle and iowait, in clock ticks. */
  private static double machineSeconds() {
    try {
      String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < Math.min(fields.length, 8); i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(fields[i]);
        }
      }
      return busy / CLOCK_TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}

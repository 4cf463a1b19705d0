package com.practiceflow.deployment.migration;

import java.util.List;

/** What happened to each older version's running cases. */
public record MigrationReport(String processKey, int latestVersion, List<VersionResult> versions) {

  public boolean anyRefused() {
    return versions.stream().anyMatch(v -> !v.moved());
  }

  /** One older version: how many cases it had and whether they moved; if not, why, per step. */
  public record VersionResult(int version, long cases, boolean moved, String reason) {

    static VersionResult moved(int version, long cases) {
      return new VersionResult(version, cases, true, null);
    }

    static VersionResult refused(int version, long cases, String reason) {
      return new VersionResult(version, cases, false, "these cases stay on version " + version + ": " + reason);
    }
  }
}

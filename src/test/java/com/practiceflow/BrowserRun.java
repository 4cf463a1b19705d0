package com.practiceflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Playwright scripts in src/test/node against the running app in headless Chromium and fails the
 * test with the script's own output when it fails. Screenshots land in target/tasklist-screenshots.
 */
public final class BrowserRun {

  private BrowserRun() {
  }

  public static String run(String script, String... args) throws Exception {
    assumeFalse(Boolean.getBoolean("skip.e2e"), "browser test left out with -Dskip.e2e=true");
    Path shots = Files.createDirectories(Path.of("target", "tasklist-screenshots"));
    Path log = shots.resolve(script.replace(".mjs", ".log"));
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(args));
    command.add(shots.toAbsolutePath().toString());
    Process node = new ProcessBuilder(command).directory(new File("src/test/node")).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean finished = node.waitFor(4, TimeUnit.MINUTES);
    if (!finished) {
      node.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as("browser run finished in time:%n%s", output).isTrue();
    assertThat(node.exitValue()).as("browser run:%n%s", output).isZero();
    return output;
  }
}

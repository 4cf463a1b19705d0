package com.practiceflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Starting PracticeFlow where its ports are taken, as happens with a second copy on one machine: a busy web port
 * stops start-up with one plain message naming the port and the setting, no stack trace; a busy mail-catcher port
 * is not fatal: the catcher takes a free port and the log says which, and which setting chooses it.
 */
class BusyPortsIT {

  static final Path DIR = Path.of("target/busy-ports-it");

  @Test
  void aBusyWebPortStopsStartUpWithOneMessageNamingThePortAndTheSetting() throws Exception {
    FileSystemUtils.deleteRecursively(DIR);
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(8093));
      JarProcess app = JarProcess.start(DIR.resolve("web.log"), Map.of(), "--server.port=8093",
          "--spring.datasource.url=jdbc:h2:file:./" + DIR + "/web/practiceflow", "--practiceflow.mail-catcher.port=0");
      try {
        assertThat(app.awaitExit(180)).as("exit code").isEqualTo(1);
        String output = app.output();
        assertThat(output).contains("PracticeFlow's web port 8093 is already in use")
            .contains("--server.port=8094").doesNotContain("\tat ");
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void aBusyMailCatcherPortMovesTheCatcherToAFreePortAndSaysSo() throws Exception {
    FileSystemUtils.deleteRecursively(DIR.resolve("mail"));
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 2593));
      JarProcess app = JarProcess.start(DIR.resolve("mail.log"), Map.of(), "--server.port=8094",
          "--spring.datasource.url=jdbc:h2:file:./" + DIR + "/mail/practiceflow",
          "--practiceflow.mail-catcher.port=2593");
      try {
        app.awaitReady(8094);
        assertThat(app.output()).contains("Mail catcher: port 2593 is in use")
            .contains("set practiceflow.mail-catcher.port to choose the port").doesNotContain("\tat ");
      } finally {
        app.stop();
      }
    }
  }
}

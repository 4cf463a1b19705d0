package com.practiceflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.RestClient;

/**
 * The embedded default (H2 file database), stopped and started again, keeps every case, timer and record, and its
 * stop leaves the database open until the engine has stopped.
 */
class SingleNodeRestartIT {

  static final int PORT = 8089;
  static final Path DIR = Path.of("target/h2-restart-it");
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aStopClosesCleanlyAndARestartKeepsCasesTimersAndRecords() throws Exception {
    FileSystemUtils.deleteRecursively(DIR);
    String[] args = {"--server.port=" + PORT, "--spring.datasource.url=jdbc:h2:file:./" + DIR + "/data/practiceflow",
        "--practiceflow.mail-catcher.port=2589"};
    JarProcess node = JarProcess.start(DIR.resolve("first.log"), Map.of(), args);
    RestClient rest = new RestClient(PORT);
    List<String> references = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    String timersBefore;
    try {
      node.awaitReady(PORT);
      for (int i = 0; i < 5; i++) {
        JsonNode created = json.readTree(rest.postJson("frontdesk", "/api/complaints", """
            {"channel":"phone","category":"other","description":"Restart case %d","receivedOn":"%s"}"""
            .formatted(i, LocalDate.now())).body());
        references.add(created.get("reference").asText());
        instances.add(created.get("processInstanceId").asText());
      }
      timersBefore = timers(rest, instances);
      assertThat(json.readTree(timersBefore).size()).as("timers of the open cases (two ladder timers each, and more)")
          .isGreaterThanOrEqualTo(10);
    } finally {
      node.stop();
    }
    assertThat(node.output()).as("a stop closes the database after the engine, not under it")
        .contains("ENGINE-00007 Process Engine default closed").doesNotContain("Database is already closed")
        .doesNotContain("ENGINE-18001");

    JarProcess again = JarProcess.start(DIR.resolve("second.log"), Map.of(), args);
    try {
      again.awaitReady(PORT);
      for (String reference : references) {
        var record = rest.get("manager", "/api/complaints/" + reference);
        assertThat(record.statusCode()).as(reference).isEqualTo(200);
        assertThat(record.body()).contains(reference);
      }
      assertThat(json.readTree(timers(rest, instances))).as("the same timers, same due dates")
          .isEqualTo(json.readTree(timersBefore));
      assertThat(again.output()).contains("unchanged: nothing deployed");
      System.out.printf("h2 restart: %d cases, %d timers and their records kept across a restart%n",
          references.size(), json.readTree(timersBefore).size());
    } finally {
      again.stop();
    }
  }

  private String timers(RestClient rest, List<String> instances) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String instance : instances) {
      for (JsonNode job : json.readTree(rest.get("manager", "/engine-rest/job?timers=true&processInstanceId="
          + instance + "&sortBy=jobDueDate&sortOrder=asc").body())) {
        rows.add("{\"id\":\"" + job.get("id").asText() + "\",\"due\":\"" + job.get("dueDate").asText() + "\"}");
      }
    }
    return "[" + String.join(",", rows) + "]";
  }
}

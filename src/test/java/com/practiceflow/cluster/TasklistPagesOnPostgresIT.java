package com.practiceflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.RestClient;
import com.practiceflow.benchmark.TasklistClient;

/**
 * On PostgreSQL, where PracticeFlow reads a caller's own tasks first for Tasklist's pages and counts, every filter of
 * every role answers what the engine itself answers through {@code /engine-rest} with its authorizations: the same
 * count, the same tasks across the pages, none twice, in due-date order. The tasks span four groups, some shared by
 * two groups, some claimed, some with no due date, so each branch of the query is met.
 */
class TasklistPagesOnPostgresIT {

  static final int PORT = 8091;
  static final String DATABASE = "practiceflow_pages_it";
  static final List<String> GROUPS = List.of("billing", "clinicians", "front-desk", "compliance");
  final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFilterOfEveryRoleAnswersAsTheEngineDoes() throws Exception {
    freshDatabase();
    JarProcess app = JarProcess.start(Path.of("target/pages-it/app.log"), Map.of(),
        "--spring.profiles.active=default,postgres", "--server.port=" + PORT,
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DATABASE, "--practiceflow.mail-catcher.port=2591");
    try {
      app.awaitReady(PORT);
      RestClient rest = new RestClient(PORT);
      makeTasks(rest, 80);
      for (String user : List.of("billing", "clinician", "frontdesk", "manager")) {
        compare(rest, user);
      }
    } finally {
      app.stop();
    }
  }

  private void compare(RestClient rest, String user) throws Exception {
    TasklistClient tasklist = new TasklistClient(PORT);
    tasklist.login(user, user);
    JsonNode sidebar = json.readTree(tasklist.sidebar());
    assertThat(sidebar.size()).as(user + "'s filters").isGreaterThanOrEqualTo(4);
    for (JsonNode filter : sidebar) {
      String id = filter.get("id").asText();
      String what = user + ": " + filter.get("name").asText();
      long engineCount = json.readTree(rest.get(user, "/engine-rest/filter/" + id + "/count").body())
          .get("count").asLong();
      assertThat(filter.get("itemCount").asLong()).as(what + " count").isEqualTo(engineCount);
      List<String> engineIds = new ArrayList<>();
      json.readTree(rest.get(user, "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=1000").body())
          .forEach(task -> engineIds.add(task.get("id").asText()));
      List<String> paged = new ArrayList<>();
      List<String> dues = new ArrayList<>();
      for (int first = 0; first < engineIds.size() + 7; first += 7) {
        JsonNode page = json.readTree(tasklist.page(id, first, 7, "asc"));
        assertThat(page.get("count").asLong()).as(what + " page count").isEqualTo(engineCount);
        page.path("_embedded").path("task").forEach(task -> {
          paged.add(task.get("id").asText());
          dues.add(task.get("due").isNull() ? null : task.get("due").asText());
        });
      }
      assertThat(paged).as(what).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(engineIds);
      assertThat(inDueOrder(dues)).as(what + " in due-date order, undated last").isTrue();
    }
  }

  /** Standalone tasks made through the engine's REST API as the administrator, as another system would. */
  private void makeTasks(RestClient rest, int count) throws Exception {
    OffsetDateTime now = OffsetDateTime.now();
    DateTimeFormatter engine = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    for (int n = 0; n < count; n++) {
      String id = "pages-it-" + n;
      String due = n % 5 == 0 ? "null" : "\"" + now.plusDays(n % 9 - 4).plusMinutes(n).format(engine) + "\"";
      assertThat(rest.postJson("admin", "/engine-rest/task/create", "{\"id\":\"" + id + "\",\"name\":\"Item " + n
          + "\",\"due\":" + due + "}").statusCode()).isEqualTo(204);
      link(rest, id, GROUPS.get(n % GROUPS.size()));
      if (n % 6 == 0) {
        link(rest, id, GROUPS.get((n + 1) % GROUPS.size())); // a task two groups share
      }
      if (n % 7 == 0) {
        // claimed by someone outside the task's groups, so "assigned to me" is its own branch of the query
        String assignee = List.of("billing", "clinician", "frontdesk", "compliance").get((n + 2) % GROUPS.size());
        assertThat(rest.postJson("admin", "/engine-rest/task/" + id + "/assignee", "{\"userId\":\"" + assignee
            + "\"}").statusCode()).isEqualTo(204);
      }
    }
  }

  private static void link(RestClient rest, String taskId, String group) {
    assertThat(rest.postJson("admin", "/engine-rest/task/" + taskId + "/identity-links", "{\"groupId\":\"" + group
        + "\",\"type\":\"candidate\"}").statusCode()).isEqualTo(204);
  }

  private static boolean inDueOrder(List<String> dues) {
    OffsetDateTime last = null;
    boolean undated = false;
    for (String due : dues) {
      if (due == null) {
        undated = true;
        continue;
      }
      OffsetDateTime at = OffsetDateTime.parse(due, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
      if (undated || last != null && at.isBefore(last)) {
        return false;
      }
      last = at;
    }
    return true;
  }

  private static void freshDatabase() {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
      admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
      admin.createStatement().execute("create database " + DATABASE);
    } catch (SQLException absent) {
      Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: Tasklist pages on PostgreSQL not tested");
    }
  }
}

package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.benchmark.TasklistClient;

/**
 * With 10,000 open tasks of two groups present, a billing user still sees only billing's and their own: through
 * every Tasklist filter (whose queries now skip the per-task check), the REST API with criteria that try to widen
 * a scoped query, history, and a clinicians' task id asked for directly.
 */
@PracticeFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenThousandTasksStayWithTheirGroupsTest {

  static final int TASKS = 10_000;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  PlatformTransactionManager transactions;
  final ObjectMapper json = new ObjectMapper();
  final List<String> made = new ArrayList<>();
  final Set<String> billings = new HashSet<>();
  String clinicianTask;

  @BeforeAll
  void tenThousandTasks() {
    TransactionTemplate batch = new TransactionTemplate(transactions);
    for (int from = 0; from < TASKS; from += 500) {
      int start = from;
      batch.executeWithoutResult(status -> {
        for (int n = start; n < start + 500; n++) {
          Task task = taskService.newTask();
          task.setName("Scope probe " + n);
          // two in three with a deadline, minutes apart: half of those already past
          if (n % 3 != 0) {
            task.setDueDate(new java.util.Date(System.currentTimeMillis() + (n - TASKS / 2) * 60_000L));
          }
          taskService.saveTask(task);
          // one in five billing; a few assigned to the billing user, a few claimed by a clinician
          boolean billing = n % 5 == 0;
          taskService.addCandidateGroup(task.getId(), billing ? "billing" : "clinicians");
          if (n % 997 == 0) {
            taskService.setAssignee(task.getId(), billing ? "clinician" : "billing");
          }
          if (billing || n % 997 == 0) {
            billings.add(task.getId());
          }
          made.add(task.getId());
        }
      });
    }
    clinicianTask = made.get(1);
  }

  @AfterAll
  void removeThem() {
    for (int from = 0; from < made.size(); from += 500) {
      taskService.deleteTasks(made.subList(from, Math.min(made.size(), from + 500)), true);
    }
  }

  @Test
  void everyFilterListsOnlyTasksOfTheCallersGroupOrTheCaller() {
    identityService.setAuthentication("billing", List.of("billing"));
    try {
      for (String name : List.of("My tasks", "My group's tasks", "Due today", "Overdue", "Escalated")) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        List<Task> listed = filterService.list(filter.getId());
        assertThat(probes(listed)).as(name).allMatch(billings::contains);
        assertThat(filterService.count(filter.getId())).as(name).isEqualTo(listed.size());
      }
      Filter group = filterService.createFilterQuery().filterName("My group's tasks").singleResult();
      Filter mine = filterService.createFilterQuery().filterName("My tasks").singleResult();
      // 2,000 billing candidates, three of them claimed by a clinician: 1,997 unassigned; eight assigned to billing
      assertThat(probes(filterService.list(group.getId()))).hasSize(TASKS / 5 - 3);
      assertThat(probes(filterService.list(mine.getId()))).hasSize(8);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theRestApiFindsNoneOfAnotherGroupsTasksWhateverItIsAsked() throws Exception {
    RestClient rest = new RestClient(port);
    String[] asks = {"/engine-rest/task?candidateGroup=clinicians&maxResults=50",
        "/engine-rest/task?nameLike=Scope%25&maxResults=20000",
        "/engine-rest/task?assignee=clinician&maxResults=50",
        "/engine-rest/history/task?taskName=Scope%20probe%201",
        "/engine-rest/task?taskId=" + clinicianTask};
    for (String ask : asks) {
      JsonNode found = json.readTree(rest.get("billing", ask).body());
      assertThat(found.isArray()).as(ask).isTrue();
      for (JsonNode task : found) {
        assertThat(billings).as(ask).contains(task.get("id").asText());
      }
    }
    assertThat(json.readTree(rest.get("billing", "/engine-rest/task/count?candidateGroup=clinicians").body())
        .get("count").asInt()).isZero();
    // an OR branch that also names something else than the caller keeps the engine's per-task check
    JsonNode widened = json.readTree(rest.postJson("billing", "/engine-rest/task?maxResults=20000",
        "{\"orQueries\":[{\"assignee\":\"billing\",\"nameLike\":\"Scope%\"}]}").body());
    Set<String> probes = new HashSet<>();
    widened.forEach(task -> probes.add(task.get("id").asText()));
    probes.retainAll(new HashSet<>(made));
    assertThat(probes).isEqualTo(billings);
    assertThat(rest.get("billing", "/engine-rest/task/" + clinicianTask).statusCode()).isIn(403, 404);
    assertThat(rest.get("billing", "/engine-rest/task/" + clinicianTask + "/variables").statusCode()).isIn(403, 404);
  }

  @Test
  void aQueryNamingOnlyTheCallerRunsWithoutThePerTaskCheckAndAnyOtherKeepsIt() {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    identityService.setAuthentication("billing", List.of("billing"));
    try {
      List<Boolean> checked = configuration.getCommandExecutorTxRequired().execute(context -> {
        var scoped = (org.camunda.bpm.engine.impl.TaskQueryImpl) taskService.createTaskQuery()
            .taskCandidateGroupIn(List.of("billing"));
        var unscoped = (org.camunda.bpm.engine.impl.TaskQueryImpl) taskService.createTaskQuery().taskNameLike("%");
        context.getAuthorizationManager().configureTaskQuery(scoped);
        context.getAuthorizationManager().configureTaskQuery(unscoped);
        return List.of(scoped.getAuthCheck().getShouldPerformAuthorizatioCheck(),
            unscoped.getAuthCheck().getShouldPerformAuthorizatioCheck());
      });
      assertThat(checked).containsExactly(false, true);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void tasklistsPagesAndCountsAreTheEnginesOwnWhicheverRoleAsks() throws Exception {
    // a task falls due every minute here: the clock stands still so the sidebar and the engine count the same hour
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date());
    try {
      compareWithTheEngineAsEveryRole();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private void compareWithTheEngineAsEveryRole() throws Exception {
    for (String user : List.of("billing", "clinician", "manager")) {
      TasklistClient tasklist = new TasklistClient(port);
      tasklist.login(user, user);
      Map<String, String> filters = tasklist.filters();
      JsonNode sidebar = json.readTree(tasklist.sidebar());
      assertThat(sidebar.size()).as(user).isEqualTo(filters.size());
      for (JsonNode filter : sidebar) {
        String name = filter.get("name").asText();
        List<String> engineIds = asUser(user, () -> filterService.<Task>list(filter.get("id").asText()).stream()
            .map(Task::getId).toList());
        assertThat(filter.get("itemCount").asLong()).as(user + ": " + name).isEqualTo(engineIds.size());
        List<String> pages = allPages(tasklist, filter.get("id").asText(), engineIds.size(), user + ": " + name);
        assertThat(pages).as(user + ": " + name).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(engineIds);
        if ("billing".equals(user)) {
          assertThat(pages.stream().filter(new HashSet<>(made)::contains)).as(name).allMatch(billings::contains);
        }
      }
    }
  }

  @Test
  void aPageOfTasklistListsTheSoonestDeadlinesFirstAndThoseWithoutLast() throws Exception {
    TasklistClient tasklist = new TasklistClient(port);
    tasklist.login("billing", "billing");
    String group = tasklist.filters().get("My group's tasks");
    List<java.util.Date> soonest = dues(json.readTree(tasklist.page(group, 0, 15, "asc")));
    assertThat(soonest).hasSize(15).doesNotContainNull().isSorted();
    assertThat(asUser("billing", () -> taskService.createTaskQuery().taskCandidateGroup("billing").taskUnassigned()
        .dueBefore(soonest.get(0)).count())).as("billing tasks due before the first one listed").isZero();
    List<java.util.Date> latest = dues(json.readTree(tasklist.page(group, 0, 15, "desc")));
    assertThat(latest).hasSize(15).containsOnlyNulls();
  }

  private List<String> allPages(TasklistClient tasklist, String filterId, int expected, String what)
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (int first = 0; first <= expected; first += 700) {
      JsonNode page = json.readTree(tasklist.page(filterId, first, 700, "asc"));
      assertThat(page.get("count").asLong()).as(what).isEqualTo(expected);
      page.path("_embedded").path("task").forEach(task -> ids.add(task.get("id").asText()));
    }
    return ids;
  }

  private List<java.util.Date> dues(JsonNode page) {
    List<java.util.Date> dues = new ArrayList<>();
    page.path("_embedded").path("task").forEach(task -> dues.add(task.get("due").isNull() ? null
        : java.util.Date.from(java.time.OffsetDateTime.parse(task.get("due").asText(),
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant())));
    return dues;
  }

  private <T> T asUser(String user, java.util.function.Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> probes(List<Task> tasks) {
    return tasks.stream().filter(t -> t.getName() != null && t.getName().startsWith("Scope probe")).map(Task::getId)
        .toList();
  }
}

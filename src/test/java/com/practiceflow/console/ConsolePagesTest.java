package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.SampleFiles;
import com.practiceflow.benchmark.TasklistClient;
import com.practiceflow.onboarding.StaffOnboardingProcess;

/**
 * Every console page for every demo role over the real login, with every section holding data (complaints, a
 * dispute, a staff member with a licence coming due and an I-9 open, a published policy): each page renders whole
 * (a template error would cut it off), answers what the role may (200) or may not (403, or 404 for a case), and
 * never 5xx. Runs without a browser, so it also guards builds that leave the browser tests out.
 */
@PracticeFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesTest {

  static final List<String> ROLES = List.of("manager", "admin", "frontdesk", "billing", "compliance", "clinician",
      "hr", "it");

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ProcessEngine engine;
  final ObjectMapper json = new ObjectMapper();
  String complaint;
  String dispute;

  @BeforeAll
  void practiceWithSomethingInEverySection() throws Exception {
    RestClient rest = new RestClient(port);
    complaint = json.readTree(rest.postJson("frontdesk", "/api/complaints", """
        {"channel":"phone","category":"billing","description":"Pages probe","receivedOn":"%s"}"""
        .formatted(LocalDate.now())).body()).get("reference").asText();
    rest.post("billing", "/api/remittances", "text/plain", SampleFiles.remittance("medicare-part-b-2026-11-20.835"));
    dispute = jdbc.queryForObject("select min(reference) from dispute", String.class);
    LocalDate today = LocalDate.now();
    jdbc.update("insert into staff_member (reference, first_name, last_name, email, staff_role, role_group, licensed,"
        + " exposure, status, start_date, created_at, version) values ('STF-2099-0001', 'Page', 'Probe',"
        + " 'page.probe@practice.example', 'medical-assistant', 'clinicians', true, true, 'ACTIVE', ?, ?, 0)",
        java.sql.Date.valueOf(today), new java.sql.Timestamp(System.currentTimeMillis()));
    Long staffId = jdbc.queryForObject("select id from staff_member where reference = 'STF-2099-0001'", Long.class);
    jdbc.update("insert into credential (staff_id, credential_type, credential_number, issuing_state, expires_on,"
        + " status, retain_until) values (?, 'CMA', 'X1', 'NY', ?, 'VERIFIED', ?)", staffId,
        java.sql.Date.valueOf(today.plusDays(20)), java.sql.Date.valueOf(today.plusYears(7)));
    engine.getRuntimeService().createProcessInstanceByKey(StaffOnboardingProcess.KEY).businessKey("STF-2099-0001")
        .startBeforeActivity(StaffOnboardingProcess.TASK_I9_SECTION1).setVariables(Variables.fromMap(Map.of(
            "staffId", staffId, "caseReference", "STF-2099-0001", "startDate", today.toString(), "jurisdiction",
            "US"))).execute();
    jdbc.update("insert into policy (reference, title, category, owner_user, owner_group, scope_groups,"
        + " review_interval_months, next_review_on, status, attestation_version, created_at, version) values"
        + " ('POL-2099-0001', 'Clean desk', 'security', 'compliance', 'compliance', 'front-desk,billing', 12, ?,"
        + " 'ACTIVE', 1, ?, 0)", java.sql.Date.valueOf(today.plusYears(1)),
        new java.sql.Timestamp(System.currentTimeMillis()));
    Long policyId = jdbc.queryForObject("select id from policy where reference = 'POL-2099-0001'", Long.class);
    jdbc.update("insert into policy_version (policy_id, number, status, checksum, material_change, effective_on,"
        + " created_at) values (?, 1, 'PUBLISHED', 'x', true, ?, ?)", policyId, java.sql.Date.valueOf(today),
        new java.sql.Timestamp(System.currentTimeMillis()));
  }

  @Test
  void everyPageRendersWholeForEveryRoleAndRefusesWhatTheRoleMayNotSee() throws Exception {
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (String role : ROLES) {
      TasklistClient browser = new TasklistClient(port);
      browser.login(role, role);
      Viewer me = viewer(role);
      Map<String, Boolean> allowed = new java.util.LinkedHashMap<>();
      allowed.put("/", true);
      allowed.put("/my-work", true);
      allowed.put("/my-work?overdue=true&escalated=true", true);
      allowed.put("/registers/complaints", me.isSeesComplaints());
      allowed.put("/registers/complaints.csv", me.isSeesComplaints());
      allowed.put("/registers/complaints?month=2026-13", false);
      allowed.put("/registers/complaints?status=CLOSED&outcome=upheld", me.isSeesComplaints());
      allowed.put("/my-work?age=older&process=claimDispute", true);
      allowed.put("/my-work?age=week&page=1", true);
      allowed.put("/my-work/done?process=complaintResolution&task=Task_AcknowledgeComplaint&days=30", true);
      allowed.put("/my-work/done?process=complaintResolution&task=Task_AcknowledgeComplaint&days=abc", false);
      allowed.put("/registers/disputes?due=14", me.isSeesDisputes());
      allowed.put("/registers/disputes.csv", me.isSeesDisputes());
      allowed.put("/registers/staff?expiring=30", me.isSeesStaff());
      allowed.put("/registers/policies", true);
      allowed.put("/remittances/upload", me.isSeesDisputes());
      allowed.put("/cases", true);
      allowed.put("/cases/" + dispute, me.isSeesDisputes());
      allowed.put("/cases/" + dispute + "/diagram", me.isSeesDisputes());
      allowed.put("/cases/STF-2099-0001", me.isSeesStaff());
      allowed.put("/cases/POL-2099-0001", true);
      allowed.put("/cases/CMP-1999-0001", false);
      // the console's own files and its WebJars, and the practice's time zone for Tasklist
      allowed.put("/assets/practiceflow.css", true);
      allowed.put("/webjars/htmx.org/dist/htmx.min.js", true);
      allowed.put("/webjars/chart.js/dist/chart.umd.min.js", true);
      allowed.put("/camunda/app/tasklist/scripts/practice-zone.js", true);
      allowed.put("/camunda/app/tasklist/scripts/practice-time.js", true);
      for (var page : allowed.entrySet()) {
        pages++;
        HttpResponse<String> answer = browser.get(page.getKey());
        int status = answer.statusCode();
        boolean ok = page.getValue() ? status == 200 : status == 403 || status == 404 || status == 400;
        boolean whole = !answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
            || answer.body().trim().endsWith("</html>");
        if (!ok || !whole || status >= 500) {
          problems.add(role + " " + page.getKey() + " -> " + status + (whole ? "" : " (cut off)"));
        }
      }
      HttpResponse<String> search = browser.postForm("/cases", "/cases", "q=DSP");
      pages++;
      if (search.statusCode() != 200 || search.body().contains(dispute) != me.isSeesDisputes()) {
        problems.add(role + " search DSP -> " + search.statusCode());
      }
    }
    System.out.printf("Console pages: %d requests for %d roles, %d unexpected%n", pages, ROLES.size(),
        problems.size());
    assertThat(problems).isEmpty();
  }

  @Test
  void aRegisterExportsAsCsvWithItsColumnsAndRows() throws Exception {
    TasklistClient browser = new TasklistClient(port);
    browser.login("manager", "manager");
    HttpResponse<String> csv = browser.get("/registers/complaints.csv?status=open");
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).startsWith("Reference,Received,Channel,Category").contains(complaint);
  }

  @Test
  void aRegisterSortsByAColumnEitherWayOnScreenAndInItsExport() throws Exception {
    TasklistClient browser = new TasklistClient(port);
    browser.login("manager", "manager");
    List<BigDecimal> descending = atStake(browser.get("/registers/disputes.csv?state=all&sort=atStake&dir=desc"));
    List<BigDecimal> ascending = atStake(browser.get("/registers/disputes.csv?state=all&sort=atStake&dir=asc"));
    assertThat(descending).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(descending.get(0)).isGreaterThan(descending.get(descending.size() - 1));
    assertThat(ascending).isSorted().containsExactlyInAnyOrderElementsOf(descending);
    HttpResponse<String> page = browser.get("/registers/disputes?state=all&sort=atStake&dir=desc");
    assertThat(page.body()).contains("aria-sort=\"descending\"")
        .contains("?state=all&amp;sort=atStake&amp;dir=asc");
    // an unknown column is the register's own order, not an error
    assertThat(browser.get("/registers/disputes?sort=drop%20table&dir=desc").statusCode()).isEqualTo(200);
  }

  @Test
  void aNewHiresCasePageListsEveryStepOfOnboardingWithTheGroupThatDoesIt() throws Exception {
    TasklistClient browser = new TasklistClient(port);
    browser.login("hr", "hr");
    String page = browser.get("/cases/STF-2099-0001").body().replaceAll("\\s+", " ");
    assertThat(page).contains("<h2>Checklist</h2>")
        .containsPattern("<td>I-9 Section 1</td> <td>Human resources</td> <td><span class=\"pill open\">open</span>")
        .containsPattern("<td>Provision accounts</td> <td>IT</td> <td><span class=\"pill [a-z-]+\">(to come|open)<")
        .containsPattern("<td>Issue badge and keys</td> <td>Practice managers</td>");
  }

  @Test
  void aDeadlineFigureOpensTheCasesBehindItForThoseTheyAreRoutedTo() throws Exception {
    String other = json.readTree(new RestClient(port).postJson("frontdesk", "/api/complaints", """
        {"channel":"letter","category":"billing","description":"Done probe","receivedOn":"%s"}"""
        .formatted(LocalDate.now())).body()).get("reference").asText();
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(other)
        .taskDefinitionKey("Task_AcknowledgeComplaint").singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("acknowledgedOn", LocalDate.now().toString(),
        "acknowledgementMethod", "letter", "discussionOffered", true));
    String done = "/my-work/done?process=complaintResolution&task=Task_AcknowledgeComplaint&days=30";
    TasklistClient manager = new TasklistClient(port);
    manager.login("manager", "manager");
    assertThat(manager.get(done).body().replaceAll("\\s+", " ")).contains(other)
        .containsPattern(other + "</a></td> <td>[^<]+</td><td>[^<]+</td> <td><span class=\"pill kept\">kept");
    assertThat(manager.get(done + "&missed=true").body()).doesNotContain(other);
    TasklistClient billing = new TasklistClient(port);
    billing.login("billing", "billing");
    assertThat(billing.get(done).body()).contains(other);
    TasklistClient clinician = new TasklistClient(port);
    clinician.login("clinician", "clinician");
    assertThat(clinician.get(done).body()).doesNotContain(other);
    // the age bands: the complaint's next step opened today, so it is under 7 days old
    assertThat(manager.get("/my-work?process=complaintResolution&age=week").body()).contains(other);
    assertThat(manager.get("/my-work?process=complaintResolution&age=older").body()).doesNotContain(other);
  }

  @Test
  void aCaseOpenedThroughTheAppIsCountedOnTheNextDashboardLoad() throws Exception {
    TasklistClient manager = new TasklistClient(port);
    manager.login("manager", "manager");
    int before = openTasks(manager.get("/").body());
    assertThat(openTasks(manager.get("/").body())).isEqualTo(before);
    new RestClient(port).postJson("frontdesk", "/api/complaints", """
        {"channel":"phone","category":"billing","description":"Count probe","receivedOn":"%s"}"""
        .formatted(LocalDate.now()));
    assertThat(openTasks(manager.get("/").body())).isGreaterThan(before);
  }

  /** The dashboard's "open tasks" figure. */
  private static int openTasks(String dashboard) {
    var figure = java.util.regex.Pattern.compile("<a class=\"value\" href=\"/my-work\">(\\d+)</a>")
        .matcher(dashboard);
    assertThat(figure.find()).as("the open tasks figure").isTrue();
    return Integer.parseInt(figure.group(1));
  }

  /** The "At stake" column of a disputes export, as amounts. */
  private static List<BigDecimal> atStake(HttpResponse<String> csv) {
    List<String> lines = csv.body().lines().toList();
    List<String> headings = List.of(lines.get(0).split(","));
    int column = headings.indexOf("At stake");
    return lines.stream().skip(1).map(line -> cells(line).get(column))
        .map(cell -> new BigDecimal(cell.replaceAll("[^0-9.-]", ""))).toList();
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    java.util.regex.Matcher cell = java.util.regex.Pattern.compile("\"([^\"]*)\"|([^,]*)").matcher(line);
    int at = 0;
    while (at <= line.length() && cell.find(at)) {
      cells.add(cell.group(1) != null ? cell.group(1) : cell.group(2));
      at = cell.end() + 1;
    }
    return cells;
  }

  private Viewer viewer(String role) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(role).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    return new Viewer(role, role, groups);
  }
}

package com.practiceflow.deployment;

import static com.practiceflow.deployment.ModelerRequests.GOOD_TASK;
import static com.practiceflow.deployment.ModelerRequests.TTL;
import static com.practiceflow.deployment.ModelerRequests.deploy;
import static com.practiceflow.deployment.ModelerRequests.probe;
import static com.practiceflow.deployment.ModelerRequests.probeForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.practiceflow.PracticeFlowTest;

/** After a redesign, a manager moves the cases under way onto the new version where the engine can. */
@PracticeFlowTest
class VersionMigrationTest extends ModelerTestBase {

  private static final String PATH = "/api/processes/modelerProbe/migrate-to-latest";

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  @Test
  void runningCasesMoveToTheNewVersionWhenTheirStepStillExists() throws Exception {
    deployVersion(probe(TTL, "Task_ReviewProbe", GOOD_TASK, ""));
    String first = start();
    String second = start();
    deployVersion(probe(TTL, "Task_ReviewProbe", GOOD_TASK.replace("2030-01-31", "2030-02-28"), "")
        .replace("Review probe", "Review the probe"));

    var response = rest.postJson("manager", PATH, "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode version = json.readTree(response.body()).get("versions").get(0);
    assertThat(version.get("version").asInt()).isEqualTo(1);
    assertThat(version.get("cases").asInt()).isEqualTo(2);
    String latest = repository.createProcessDefinitionQuery().processDefinitionKey("modelerProbe").latestVersion()
        .singleResult().getId();
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(first, second)).list())
        .allSatisfy(p -> assertThat(p.getProcessDefinitionId()).isEqualTo(latest));
    // the open task keeps its place and can be completed on the new version
    var task = tasks.createTaskQuery().processInstanceId(first).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewProbe");
    tasks.complete(task.getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first).count()).isZero();
  }

  @Test
  void casesWaitingInARemovedStepStayOnTheirVersionAndTheRefusalNamesTheStep() throws Exception {
    deployVersion(probe(TTL, "Task_ReviewProbe", GOOD_TASK, ""));
    String waiting = start();
    String oldDefinition = runtime.createProcessInstanceQuery().processInstanceId(waiting).singleResult()
        .getProcessDefinitionId();
    deployVersion(probe(TTL, "Task_CheckProbe", GOOD_TASK, ""));

    var response = rest.postJson("manager", PATH, "");
    assertThat(response.statusCode()).isEqualTo(409);
    JsonNode version = json.readTree(response.body()).get("versions").get(0);
    assertThat(version.get("moved").asBoolean()).isFalse();
    assertThat(version.get("reason").asText()).contains("stay on version 1").contains("Task_ReviewProbe");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting).singleResult()
        .getProcessDefinitionId()).isEqualTo(oldDefinition);
  }

  @Test
  void onlyManagersMayMoveCasesAndAnonymousCallersMustLogIn() {
    deployVersion(probe(TTL, "Task_ReviewProbe", GOOD_TASK, ""));
    assertThat(rest.postJson("hr", PATH, "").statusCode()).isEqualTo(403);
    assertThat(rest.postJson(null, PATH, "").statusCode()).isEqualTo(401);
    assertThat(rest.postJson("manager", "/api/processes/noSuchProcess/migrate-to-latest", "").statusCode())
        .isEqualTo(404);
  }

  private void deployVersion(String bpmn) {
    var response = rest.postMultipart("manager", "/engine-rest/deployment/create",
        deploy("modeler-probe", Map.of("modeler-probe.bpmn", bpmn, "modeler-probe.form", probeForm("Note"))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private String start() throws Exception {
    var started = rest.postJson("manager", "/engine-rest/process-definition/key/modelerProbe/start", "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return json.readTree(started.body()).get("id").asText();
  }
}

package com.practiceflow.deployment;

import static com.practiceflow.deployment.ModelerRequests.GOOD_TASK;
import static com.practiceflow.deployment.ModelerRequests.TTL;
import static com.practiceflow.deployment.ModelerRequests.deploy;
import static com.practiceflow.deployment.ModelerRequests.probe;
import static com.practiceflow.deployment.ModelerRequests.probeForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.practiceflow.PracticeFlowTest;

/**
 * Each broken model a manager could save is refused at deploy time, over the Modeler's request, with HTTP 400 and a
 * message naming the file, the element and the problem; nothing of a refused deployment is kept.
 */
@PracticeFlowTest
class DeploymentGuardTest extends ModelerTestBase {

  private static final String FILE = "modeler-probe.bpmn";

  @Test
  void aValidModelWithItsFormPasses() {
    assertThat(send(Map.of(FILE, ModelerRequests.goodProbe(), "modeler-probe.form", probeForm("Note")))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aDelegateExpressionNamingNoDelegateIsRefused() throws Exception {
    String bpmn = probe(TTL, "Task_ReviewProbe", GOOD_TASK, """
        <bpmn:extensionElements><camunda:taskListener event="create" delegateExpression="${sendFaxToManager}" />
        </bpmn:extensionElements>""");
    assertRefused(bpmn, "Task_ReviewProbe", "delegate expression ${sendFaxToManager} names no PracticeFlow delegate");
  }

  @Test
  void aServiceTaskNamingAnyNonDelegateBeanIsRefused() throws Exception {
    String bpmn = ModelerRequests.goodProbe().replace("<bpmn:endEvent id=\"EndEvent_Probe\" name=\"Probe done\" />",
        "<bpmn:endEvent id=\"EndEvent_Probe\" name=\"Probe done\" />"
            + "<bpmn:serviceTask id=\"Task_Orphan\" name=\"Orphan\" camunda:delegateExpression=\"${deadlines}\" />");
    assertRefused(bpmn, "Task_Orphan", "delegate expression ${deadlines} names no PracticeFlow delegate");
  }

  @Test
  void aFormThatIsNeitherDeployedNorAttachedIsRefused() throws Exception {
    String bpmn = probe(TTL, "Task_ReviewProbe", GOOD_TASK.replace("modeler-probe-form", "no-such-form"), "");
    assertRefused(bpmn, "Task_ReviewProbe", "form 'no-such-form' is neither deployed nor attached");
  }

  @Test
  void aCandidateGroupThatDoesNotExistIsRefused() throws Exception {
    String bpmn = probe(TTL, "Task_ReviewProbe", GOOD_TASK.replace("practice-managers", "practice-manager"), "");
    assertRefused(bpmn, "Task_ReviewProbe", "candidate group 'practice-manager' does not exist");
  }

  @Test
  void aUserTaskWithoutDueDateIsRefused() throws Exception {
    String bpmn = probe(TTL, "Task_ReviewProbe", GOOD_TASK.replace("camunda:dueDate=\"2030-01-31T17:00:00\"", ""), "");
    assertRefused(bpmn, "Task_ReviewProbe", "the user task has no due date");
  }

  @Test
  void aProcessWithoutHistoryTimeToLiveIsRefused() throws Exception {
    assertRefused(probe("", "Task_ReviewProbe", GOOD_TASK, ""), "modelerProbe", "has no History time to live");
  }

  @Test
  void aDecisionWhoseOutputTheProcessReadsWasRenamedIsRefused() throws Exception {
    String dmn = Files.readString(Path.of("processes/complaint-triage.dmn"))
        .replace("name=\"ownerGroup\"", "name=\"owningTeam\"");
    var response = send(Map.of("complaint-triage.dmn", dmn));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(message(response.body())).contains("complaint-triage.dmn").contains("complaintTriage")
        .contains("reads output column(s) [ownerGroup]");
  }

  @Test
  void aDecisionReadingAValueTheProcessDoesNotProvideIsRefused() throws Exception {
    String dmn = Files.readString(Path.of("processes/policy-approver.dmn"))
        .replace("<text>category</text>", "<text>department</text>");
    var response = send(Map.of("policy-approver.dmn", dmn));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(message(response.body())).contains("policy-approver.dmn").contains("input 'department' is not a value");
  }

  @Test
  void everyProblemOfADeploymentIsListedAndNothingIsKept() throws Exception {
    long before = repository.createDeploymentQuery().count();
    String bpmn = probe("", "Task_ReviewProbe", GOOD_TASK.replace("practice-managers", "nurses")
        .replace("modeler-probe-form", "no-such-form"), "");
    var response = send(Map.of(FILE, bpmn));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(message(response.body())).contains("3 problems").contains("History time to live")
        .contains("'nurses'").contains("'no-such-form'");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotValidBpmnIsRefusedWithTheSchemaErrorNotTheGuardsRules() throws Exception {
    long before = repository.createDeploymentQuery().count();
    String bpmn = probe("", "Task_ReviewProbe", GOOD_TASK, "<bpmn:notAnElement id=\"Probe_Stray\" />");
    var response = send(Map.of(FILE, bpmn, "modeler-probe.form", probeForm("Note")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(message(response.body())).contains("notAnElement").doesNotContain("History time to live");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void theJavaApiIsGuardedToo() {
    assertThatThrownBy(() -> repository.createDeployment().name("api-probe")
        .addString(FILE, probe("", "Task_ReviewProbe", GOOD_TASK, "")).deploy())
        .isInstanceOf(ParseException.class).hasMessageContaining("History time to live");
  }

  private void assertRefused(String bpmn, String elementId, String problem) throws Exception {
    var response = send(Map.of(FILE, bpmn, "modeler-probe.form", probeForm("Note")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    String message = message(response.body());
    assertThat(message).contains(FILE).contains(elementId).contains(problem);
    JsonNode errors = json.readTree(response.body()).get("details").get(FILE).get("errors");
    assertThat(errors.get(0).get("mainElementId").asText()).isEqualTo(elementId);
    assertThat(errors.get(0).get("line").asInt()).isPositive();
  }

  private java.net.http.HttpResponse<String> send(Map<String, String> files) {
    return rest.postMultipart("manager", "/engine-rest/deployment/create", deploy("modeler-probe", files));
  }

  private String message(String body) throws Exception {
    return json.readTree(body).get("message").asText();
  }
}

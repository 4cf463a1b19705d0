package com.practiceflow.deployment;

import static com.practiceflow.deployment.ModelerRequests.deploy;
import static com.practiceflow.deployment.ModelerRequests.goodProbe;
import static com.practiceflow.deployment.ModelerRequests.probeForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.practiceflow.PracticeFlowTest;

/** The Modeler's Deploy button, request for request, for each kind of user. */
@PracticeFlowTest
class ModelerDeploymentTest extends ModelerTestBase {

  private static final String NAME = "modeler-probe";

  @Autowired
  ModelDeployer startupDeployer;

  @Test
  void aManagersDeployIsLiveAtOnceWithItsAttachedForm() throws Exception {
    var response = rest.postMultipart("manager", "/engine-rest/deployment/create", deploy(NAME,
        Map.of("modeler-probe.bpmn", goodProbe(), "modeler-probe.form", probeForm("Note"))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("deployedProcessDefinitions").size()).isEqualTo(1);

    var started = rest.postJson("manager", "/engine-rest/process-definition/key/modelerProbe/start", "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = json.readTree(started.body()).get("id").asText();
    JsonNode task = json.readTree(rest.get("manager", "/engine-rest/task?processInstanceId=" + instance).body()).get(0);
    var form = rest.get("manager", "/engine-rest/task/" + task.get("id").asText() + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("\"label\":\"Note\"");
  }

  @Test
  void aSecondDeployOfTheSameFilesCreatesNoDuplicateAndAChangeIsANewVersion() throws Exception {
    Map<String, String> files = Map.of("modeler-probe.bpmn", goodProbe(), "modeler-probe.form", probeForm("Note"));
    assertThat(rest.postMultipart("manager", "/engine-rest/deployment/create", deploy(NAME, files)).statusCode())
        .isEqualTo(200);
    assertThat(rest.postMultipart("manager", "/engine-rest/deployment/create", deploy(NAME, files)).statusCode())
        .isEqualTo(200);
    assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isEqualTo(1);

    var changed = rest.postMultipart("manager", "/engine-rest/deployment/create", deploy(NAME,
        Map.of("modeler-probe.bpmn", goodProbe().replace("Review probe", "Review the probe"),
            "modeler-probe.form", probeForm("Note"))));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modelerProbe").latestVersion()
        .singleResult().getVersion()).isEqualTo(2);
  }

  @Test
  void aStartUpModelRedeployedFromTheModelerStillFindsItsFormsAndStartUpAddsNoDuplicate() throws Exception {
    String bpmn = Files.readString(Path.of("processes/policy-review.bpmn"));
    int before = repository.createProcessDefinitionQuery().processDefinitionKey("policyReview").latestVersion()
        .singleResult().getVersion();
    // the manager deploys the diagram alone, without attaching its forms
    var response = rest.postMultipart("manager", "/engine-rest/deployment/create",
        deploy("policy-review", Map.of("policy-review.bpmn", bpmn)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var latest = repository.createProcessDefinitionQuery().processDefinitionKey("policyReview").latestVersion()
        .singleResult();
    assertThat(latest.getVersion()).isEqualTo(before + 1);

    assertThat(startupDeployer.deploy()).as("an unchanged restart deploys nothing").isNull();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("policyReview").latestVersion()
        .singleResult().getId()).isEqualTo(latest.getId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hr", "frontdesk", "compliance", "billing", "clinician", "it"})
  void onlyPracticeManagersMayDeploy(String user) {
    var response = rest.postMultipart(user, "/engine-rest/deployment/create",
        deploy(NAME, Map.of("modeler-probe.bpmn", goodProbe(), "modeler-probe.form", probeForm("Note"))));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("CREATE").contains("Deployment");
    assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
  }

  @Test
  void anAnonymousDeployIsAskedToLogIn() {
    var response = rest.postMultipart(null, "/engine-rest/deployment/create",
        deploy(NAME, Map.of("modeler-probe.bpmn", goodProbe())));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
  }
}

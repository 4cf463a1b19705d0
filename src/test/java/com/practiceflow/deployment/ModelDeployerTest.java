package com.practiceflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;

@PracticeFlowTest
class ModelDeployerTest {

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  FormService formService;

  @TempDir
  Path installation;

  private long deployments() {
    return repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count();
  }

  private int latestVersion(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        .getVersion();
  }

  /** A copy of processes/ and forms/ in another folder: the app installed elsewhere. */
  private void copyModels() throws IOException {
    for (String dir : new String[] {"processes", "forms"}) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = installation.resolve(file.toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }

  @Test
  void startupDeployedEveryModelDecisionAndFormUnderRelativeNames() {
    var deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().asc().list().get(0);
    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .contains("processes/complaint-resolution.bpmn", "processes/breach-assessment.bpmn",
            "processes/complaint-triage.dmn", "forms/complaints/acknowledge-complaint.form")
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("complaintTriage").count())
        .isPositive();
  }

  @Test
  void restartWithUnchangedFilesEvenFromAnotherFolderCreatesNoDeployment() throws IOException {
    copyModels();
    long before = deployments();
    int version = latestVersion("complaintResolution");

    new ModelDeployer(repositoryService, installation.toString(), null).deploy();

    assertThat(deployments()).isEqualTo(before);
    assertThat(latestVersion("complaintResolution")).isEqualTo(version);
  }

  @Test
  void changedFileBecomesANewVersionOfThatModelOnly() throws IOException {
    copyModels();
    Path bpmn = installation.resolve("processes/breach-assessment.bpmn");
    Files.writeString(bpmn, Files.readString(bpmn).replace("name=\"Assess breach risk\"", "name=\"Assess the breach risk\""));
    int breach = latestVersion("breachAssessment");
    int complaint = latestVersion("complaintResolution");

    DeploymentWithDefinitions deployment = new ModelDeployer(repositoryService, installation.toString(), null).deploy();
    try {
      assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
          .containsExactly("processes/breach-assessment.bpmn");
      assertThat(latestVersion("breachAssessment")).isEqualTo(breach + 1);
      assertThat(latestVersion("complaintResolution")).isEqualTo(complaint);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void formsAreFoundFromTheLatestDeploymentWhateverDeployedThem() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaintResolution")
        .latestVersion().singleResult().getId();
    var startForm = formService.getStartFormData(definitionId);
    assertThat(startForm.getCamundaFormRef().getKey()).isEqualTo("complaintIntakeForm");
    assertThat(formService.getDeployedStartForm(definitionId)).isNotNull();
  }
}

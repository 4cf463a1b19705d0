package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.RestClient;
import com.practiceflow.deployment.ModelDeployer;
import com.practiceflow.operations.StartupLock;
import com.practiceflow.security.models.MaliciousModels;
import com.practiceflow.security.models.MaliciousModels.Case;
import com.practiceflow.security.models.ProbeDelegate;

/**
 * Every model of the malicious corpus is refused, as a manager's Modeler Deploy and from the start-up folder:
 * 400 naming the element and what it tried, nothing deployed, nothing run.
 */
@PracticeFlowTest
class MaliciousModelsRefusedTest {

  private static final Path MARKER = Path.of("target", "security-probe", "ran.marker");
  private static int tried;
  private static int triedFromFolder;
  private static int deployedOverRest;
  private static int deployedFromFolder;

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  StartupLock startupLock;
  @TempDir
  Path installation;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  static List<Case> corpus() {
    return MaliciousModels.all();
  }

  @BeforeEach
  void client() throws Exception {
    rest = new RestClient(port);
    Files.createDirectories(MARKER.getParent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedOverTheModelersDeployNamingTheElement(Case attack) throws Exception {
    tried++;
    long before = repository.createDeploymentQuery().count();
    var response = rest.postMultipart("manager", "/engine-rest/deployment/create", Map.of(
        "deployment-name", "malicious-probe", "deployment-source", "Camunda Modeler",
        "enable-duplicate-filtering", "true", attack.file(), new RestClient.FilePart(attack.file(), bytes(attack))));
    if (response.statusCode() == 200) {
      deployedOverRest++;
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    String message = json.readTree(response.body()).get("message").asText();
    assertThat(message).contains("PracticeFlow refused this deployment").contains(attack.file())
        .contains(attack.element()).contains(attack.phrase()).doesNotContainIgnoringCase("exception");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    assertThat(MARKER).doesNotExist();
    assertThat(ProbeDelegate.RUNS).hasValue(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedFromTheStartUpFolder(Case attack) throws Exception {
    String folder = attack.file().endsWith(".form") ? "forms" : "processes";
    if (!attack.file().matches(".*\\.(bpmn|dmn|form)")) {
      return; // the start-up deployment reads only models, decision tables and forms from its folders
    }
    triedFromFolder++;
    Path file = installation.resolve(folder).resolve(attack.file());
    Files.createDirectories(file.getParent());
    Files.write(file, bytes(attack));
    long before = repository.createDeploymentQuery().count();
    ModelDeployer deployer = new ModelDeployer(repository, installation.toString(), startupLock);
    try {
      assertThatThrownBy(deployer::deploy).isInstanceOf(ParseException.class)
          .hasMessageContaining(attack.element()).hasMessageContaining(attack.phrase());
    } finally {
      if (repository.createDeploymentQuery().count() != before) {
        deployedFromFolder++;
      }
    }
    assertThat(MARKER).doesNotExist();
  }

  @AfterAll
  static void figures() {
    System.out.printf("Malicious models: %d cases; %d tried as the Modeler's deploy, %d from the start-up folder;"
        + " deployed over REST %d, from the folder %d; payloads run %d%n", tried, tried, triedFromFolder,
        deployedOverRest, deployedFromFolder, ProbeDelegate.RUNS.get() + (Files.exists(MARKER) ? 1 : 0));
  }

  private static byte[] bytes(Case attack) {
    return attack.content().replace("MARKER", MARKER.toAbsolutePath().toString())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}

package com.practiceflow.deployment;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.practiceflow.RestClient;

/** What the tests of Modeler deployments share: a REST client, and removing what they deployed afterwards. */
abstract class ModelerTestBase {

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(port);
  }

  @AfterEach
  void removeModelerDeployments() {
    repository.createDeploymentQuery().deploymentSource("Camunda Modeler").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }
}

package com.practiceflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import com.practiceflow.operations.StartupLock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code *.bpmn} and {@code *.dmn} under {@code processes/} and every {@code *.form} under
 * {@code forms/} at start-up. Resource names are relative ({@code processes/complaint-resolution.bpmn}), so the
 * installation folder can move; only changed files are redeployed, so an unchanged restart creates no deployment
 * and a changed file becomes a new version of just that model.
 */
@Component
@Order(15) // after AccessSeeder: the deployment guard checks candidate groups exist
public class ModelDeployer implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "practiceflow";
  public static final String DEPLOYMENT_SOURCE = "practiceflow-startup";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final Path root;
  private final StartupLock startupLock;

  public ModelDeployer(RepositoryService repositoryService, @Value("${practiceflow.models.root:.}") String root,
      StartupLock startupLock) {
    this.repositoryService = repositoryService;
    this.startupLock = startupLock;
    this.root = Path.of(root).toAbsolutePath().normalize();
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(this::deploy);
  }

  /** Returns the new deployment, or null when nothing changed. */
  public DeploymentWithDefinitions deploy() {
    List<Path> files = modelFiles();
    if (files.isEmpty()) {
      LOG.warn("No process models found under {}/processes", root);
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment().name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE).enableDuplicateFiltering(true);
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        builder.addInputStream(root.relativize(file).toString().replace('\\', '/'), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    long before = deployments();
    long started = System.nanoTime();
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (deployments() == before) {
      LOG.info("{} model files under {} unchanged: nothing deployed ({} ms)", files.size(), root, millis);
      return null;
    }
    LOG.info("Deployed changed model files {} as deployment {} in {} ms",
        repositoryService.getDeploymentResourceNames(deployment.getId()), deployment.getId(), millis);
    return deployment;
  }

  private long deployments() {
    return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
  }

  private List<Path> modelFiles() {
    return Stream.concat(find(root.resolve("processes"), ".bpmn", ".dmn"), find(root.resolve("forms"), ".form"))
        .sorted().toList();
  }

  private static Stream<Path> find(Path dir, String... suffixes) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

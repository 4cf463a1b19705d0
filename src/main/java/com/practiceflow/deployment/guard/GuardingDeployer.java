package com.practiceflow.deployment.guard;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * The engine-facing side of the guard: runs before Camunda's own deployers on every new deployment. A
 * {@link ParseException} makes REST answer 400 with the message, which the Modeler shows to the manager.
 */
class GuardingDeployer implements Deployer {

  private final DeploymentGuard guard;

  GuardingDeployer(DeploymentGuard guard) {
    this.guard = guard;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return; // reloading a deployment already accepted into the cache
    }
    List<ModelSource> sources = deployment.getResources().values().stream()
        .map(r -> new ModelSource(r.getName(), r.getBytes())).toList();
    List<ModelProblem> problems = guard.check(sources);
    if (problems.isEmpty()) {
      return;
    }
    String message = "PracticeFlow refused this deployment (" + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + "): "
        + problems.stream().map(ModelProblem::describe).collect(Collectors.joining("; "));
    List<Problem> errors = List.copyOf(problems);
    throw new ParseException(message, problems.get(0).resource(), errors, List.of());
  }
}

package com.practiceflow.deployment.migration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * Moves the running cases of a process onto its latest version with the engine's migration API, one older version
 * at a time. Steps are matched by element id, so a manager who keeps a step's id keeps its cases; a version whose
 * cases cannot move (a step they wait in was removed) is refused as a whole and its cases stay where they are.
 */
@Service
public class VersionMigration {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  VersionMigration(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  public MigrationReport toLatest(String processKey) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (latest == null) {
      throw new IllegalArgumentException("No process '" + processKey + "' is deployed");
    }
    List<MigrationReport.VersionResult> results = new ArrayList<>();
    for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .orderByProcessDefinitionVersion().asc().list()) {
      if (older.getVersion() >= latest.getVersion()) {
        continue;
      }
      long running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
      if (running > 0) {
        results.add(migrate(older, latest, running));
      }
    }
    return new MigrationReport(processKey, latest.getVersion(), results);
  }

  private MigrationReport.VersionResult migrate(ProcessDefinition older, ProcessDefinition latest, long running) {
    try {
      MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId())
          .mapEqualActivities().updateEventTriggers().build();
      runtime.newMigration(plan)
          .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
          .execute();
      return MigrationReport.VersionResult.moved(older.getVersion(), running);
    } catch (MigrationPlanValidationException e) {
      return MigrationReport.VersionResult.refused(older.getVersion(), running, reasons(e.getValidationReport()
          .getInstructionReports().stream().flatMap(r -> r.getFailures().stream()).toList(), e.getMessage()));
    } catch (MigratingProcessInstanceValidationException e) {
      List<String> failures = new ArrayList<>();
      e.getValidationReport().getActivityInstanceReports()
          .forEach(r -> r.getFailures().forEach(f -> failures.add("step " + r.getSourceScopeId() + ": " + f)));
      e.getValidationReport().getTransitionInstanceReports()
          .forEach(r -> r.getFailures().forEach(f -> failures.add("step " + r.getSourceScopeId() + ": " + f)));
      return MigrationReport.VersionResult.refused(older.getVersion(), running, reasons(failures, e.getMessage()));
    }
  }

  private static String reasons(List<String> failures, String fallback) {
    return failures.isEmpty() ? fallback : String.join("; ", failures);
  }
}

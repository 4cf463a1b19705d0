package com.practiceflow.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code jobExecutor} health: DOWN when this node's job executor should run but does not, since then no timer fires
 * and no email leaves from it. The backlog (jobs due and not yet done) is a detail, not a failure: it drains.
 */
@Component("jobExecutorHealthIndicator") // shows as "jobExecutor"; the bare name is Camunda's job executor bean
class JobExecutorHealth implements HealthIndicator {

  private final ProcessEngineConfigurationImpl configuration;
  private final ManagementService management;
  private final boolean enabled;

  JobExecutorHealth(ProcessEngineConfigurationImpl configuration, ManagementService management,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.configuration = configuration;
    this.management = management;
    this.enabled = enabled;
  }

  @Override
  public Health health() {
    JobExecutor executor = configuration.getJobExecutor();
    boolean active = executor != null && executor.isActive();
    Health.Builder health = !enabled || active ? Health.up() : Health.down();
    return health.withDetail("active", active)
        .withDetail("backlog", management.createJobQuery().executable().count()).build();
  }
}

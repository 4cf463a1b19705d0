package com.practiceflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the history level that keeps patient details out of the engine's history tables, and the per-task
 * grants that leave out the practice managers' redundant ones, and task queries that skip the per-task check when
 * their own criteria already name the caller ({@link CallerScopedTaskChecks}).
 */
@Component
class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new PatientDetailsHistoryLevel());
    configuration.setCustomHistoryLevels(levels);
    configuration.setResourceAuthorizationProvider(new TaskGrants());
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(CallerScopedTaskChecks.sessions());
    configuration.setCustomSessionFactories(sessions);
  }
}

package com.practiceflow.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs a look-up the application makes for itself, not for the user whose request it serves: a step run inside a
 * person's task completion must find every member of the group it emails, though that person may list only their
 * own group's members.
 */
@Component
public class Unrestricted {

  private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

  Unrestricted(ObjectProvider<ProcessEngineConfigurationImpl> engine) {
    this.engine = engine;
  }

  public <T> T run(Supplier<T> lookup) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(lookup::get);
    }
    return engine.getObject().getCommandExecutorTxRequired()
        .execute(outer -> outer.runWithoutAuthorization(lookup::get));
  }
}

package com.practiceflow.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** What every step and listener of a baseline model calls: nothing, so the baseline costs only the engine's work. */
public class NoopDelegate implements JavaDelegate, ExecutionListener, TaskListener {

  public static final String BEAN = "noopDelegate";

  @Override
  public void execute(DelegateExecution execution) {
    // the baseline's delegates do no work by design
  }

  @Override
  public void notify(DelegateExecution execution) {
    // see execute
  }

  @Override
  public void notify(DelegateTask task) {
    // see execute
  }
}

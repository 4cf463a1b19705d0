package com.practiceflow.security.models;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** A class a malicious model names with {@code camunda:class}: counts every time the engine ran it. */
public class ProbeDelegate implements JavaDelegate, ExecutionListener, TaskListener {

  public static final AtomicInteger RUNS = new AtomicInteger();

  @Override
  public void execute(DelegateExecution execution) {
    RUNS.incrementAndGet();
  }

  @Override
  public void notify(DelegateExecution execution) {
    RUNS.incrementAndGet();
  }

  @Override
  public void notify(DelegateTask task) {
    RUNS.incrementAndGet();
  }
}

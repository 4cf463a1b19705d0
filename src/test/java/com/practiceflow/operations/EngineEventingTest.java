package com.practiceflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;

/**
 * Nothing in the app listens for the engine's events as Spring events, so the engine does not publish them: each
 * step, task change and history entry would otherwise be handed to Spring for no listener.
 */
@PracticeFlowTest
class EngineEventingTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void theEngineDoesNotPublishItsExecutionTaskOrHistoryEventsAsSpringEvents() {
    ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    List<Object> parseListeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    assertThat(parseListeners).isNotEmpty().noneMatch(PublishDelegateParseListener.class::isInstance);
    assertThat(Objects.requireNonNullElse(configuration.getCustomHistoryEventHandlers(), List.of()))
        .noneMatch(PublishHistoryEventHandler.class::isInstance);
  }
}

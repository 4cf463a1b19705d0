package com.practiceflow.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A busy web port at start-up, said in the words of someone starting PracticeFlow: which port, the likely cause,
 * and the one setting to change. Registered in {@code META-INF/spring.factories}; ahead of Spring Boot's own
 * analysis, which names no setting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPortInUse extends AbstractFailureAnalyzer<PortInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
    return new FailureAnalysis("PracticeFlow's web port " + cause.getPort() + " is already in use (is PracticeFlow"
        + " already running, or another web server?).", "Stop the other program, or start on another port with"
        + " --server.port=" + (cause.getPort() + 1) + " (or the environment variable SERVER_PORT).", cause);
  }
}

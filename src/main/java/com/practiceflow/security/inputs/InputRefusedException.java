package com.practiceflow.security.inputs;

import org.camunda.bpm.engine.BadUserRequestException;

/** A request that tried to put into a case what its form does not ask for; answered with 400 and the names. */
public class InputRefusedException extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  public InputRefusedException(String message) {
    super(message);
  }
}

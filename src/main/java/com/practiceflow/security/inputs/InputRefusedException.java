package com.practiceflow.security.inputs;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input refused with its reason, answered with 400: what a form does not ask for, or a value no clerk would take.
 * When one field is at fault it is named, so PracticeFlow's API can put the reason beside it.
 */
public class InputRefusedException extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InputRefusedException(String message) {
    this(null, message);
  }

  public InputRefusedException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field at fault, or null. */
  public String field() {
    return field;
  }
}

package com.practiceflow.deployment.guard;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One reason a model is refused: the file, the element and what is wrong, in words a practice manager can act on. */
public record ModelProblem(String resource, String elementId, String message, int line) implements Problem {

  static ModelProblem at(ModelSource source, String elementId, String message) {
    return new ModelProblem(source.name(), elementId, message, source.lineOf(elementId));
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return 0;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return List.of(elementId);
  }

  /** {@code processes/x.bpmn, line 12, Task_Review: ...}: the form the Modeler shows. */
  public String describe() {
    return resource + (line > 0 ? ", line " + line : "") + ", " + elementId + ": " + message;
  }
}

package com.practiceflow.deployment.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;

/** The guard's rules for one DMN file: history time to live, and the contract with the processes that use it. */
final class DecisionChecks {

  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ModelSource source;
  private final Map<String, DecisionContract> contracts;
  private final List<ModelProblem> problems = new ArrayList<>();
  private final DmnModelInstance model;

  DecisionChecks(ModelSource source, Map<String, DecisionContract> contracts) {
    this.source = source;
    this.contracts = contracts;
    this.model = read(source);
  }

  private static DmnModelInstance read(ModelSource source) {
    try {
      return ModelReading.dmn(source);
    } catch (RuntimeException unreadable) {
      return null; // not XML: the engine's parser names the error
    }
  }

  /** The decision keys the file defines; empty when unreadable (the engine then reports the XML error). */
  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    if (model != null) {
      model.getModelElementsByType(Decision.class).forEach(d -> keys.add(d.getId()));
    }
    return keys;
  }

  /** Empty when the file is not valid DMN: the engine's own parser then reports the XML error. */
  List<ModelProblem> check() {
    if (model == null) {
      return List.of();
    }
    try {
      rules();
    } catch (RuntimeException unreadable) {
      if (ModelReading.validDmn(source)) {
        throw unreadable;
      }
      return List.of();
    }
    return problems.isEmpty() || ModelReading.validDmn(source) ? problems : List.of();
  }

  private void rules() {
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      String ttl = decision.getCamundaHistoryTimeToLiveString();
      if (ttl == null || ttl.isBlank()) {
        problem(decision.getId(), "the decision has no History time to live; set it (in days) in its properties");
      }
      DecisionContract contract = contracts.get(decision.getId());
      if (contract != null && decision.getExpression() instanceof DecisionTable table) {
        contract(decision, table, contract);
      }
    }
  }

  private void contract(Decision decision, DecisionTable table, DecisionContract contract) {
    Set<String> outputs = new TreeSet<>();
    for (Output output : table.getOutputs()) {
      if (output.getName() != null) {
        outputs.add(output.getName());
      }
    }
    Set<String> missing = new TreeSet<>(contract.reads());
    missing.removeAll(outputs);
    if (!missing.isEmpty()) {
      problem(decision.getId(), "PracticeFlow reads output column(s) " + missing + " of this decision, which the table"
          + " no longer has (it has " + outputs + "); keep those output names");
    }
    for (Input input : table.getInputs()) {
      String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
          : input.getInputExpression().getText().getTextContent().trim();
      if (NAME.matcher(expression).matches() && !contract.provides().contains(expression)) {
        problem(input.getId() == null ? decision.getId() : input.getId(), "input '" + expression + "' is not a value"
            + " the process provides to this decision; use one of " + new TreeSet<>(contract.provides()));
      }
    }
  }

  private void problem(String elementId, String message) {
    problems.add(ModelProblem.at(source, elementId, message));
  }
}

package com.practiceflow.deployment.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.model.dmn.Dmn;
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

  DecisionChecks(ModelSource source, Map<String, DecisionContract> contracts) {
    this.source = source;
    this.contracts = contracts;
  }

  /** The decision keys a DMN file defines; empty when unreadable (the engine then reports the XML error). */
  static Set<String> keys(ModelSource source) {
    Set<String> keys = new TreeSet<>();
    try {
      Dmn.readModelFromStream(source.open()).getModelElementsByType(Decision.class)
          .forEach(d -> keys.add(d.getId()));
    } catch (RuntimeException unreadable) {
      // the engine's parser names the XML error
    }
    return keys;
  }

  List<ModelProblem> check() {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(source.open());
    } catch (RuntimeException unreadable) {
      return List.of();
    }
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
    return problems;
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

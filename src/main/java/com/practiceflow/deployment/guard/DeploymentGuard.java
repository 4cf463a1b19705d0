package com.practiceflow.deployment.guard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks every file of a new deployment, whoever sends it (start-up, Modeler, REST), and lists every problem
 * found. Camunda 7 would accept most of these models and fail later at run time, in front of staff.
 */
public class DeploymentGuard {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelCatalog catalog;
  private final Map<String, DecisionContract> contracts;

  public DeploymentGuard(ModelCatalog catalog, List<DecisionContract> contracts) {
    this.catalog = catalog;
    this.contracts = contracts.stream().collect(Collectors.toMap(DecisionContract::decisionKey, Function.identity()));
  }

  public List<ModelProblem> check(List<ModelSource> sources) {
    Set<String> forms = new TreeSet<>();
    Set<String> decisions = new TreeSet<>();
    Map<ModelSource, DecisionChecks> decisionFiles = new IdentityHashMap<>(); // each DMN file read once
    List<ModelProblem> problems = new ArrayList<>();
    Set<ModelSource> unreadable = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ModelSource source : sources) {
      shape(source).ifPresent(problem -> {
        problems.add(problem);
        unreadable.add(source);
      });
    }
    for (ModelSource source : sources) {
      if (unreadable.contains(source)) {
        continue;
      }
      if (source.hasSuffix(".form")) {
        formId(source, forms);
      } else if (isDmn(source)) {
        DecisionChecks file = new DecisionChecks(source, contracts);
        decisions.addAll(file.keys());
        decisionFiles.put(source, file);
      }
    }
    for (ModelSource source : sources) {
      if (unreadable.contains(source)) {
        continue;
      }
      if (isBpmn(source)) {
        problems.addAll(ModelCode.check(source, catalog.beans()));
        problems.addAll(new BpmnChecks(source, catalog, forms, decisions).check());
      } else if (decisionFiles.containsKey(source)) {
        problems.addAll(ModelCode.check(source, catalog.beans()));
        problems.addAll(decisionFiles.get(source).check());
      } else if (source.hasSuffix(".form")) {
        problems.addAll(FormChecks.check(source));
      } else {
        problems.add(ModelProblem.at(source, "(the file)", "PracticeFlow deploys process models (.bpmn), decision"
            + " tables (.dmn) and forms (.form) only; leave this file out of the deployment"));
      }
    }
    return problems;
  }

  /** A file that cannot be read as what its name says gets that one problem and no rules. */
  private static Optional<ModelProblem> shape(ModelSource source) {
    if (isBpmn(source)) {
      return FileShapes.bpmn(source);
    }
    if (isDmn(source)) {
      return FileShapes.dmn(source);
    }
    return source.hasSuffix(".form") ? FileShapes.form(source) : Optional.empty();
  }

  private static boolean isDmn(ModelSource source) {
    return source.hasSuffix(".dmn") || source.hasSuffix(".dmn11.xml");
  }

  private static boolean isBpmn(ModelSource source) {
    return source.hasSuffix(".bpmn") || source.hasSuffix(".bpmn20.xml");
  }

  private static void formId(ModelSource source, Set<String> forms) {
    try {
      JsonNode id = JSON.readTree(source.bytes()).get("id");
      if (id != null && id.isTextual()) {
        forms.add(id.asText());
      }
    } catch (IOException unreadable) {
      // the engine's form deployer refuses unreadable form JSON with its own message
    }
  }
}

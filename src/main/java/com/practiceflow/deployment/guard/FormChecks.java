package com.practiceflow.deployment.guard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form may show and ask for values; it may not bring its own HTML or frame another site into Tasklist,
 * where it would run in every member of staff's logged-in browser.
 */
final class FormChecks {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> REFUSED = Set.of("html", "iframe");

  private FormChecks() {
  }

  /** Empty when the form is not readable JSON: the engine's form deployer refuses it with its own message. */
  static List<ModelProblem> check(ModelSource source) {
    List<ModelProblem> problems = new ArrayList<>();
    try {
      visit(source, JSON.readTree(source.bytes()), problems);
    } catch (IOException unreadable) {
      return List.of();
    }
    return problems;
  }

  private static void visit(ModelSource source, JsonNode node, List<ModelProblem> problems) {
    if (node.isObject() && node.path("type").isTextual() && REFUSED.contains(node.path("type").asText())) {
      String id = node.path("id").asText("(a component)");
      problems.add(ModelProblem.at(source, id, "is a form component of type '" + node.path("type").asText()
          + "', which would put other pages or HTML into Tasklist; use text, fields and groups"));
    }
    node.elements().forEachRemaining(child -> visit(source, child, problems));
  }
}

package com.practiceflow.deployment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies PracticeFlow's element templates the way the Modeler does: each {@code property} binding becomes an
 * attribute, each {@code camunda:inputParameter} binding an input parameter, with the template's value unless the
 * test fills the field in (by its label), as a manager would.
 */
final class TemplatedModel {

  static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/practiceflow.json");

  private final JsonNode templates;

  TemplatedModel() throws IOException {
    this.templates = new ObjectMapper().readTree(TEMPLATES.toFile());
  }

  JsonNode template(String id) {
    for (JsonNode template : templates) {
      if (template.get("id").asText().equals(id)) {
        return template;
      }
    }
    throw new IllegalArgumentException("No element template " + id);
  }

  /** A service task made from a template; {@code fields} are label to value. */
  String serviceTask(String templateId, String id, String name, Map<String, String> fields) {
    JsonNode template = template(templateId);
    StringBuilder attributes = new StringBuilder();
    StringBuilder inputs = new StringBuilder();
    for (JsonNode property : template.get("properties")) {
      String value = value(property, fields);
      JsonNode binding = property.get("binding");
      switch (binding.get("type").asText()) {
        case "property" -> attributes.append(' ').append(binding.get("name").asText()).append("=\"").append(value)
            .append('"');
        case "camunda:inputParameter" -> inputs.append("<camunda:inputParameter name=\"")
            .append(binding.get("name").asText()).append("\">").append(value).append("</camunda:inputParameter>");
        default -> throw new IllegalStateException("binding not handled by this test: " + binding);
      }
    }
    return "<bpmn:serviceTask id=\"" + id + "\" name=\"" + name + "\" camunda:modelerTemplate=\"" + templateId
        + "\" camunda:modelerTemplateVersion=\"" + template.get("version").asInt() + "\"" + attributes + ">"
        + (inputs.isEmpty() ? "" : "<bpmn:extensionElements><camunda:inputOutput>" + inputs
            + "</camunda:inputOutput></bpmn:extensionElements>")
        + "</bpmn:serviceTask>";
  }

  /** The ladder's boundary timer template on a user task, with the timer date a manager would type. */
  String ladderTimer(String id, String name, String attachedTo, String timeDate) {
    JsonNode template = template("com.practiceflow.ladder.timer");
    StringBuilder attributes = new StringBuilder();
    for (JsonNode property : template.get("properties")) {
      attributes.append(' ').append(property.get("binding").get("name").asText()).append("=\"")
          .append(property.get("value").asText()).append('"');
    }
    return "<bpmn:boundaryEvent id=\"" + id + "\" name=\"" + name + "\" attachedToRef=\"" + attachedTo
        + "\" camunda:modelerTemplate=\"com.practiceflow.ladder.timer\"" + attributes + ">"
        + "<bpmn:timerEventDefinition id=\"" + id + "_Timer\"><bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">"
        + timeDate + "</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:boundaryEvent>";
  }

  private static String value(JsonNode property, Map<String, String> fields) {
    JsonNode label = property.get("label");
    if (label != null && fields.containsKey(label.asText())) {
      return fields.get(label.asText());
    }
    JsonNode value = property.get("value");
    if (value == null) {
      throw new IllegalStateException("Field '" + label + "' needs a value");
    }
    return value.asText();
  }

  /** A process around the given elements and flows. */
  static String process(String id, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Templated" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" name="Templated probe" isExecutable="true" camunda:historyTimeToLive="30">
        %s
          </bpmn:process>
        </bpmn:definitions>""".formatted(id, body);
  }

  static String flow(String id, String from, String to) {
    return "<bpmn:sequenceFlow id=\"" + id + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\" />";
  }
}

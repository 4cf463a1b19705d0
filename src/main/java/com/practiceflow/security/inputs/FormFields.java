package com.practiceflow.security.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a Camunda Form can submit: the first part of each field's key (a dotted key and a group's or
 * list's path submit one variable), and apart from them the fields shown read-only or disabled, whose values a
 * submission may only repeat.
 */
record FormFields(Set<String> editable, Set<String> readOnly) {

  static final FormFields NONE = new FormFields(Set.of(), Set.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  static FormFields of(InputStream form) {
    try (InputStream in = form) {
      FormFields fields = new FormFields(new TreeSet<>(), new TreeSet<>());
      fields.visit(JSON.readTree(in));
      fields.editable().removeAll(fields.readOnly());
      return new FormFields(Set.copyOf(fields.editable()), Set.copyOf(fields.readOnly()));
    } catch (IOException unreadable) {
      return NONE; // a form the engine accepted but this cannot read asks for nothing
    }
  }

  boolean asks(String variable) {
    return editable.contains(variable) || readOnly.contains(variable);
  }

  private void visit(JsonNode node) {
    if (node.isObject()) {
      boolean fixed = node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false);
      for (String property : new String[] {"key", "path"}) {
        String name = node.path(property).asText("");
        if (!name.isBlank()) {
          (fixed ? readOnly : editable).add(name.split("\\.", 2)[0]);
        }
      }
    }
    node.elements().forEachRemaining(this::visit);
  }
}

package com.practiceflow.security.models;

import static com.practiceflow.security.models.ExpressionRules.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads an expression with the engine's own parser (so it is understood exactly as the engine will run it) and
 * lists what in it a model may not do, in words a manager can act on. Empty when the expression is allowed.
 */
public final class ExpressionCheck {

  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  private static final String HINT = "; models may use process variables, comparisons, the PracticeFlow steps and"
      + " ${deadlines...} or ${schedules...}";

  private final ModelBeans beans;
  private final List<String> problems = new ArrayList<>();

  private ExpressionCheck(ModelBeans beans) {
    this.beans = beans;
  }

  /** Problems of an expression in any position other than a delegate expression. */
  public static List<String> check(String expression, ModelBeans beans) {
    ExpressionCheck check = new ExpressionCheck(beans);
    try {
      check.visit((Node) PARSER.build(expression).getRoot());
    } catch (TreeBuilderException unparsable) {
      return List.of("is not a valid expression (" + plain(unparsable) + ")");
    }
    return check.problems.stream().distinct().toList();
  }

  private void visit(Node node) {
    if (node instanceof AstMethod method) {
      method((AstProperty) method.getChild(0));
      visit(method.getChild(1));
      return;
    }
    if (node instanceof AstDot dot) {
      property(dot.getChild(0), name(dot));
    } else if (node instanceof AstBracket bracket) {
      bracket(bracket.getChild(0), bracket.getChild(1));
    } else if (node instanceof AstIdentifier identifier) {
      identifier(identifier.getName());
    } else if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
      problems.add("calls the function " + function.getName() + "(), which models may not use; available: "
          + String.join("(), ", new java.util.TreeSet<>(FUNCTIONS)) + "()");
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      visit(node.getChild(i));
    }
  }

  private void method(AstProperty property) {
    Node base = property.getChild(0);
    visit(base);
    if (!(property instanceof AstDot dot)) {
      problems.add("calls a method named by a [...] expression, which models may not do");
      return;
    }
    String method = name(dot);
    String baseName = base instanceof AstIdentifier id ? id.getName() : null;
    if ("execution".equals(baseName) || "task".equals(baseName)) {
      if (!SCOPE_METHODS.contains(method)) {
        problems.add("calls " + baseName + "." + method + "(), which reaches beyond the case's own facts and"
            + " variables");
      }
    } else if (baseName != null && beans.isHelper(baseName)) {
      if (!beans.helperMethods(baseName).contains(method)) {
        problems.add("calls " + baseName + "." + method + "(), which is not one models may call; available: "
            + beans.helperMethods(baseName));
      }
    } else if (baseName != null && beans.isStep(baseName)) {
      problems.add("calls " + baseName + "." + method + "(): a step is named alone, ${" + baseName + "}, in a"
          + " delegate expression, and the engine runs it");
    } else if (!VALUE_METHODS.contains(method)) {
      problems.add("calls ." + method + "(), which models may not call" + HINT);
    }
  }

  private void property(Node base, String property) {
    String baseName = base instanceof AstIdentifier id ? id.getName() : null;
    if ("execution".equals(baseName) || "task".equals(baseName)) {
      if (!SCOPE_PROPERTIES.contains(property)) {
        problems.add("reads " + baseName + "." + property + ", which reaches beyond the case's own facts");
      }
    } else if (baseName != null && (beans.isHelper(baseName) || beans.isStep(baseName))) {
      problems.add("reads " + baseName + "." + property + " of an application component" + HINT);
    } else if ("class".equals(property) || property.endsWith("Class") || property.endsWith("ClassLoader")) {
      problems.add("reads ." + property + ", which reaches Java classes" + HINT);
    }
  }

  private void bracket(Node base, Node key) {
    if (scopeOrBean(base)) {
      problems.add("reads " + base + "[...]; only process variables may be read by key");
    } else if (!(base instanceof AstIdentifier)) {
      problems.add("reads [...] of a computed value, which reaches Java objects; read a process variable by key");
    } else if (key.toString().toLowerCase(java.util.Locale.ROOT).contains("class")) {
      problems.add("reads " + base + "[" + key + "], which reaches Java classes" + HINT);
    }
  }

  private void identifier(String name) {
    if (!SCOPE_NAMES.contains(name) && beans.isBean(name) && !beans.isHelper(name) && !beans.isStep(name)) {
      problems.add("names '" + name + "', a part of the application rather than a process variable" + HINT);
    }
  }

  private boolean scopeOrBean(Node base) {
    return base instanceof AstIdentifier id && (SCOPE_NAMES.contains(id.getName()) || beans.isBean(id.getName()));
  }

  /** {@code AstDot} prints itself as {@code ". name"}: the only public way to its property name. */
  private static String name(AstDot dot) {
    return dot.toString().substring(2);
  }

  private static String plain(TreeBuilderException e) {
    return "at position " + (e.getPosition() + 1) + ", found " + e.getEncountered() + " where " + e.getExpected()
        + " was expected";
  }
}

package com.practiceflow.deployment.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.practiceflow.security.models.ExpressionCheck;
import com.practiceflow.security.models.ModelBeans;

/**
 * Everything in a BPMN or DMN file that could make the server do something: expressions in any attribute or text,
 * delegate expressions, Java classes, scripts, connectors, external resources, HTML forms and FEEL's calls into
 * Java. Checked element by element over the whole XML, so no attribute the engine evaluates is left out because
 * this class did not know it.
 */
final class ModelCode {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  private static final Pattern BEAN_ONLY = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final Set<String> FLOW_PARENTS = Set.of("process", "subProcess", "transaction", "adHocSubProcess",
      "definitions", "decision", "decisionTable", "laneSet");
  private static final Set<String> CONDITIONS = Set.of("conditionExpression", "condition", "completionCondition");
  private static final Set<String> BUILT_IN_VALIDATORS = Set.of("required", "readonly", "minlength", "maxlength",
      "min", "max");
  private static final Set<String> PLAIN_LANGUAGES = Set.of("feel", "juel", "http://www.omg.org/spec/feel/20140401",
      "https://www.omg.org/spec/dmn/20191111/feel", "http://www.omg.org/spec/dmn/20180521/feel/");
  private static final Pattern FEEL_JAVA = Pattern.compile("external\\s*\\{");
  private static final String STEPS = "; pick the step from the PracticeFlow element templates, or ask a developer"
      + " to add it";

  private final ModelSource source;
  private final ModelBeans beans;
  private final List<ModelProblem> problems = new ArrayList<>();

  private ModelCode(ModelSource source, ModelBeans beans) {
    this.source = source;
    this.beans = beans;
  }

  /** Problems of the file's code; empty when it is not well-formed XML (the engine's parser then names the error). */
  static List<ModelProblem> check(ModelSource source, ModelBeans beans) {
    Element root;
    try {
      root = ModelReading.xml(source).getDocumentElement();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
    ModelCode code = new ModelCode(source, beans);
    code.visit(root);
    return code.problems;
  }

  private void visit(Element element) {
    String name = element.getLocalName();
    if (isProse(element, name)) {
      return;
    }
    element(element, name);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(element, (Attr) attributes.item(i));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element inner) {
        visit(inner);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text(element, child.getNodeValue());
      }
    }
  }

  private void element(Element element, String name) {
    if ("scriptTask".equals(name)) {
      problem(element, "is a script task: a script runs code on the server, and PracticeFlow runs no scripts"
          + STEPS);
    } else if (isCamunda(element) && "script".equals(name)) {
      problem(element, "holds a script (camunda:script): a script runs code on the server, and PracticeFlow runs"
          + " no scripts" + STEPS);
    } else if (isCamunda(element) && "connector".equals(name)) {
      problem(element, "uses a connector, which calls other systems straight from the model; PracticeFlow does"
          + " not enable connectors" + STEPS);
    } else if (isCamunda(element) && "constraint".equals(name)
        && !BUILT_IN_VALIDATORS.contains(element.getAttribute("name"))) {
      problem(element, "uses the form field validator '" + element.getAttribute("name") + "', which would run"
          + " code on the server; use required, minlength, maxlength, min or max");
    } else if (CONDITIONS.contains(name) && !element.getAttribute("language").isBlank()) {
      problem(element, "has a condition written as a script in '" + element.getAttribute("language")
          + "'; PracticeFlow runs no scripts: write it as an expression, e.g. ${severity == 'HIGH'}");
    }
    String language = element.getAttribute("expressionLanguage").trim();
    if (DMN.equals(element.getNamespaceURI()) && !language.isEmpty() && !PLAIN_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
      problem(element, "is written in the script language '" + language + "'; PracticeFlow runs no scripts:"
          + " write it in FEEL");
    }
  }

  private void attribute(Element element, Attr attribute) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    // camunda:class on a task, or plain class on a camunda:executionListener
    boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI()) || CAMUNDA_DMN.equals(attribute.getNamespaceURI())
        || attribute.getNamespaceURI() == null && isCamunda(element);
    if (value.isBlank() || "xmlns".equals(attribute.getPrefix()) || "xmlns".equals(name)) {
      return;
    }
    if (camunda && (name.equals("class") || name.endsWith("Class"))) {
      problem(element, "names the Java class '" + value.trim() + "' (camunda:" + name + "); a model may not"
          + " name Java classes" + STEPS);
    } else if (camunda && (name.equals("delegateExpression") || name.endsWith("DelegateExpression"))) {
      delegate(element, value.trim());
    } else if (camunda && "resource".equals(name)) {
      problem(element, "loads the external resource '" + value.trim() + "' (camunda:resource), which PracticeFlow"
          + " does not allow in models");
    } else if (camunda && "formKey".equals(name)) {
      problem(element, "uses the form key '" + value.trim() + "': embedded and external forms run scripts in"
          + " staff's browsers; use a Camunda Form from forms/ (Form reference, binding latest)");
    } else {
      text(element, value);
    }
  }

  private void delegate(Element element, String expression) {
    var bean = BEAN_ONLY.matcher(expression);
    if (!bean.matches() || !beans.isStep(bean.group(1))) {
      problem(element, "delegate expression " + expression + " names no PracticeFlow delegate" + STEPS);
    }
  }

  private void text(Element element, String text) {
    if (text == null || !(text.contains("${") || text.contains("#{"))) {
      if (text != null && FEEL_JAVA.matcher(text).find()) {
        problem(element, "defines a FEEL function that calls into Java ('external'), which PracticeFlow does not"
            + " allow");
      }
      return;
    }
    for (String reason : ExpressionCheck.check(text.trim(), beans)) {
      problem(element, "the expression " + text.trim() + " " + reason);
    }
  }

  private void problem(Element element, String message) {
    problems.add(ModelProblem.at(source, owner(element), message));
  }

  /** The element a manager knows by its id: a flow element, a sequence flow, a process, a decision. */
  private static String owner(Element element) {
    String fallback = null;
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      String id = e.getAttribute("id");
      if (!id.isBlank()) {
        fallback = fallback == null ? id : fallback;
        Node parent = e.getParentNode();
        if (!(parent instanceof Element p) || FLOW_PARENTS.contains(p.getLocalName())) {
          return id;
        }
      }
    }
    return fallback == null ? "(the file)" : fallback;
  }

  /** Text the engine never evaluates: documentation, text annotations, DMN descriptions. */
  private static boolean isProse(Element element, String name) {
    return BPMN.equals(element.getNamespaceURI()) && ("documentation".equals(name) || "text".equals(name))
        || DMN.equals(element.getNamespaceURI()) && "description".equals(name);
  }

  private static boolean isCamunda(Element element) {
    return CAMUNDA.equals(element.getNamespaceURI()) || CAMUNDA_DMN.equals(element.getNamespaceURI());
  }
}

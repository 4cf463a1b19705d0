package com.practiceflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;

/**
 * A baseline is only a fair measure of the engine's own cost if it is the shipped model with nothing of ours left:
 * the same elements, flows, conditions and asynchronous boundaries, every step and listener a no-op.
 */
class BaselineModelsTest {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  @Test
  void everyShippedProcessKeepsItsShapeWhileEveryStepAndListenerDoesNothing() throws IOException {
    List<String> oursCalled = new ArrayList<>();
    for (Path file : shippedProcesses()) {
      BpmnModelInstance ours = Bpmn.readModelFromFile(file.toFile());
      BpmnModelInstance baseline = BaselineModels.baseline(Bpmn.readModelFromFile(file.toFile()));

      assertThat(shape(baseline)).as(file.toString()).isEqualTo(shape(ours));
      assertThat(baseline.getModelElementsByType(Process.class)).as(file.toString())
          .allMatch(p -> p.getId().startsWith(BaselineModels.PREFIX));
      assertThat(baseline.getModelElementsByType(CallActivity.class)).as(file.toString())
          .allMatch(c -> c.getCalledElement().startsWith(BaselineModels.PREFIX));
      assertThat(baseline.getModelElementsByType(Message.class)).as(file.toString())
          .allMatch(m -> m.getName().startsWith(BaselineModels.PREFIX));
      assertThat(called(baseline.getDocument().getRootElement(), new TreeSet<>())).as(file.toString())
          .isSubsetOf("${" + NoopDelegate.BEAN + "}", "expression ${true}");
      oursCalled.addAll(called(ours.getDocument().getRootElement(), new TreeSet<>()));
    }
    // what the baselines replaced: our delegates and listeners, so the check above is not vacuous
    assertThat(oursCalled).contains("${notifyGroup}", "${escalateTask}");
  }

  private static List<Path> shippedProcesses() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> bpmn = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(bpmn).hasSizeGreaterThanOrEqualTo(12);
      return bpmn;
    }
  }

  /** Every flow element by type and id, with a node's async boundaries and a flow's ends and condition. */
  private static Set<String> shape(BpmnModelInstance model) {
    Set<String> shape = new TreeSet<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String line = element.getElementType().getTypeName() + " " + element.getId();
      if (element instanceof FlowNode node) {
        line += " async " + node.isCamundaAsyncBefore() + "/" + node.isCamundaAsyncAfter();
      }
      if (element instanceof SequenceFlow flow) {
        line += " " + flow.getSource().getId() + "->" + flow.getTarget().getId()
            + (flow.getConditionExpression() == null ? "" : " if " + flow.getConditionExpression().getTextContent());
      }
      shape.add(line);
    }
    return shape;
  }

  /** What the steps and listeners call: delegate beans and classes, and expressions run as a step. */
  private static Set<String> called(DomElement element, Set<String> found) {
    String delegate = element.getAttribute(CAMUNDA_NS, "delegateExpression");
    String className = element.getAttribute(CAMUNDA_NS, "class");
    String expression = element.getAttribute(CAMUNDA_NS, "expression");
    String name = element.getLocalName();
    if (delegate != null) {
      found.add(delegate);
    }
    if (className != null) {
      found.add("class " + className);
    }
    if (expression != null && (name.endsWith("Task") || name.endsWith("Listener"))) {
      found.add("expression " + expression);
    }
    element.getChildElements().forEach(child -> called(child, found));
    return found;
  }
}

package com.practiceflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The baseline of each shipped process: the same BPMN shape (tasks, gateways, timers, forms, decision tables, async
 * boundaries) under the key {@code baseline_<key>}, with every delegate and listener replaced by {@link NoopDelegate}.
 * Messages, signals and called processes are renamed too, so a baseline never starts or wakes one of ours.
 */
final class BaselineModels {

  static final String PREFIX = "baseline_";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private BaselineModels() {
  }

  static String baselineKey(String key) {
    return PREFIX + key;
  }

  /**
   * Deploys the baseline of every model in {@code processes/} and returns the baseline keys. Timer starts are
   * removed: a baseline started by the calendar would have none of the data its real delegate provides.
   */
  static List<String> deploy(ProcessEngine engine, Path processes) throws IOException {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("benchmark baselines");
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(processes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = baseline(Bpmn.readModelFromFile(file.toFile()));
        model.getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
        deployment.addModelInstance(PREFIX + file.getFileName(), model);
      }
    }
    deployment.deploy();
    for (String key : keys) {
      engine.getManagementService().createJobQuery().processDefinitionKey(key).timers().list()
          .forEach(job -> engine.getManagementService().deleteJob(job.getId()));
    }
    return keys;
  }

  static BpmnModelInstance baseline(BpmnModelInstance model) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      process.setId(baselineKey(process.getId()));
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      call.setCalledElement(baselineKey(call.getCalledElement()));
    }
    for (Message message : model.getModelElementsByType(Message.class)) {
      message.setName(PREFIX + message.getName());
    }
    for (Signal signal : model.getModelElementsByType(Signal.class)) {
      signal.setName(PREFIX + signal.getName());
    }
    noop(model.getDocument().getRootElement());
    return model;
  }

  private static void noop(DomElement element) {
    String delegate = element.getAttribute(CAMUNDA_NS, "delegateExpression");
    String expression = element.getAttribute(CAMUNDA_NS, "expression");
    String className = element.getAttribute(CAMUNDA_NS, "class");
    if (delegate != null || className != null) {
      element.removeAttribute(CAMUNDA_NS, "class");
      element.setAttribute(CAMUNDA_NS, "delegateExpression", "${" + NoopDelegate.BEAN + "}");
      removeFieldInjections(element);
    } else if (expression != null && isStepOrListener(element)) {
      element.setAttribute(CAMUNDA_NS, "expression", "${true}");
    }
    for (DomElement child : element.getChildElements()) {
      noop(child);
    }
  }

  private static boolean isStepOrListener(DomElement element) {
    String name = element.getLocalName();
    return name.endsWith("Task") || name.endsWith("Listener") || name.equals("messageEventDefinition");
  }

  /** A no-op bean has none of the fields a real delegate is given, and the engine refuses unknown fields. */
  private static void removeFieldInjections(DomElement element) {
    for (DomElement child : List.copyOf(element.getChildElements())) {
      if ("field".equals(child.getLocalName()) && CAMUNDA_NS.equals(child.getNamespaceURI())) {
        element.removeChild(child);
      } else if ("extensionElements".equals(child.getLocalName())) {
        for (DomElement extension : List.copyOf(child.getChildElements())) {
          if ("field".equals(extension.getLocalName()) && CAMUNDA_NS.equals(extension.getNamespaceURI())) {
            child.removeChild(extension);
          }
        }
      }
    }
  }
}

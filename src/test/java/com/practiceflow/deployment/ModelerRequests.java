package com.practiceflow.deployment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.practiceflow.RestClient;

/** Builds what the desktop Camunda Modeler sends on Deploy, and small probe models to send. */
final class ModelerRequests {

  private ModelerRequests() {
  }

  /** Fields exactly as the Modeler's deploy dialog sends them; each file part is named by its file name. */
  static Map<String, Object> deploy(String deploymentName, Map<String, String> files) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", deploymentName);
    parts.put("deployment-source", "Camunda Modeler");
    parts.put("enable-duplicate-filtering", "true");
    files.forEach((name, content) ->
        parts.put(name, new RestClient.FilePart(name, content.getBytes(StandardCharsets.UTF_8))));
    return parts;
  }

  /** A process with one user task; {@code taskAttributes} and {@code taskBody} let a test break one thing. */
  static String probe(String processAttributes, String taskId, String taskAttributes, String taskBody) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="modelerProbe" name="Modeler probe" isExecutable="true" %s>
            <bpmn:startEvent id="StartEvent_Probe" name="Probe started" />
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Probe" targetRef="%s" />
            <bpmn:userTask id="%s" name="Review probe" %s>%s</bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="%s" targetRef="EndEvent_Probe" />
            <bpmn:endEvent id="EndEvent_Probe" name="Probe done" />
          </bpmn:process>
        </bpmn:definitions>""".formatted(processAttributes, taskId, taskId, taskAttributes, taskBody, taskId);
  }

  static final String TTL = "camunda:historyTimeToLive=\"30\"";
  static final String GOOD_TASK = "camunda:candidateGroups=\"practice-managers\" camunda:formRef=\"modeler-probe-form\""
      + " camunda:formRefBinding=\"latest\" camunda:dueDate=\"2030-01-31T17:00:00\"";

  static String goodProbe() {
    return probe(TTL, "Task_ReviewProbe", GOOD_TASK, "");
  }

  static String probeForm(String label) {
    return """
        {"id":"modeler-probe-form","type":"default","schemaVersion":16,"executionPlatform":"Camunda Platform",
         "executionPlatformVersion":"7.24.0","components":[{"id":"Field_Note","key":"note","label":"%s",
         "type":"textfield"}]}""".formatted(label);
  }
}

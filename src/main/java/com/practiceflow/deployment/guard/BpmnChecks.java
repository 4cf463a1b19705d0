package com.practiceflow.deployment.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;

/** The guard's rules for one BPMN file, beside {@link ModelCode}'s. Each rule returns problems; none throws. */
final class BpmnChecks {

  private final ModelSource source;
  private final ModelCatalog catalog;
  private final Set<String> attachedForms;
  private final Set<String> attachedDecisions;
  private final List<ModelProblem> problems = new ArrayList<>();

  BpmnChecks(ModelSource source, ModelCatalog catalog, Set<String> attachedForms, Set<String> attachedDecisions) {
    this.source = source;
    this.catalog = catalog;
    this.attachedForms = attachedForms;
    this.attachedDecisions = attachedDecisions;
  }

  /** Empty when the file is not valid BPMN: the engine's own parser then reports the XML error. */
  List<ModelProblem> check() {
    try {
      rules(ModelReading.bpmn(source));
    } catch (RuntimeException unreadable) {
      if (ModelReading.validBpmn(source)) {
        throw unreadable;
      }
      return List.of();
    }
    return problems.isEmpty() || ModelReading.validBpmn(source) ? problems : List.of();
  }

  private void rules(BpmnModelInstance model) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      String ttl = process.getCamundaHistoryTimeToLiveString();
      if (process.isExecutable() && (ttl == null || ttl.isBlank())) {
        problem(process.getId(), "the process has no History time to live; set it (in days) in the process's"
            + " History cleanup properties, e.g. 2190 for records kept six years");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if ("${updateRecordStatus}".equals(task.getCamundaDelegateExpression())) {
        recordStatus(task);
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      userTask(task);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      form(start, start.getCamundaFormRef());
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      decision(task);
    }
  }

  private void userTask(UserTask task) {
    form(task, task.getCamundaFormRef());
    if (isBlank(task.getCamundaDueDate())) {
      problem(task.getId(), "the user task has no due date, so it can never be overdue or escalated; set Due date"
          + " (e.g. ${deadlines.due('complaint-acknowledgement')}) under Task properties");
    }
    String groups = task.getCamundaCandidateGroups();
    if (isBlank(groups)) {
      return;
    }
    for (String group : groups.split(",")) {
      String id = group.trim();
      if (!id.isEmpty() && !isExpression(id) && !catalog.groupExists(id)) {
        problem(task.getId(), "candidate group '" + id + "' does not exist; use one of the practice's groups"
            + " (practice-managers, hr, front-desk, compliance, billing, clinicians, it)");
      }
    }
  }

  private void form(BaseElement element, String formRef) {
    if (isBlank(formRef) || isExpression(formRef)) {
      return;
    }
    if (!attachedForms.contains(formRef) && !catalog.formDeployed(formRef)) {
      problem(element.getId(), "form '" + formRef + "' is neither deployed nor attached; attach the .form file"
          + " from forms/ under Include additional files, or correct the Form reference");
    }
  }

  private void decision(BusinessRuleTask task) {
    String key = task.getCamundaDecisionRef();
    if (isBlank(key) || isExpression(key)) {
      return;
    }
    if (!attachedDecisions.contains(key) && !catalog.decisionDeployed(key)) {
      problem(task.getId(), "decision '" + key + "' is neither deployed nor attached; attach its .dmn file"
          + " or correct the Decision reference");
    }
  }

  private void recordStatus(ServiceTask task) {
    Map<String, String> inputs = new HashMap<>();
    if (task.getExtensionElements() != null) {
      task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list()
          .forEach(io -> io.getCamundaInputParameters().forEach(p -> inputs.put(p.getCamundaName(), p.getTextContent())));
    }
    String type = inputs.getOrDefault("recordType", "");
    List<String> statuses = catalog.recordStatuses(type.trim());
    if (statuses == null) {
      problem(task.getId(), "record type '" + type + "' is not one PracticeFlow keeps; pick it in the template");
      return;
    }
    String status = inputs.getOrDefault("status", "").trim();
    if (!statuses.contains(status)) {
      problem(task.getId(), "'" + status + "' is not a status of a " + type + "; use one of " + statuses);
    }
  }

  private void problem(String elementId, String message) {
    problems.add(ModelProblem.at(source, elementId, message));
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

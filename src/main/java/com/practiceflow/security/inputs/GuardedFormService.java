package com.practiceflow.security.inputs;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Camunda's form service behind the {@link Gate}: Tasklist submits every task and start form through here. */
class GuardedFormService extends FormServiceImpl {

  private final Gate gate;

  GuardedFormService(Gate gate) {
    this.gate = gate;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    gate.taskInput(commandExecutor, taskId, properties);
    super.submitTaskForm(taskId, properties);
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    gate.taskInput(commandExecutor, taskId, properties);
    return super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
      Map<String, Object> properties) {
    gate.startInput(commandExecutor, processDefinitionId, null, properties);
    return super.submitStartForm(processDefinitionId, businessKey, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    gate.startInput(commandExecutor, processDefinitionId, null, properties);
    return super.submitStartForm(processDefinitionId, properties);
  }

  @Override
  public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey,
      Map<String, String> properties) {
    gate.startInput(commandExecutor, processDefinitionId, null, properties);
    return super.submitStartFormData(processDefinitionId, businessKey, properties);
  }
}

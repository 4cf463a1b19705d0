package com.practiceflow.security.inputs;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.VariableMap;

/** Camunda's task service behind the {@link Gate}: each call that changes a task passes its check first. */
class GuardedTaskService extends TaskServiceImpl {

  private final Gate gate;

  GuardedTaskService(Gate gate) {
    this.gate = gate;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    gate.taskInput(commandExecutor, taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserialize) {
    gate.taskInput(commandExecutor, taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserialize);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    gate.taskInput(commandExecutor, taskId, variables);
    super.resolveTask(taskId, variables);
  }

  @Override
  public void handleBpmnError(String taskId, String code, String message, Map<String, Object> variables) {
    gate.taskInput(commandExecutor, taskId, variables);
    super.handleBpmnError(taskId, code, message, variables);
  }

  @Override
  public void handleEscalation(String taskId, String code, Map<String, Object> variables) {
    gate.taskInput(commandExecutor, taskId, variables);
    super.handleEscalation(taskId, code, variables);
  }

  @Override
  public void setAssignee(String taskId, String userId) {
    gate.visible(commandExecutor, taskId);
    super.setAssignee(taskId, userId);
  }

  @Override
  public void delegateTask(String taskId, String userId) {
    gate.visible(commandExecutor, taskId);
    super.delegateTask(taskId, userId);
  }

  @Override
  public void deleteTask(String taskId, boolean cascade) {
    gate.deletable(commandExecutor, taskId);
    super.deleteTask(taskId, cascade);
  }

  @Override
  public void deleteTask(String taskId, String deleteReason) {
    gate.deletable(commandExecutor, taskId);
    super.deleteTask(taskId, deleteReason);
  }

  @Override
  public void deleteTask(String taskId) {
    gate.deletable(commandExecutor, taskId);
    super.deleteTask(taskId);
  }

  @Override
  protected void setVariables(String taskId, Map<String, ? extends Object> variables, boolean local) {
    gate.visible(commandExecutor, taskId);
    gate.noCaseFacts(variables == null ? null : variables.keySet());
    super.setVariables(taskId, variables, local);
  }

  @Override
  protected void updateVariables(String taskId, Map<String, ? extends Object> changes, Collection<String> deletions,
      boolean local) {
    gate.visible(commandExecutor, taskId);
    gate.noCaseFacts(changes == null ? null : changes.keySet());
    gate.noCaseFacts(deletions);
    super.updateVariables(taskId, changes, deletions, local);
  }

  @Override
  public void removeVariable(String taskId, String variableName) {
    removeVariables(taskId, java.util.List.of(variableName));
  }

  @Override
  public void removeVariableLocal(String taskId, String variableName) {
    removeVariablesLocal(taskId, java.util.List.of(variableName));
  }

  @Override
  public void removeVariables(String taskId, Collection<String> names) {
    gate.visible(commandExecutor, taskId);
    gate.noCaseFacts(names);
    super.removeVariables(taskId, names);
  }

  @Override
  public void removeVariablesLocal(String taskId, Collection<String> names) {
    gate.visible(commandExecutor, taskId);
    gate.noCaseFacts(names);
    super.removeVariablesLocal(taskId, names);
  }

  /** A person claims a task for themselves; handing it to someone else is an assignment, a manager's to make. */
  @Override
  public void claim(String taskId, String userId) {
    gate.visible(commandExecutor, taskId);
    gate.claimForSelf(userId);
    super.claim(taskId, userId);
  }

  @Override
  public Comment createComment(String taskId, String processInstanceId, String message) {
    gate.mayWork(commandExecutor, taskId);
    return super.createComment(taskId, processInstanceId, message);
  }

  @Override
  public void updateTaskComment(String taskId, String commentId, String message) {
    gate.mayWork(commandExecutor, taskId);
    super.updateTaskComment(taskId, commentId, message);
  }

  @Override
  public void deleteTaskComment(String taskId, String commentId) {
    gate.mayWork(commandExecutor, taskId);
    super.deleteTaskComment(taskId, commentId);
  }

  @Override
  public void deleteTaskComments(String taskId) {
    gate.mayWork(commandExecutor, taskId);
    super.deleteTaskComments(taskId);
  }

  @Override
  public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
      String description, InputStream content) {
    gate.mayWork(commandExecutor, taskId);
    return super.createAttachment(type, taskId, processInstanceId, name, description, content);
  }

  @Override
  public Attachment createAttachment(String type, String taskId, String processInstanceId, String name,
      String description, String url) {
    gate.mayWork(commandExecutor, taskId);
    return super.createAttachment(type, taskId, processInstanceId, name, description, url);
  }

  @Override
  public void deleteTaskAttachment(String taskId, String attachmentId) {
    gate.mayWork(commandExecutor, taskId);
    super.deleteTaskAttachment(taskId, attachmentId);
  }
}

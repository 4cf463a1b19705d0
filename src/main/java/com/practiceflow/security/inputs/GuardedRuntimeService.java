package com.practiceflow.security.inputs;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.runtime.SignalEventReceivedBuilder;

/** Camunda's runtime service behind the {@link Gate}: starts, messages and signals from outside are checked. */
class GuardedRuntimeService extends RuntimeServiceImpl {

  private final Gate gate;

  GuardedRuntimeService(Gate gate) {
    this.gate = gate;
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
    return new CheckedStart(commandExecutor, gate, processDefinitionId, null);
  }

  @Override
  public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
    return new CheckedStart(commandExecutor, gate, null, processDefinitionKey);
  }

  @Override
  protected void setVariables(String executionId, Map<String, ? extends Object> variables, boolean local) {
    gate.noCaseFacts(variables == null ? null : variables.keySet());
    super.setVariables(executionId, variables, local);
  }

  @Override
  protected void updateVariables(String executionId, Map<String, ? extends Object> changes,
      Collection<String> deletions, boolean local) {
    gate.noCaseFacts(changes == null ? null : changes.keySet());
    gate.noCaseFacts(deletions);
    super.updateVariables(executionId, changes, deletions, local);
  }

  @Override
  public void removeVariable(String executionId, String variableName) {
    gate.noCaseFacts(java.util.List.of(variableName));
    super.removeVariable(executionId, variableName);
  }

  @Override
  public void removeVariableLocal(String executionId, String variableName) {
    gate.noCaseFacts(java.util.List.of(variableName));
    super.removeVariableLocal(executionId, variableName);
  }

  @Override
  public void removeVariables(String executionId, Collection<String> names) {
    gate.noCaseFacts(names);
    super.removeVariables(executionId, names);
  }

  @Override
  public void removeVariablesLocal(String executionId, Collection<String> names) {
    gate.noCaseFacts(names);
    super.removeVariablesLocal(executionId, names);
  }

  @Override
  public MessageCorrelationBuilder createMessageCorrelation(String messageName) {
    return new CheckedMessage(commandExecutor, gate, messageName);
  }

  @Override
  public void messageEventReceived(String messageName, String executionId, Map<String, Object> variables) {
    gate.noInput("message", messageName, variables);
    super.messageEventReceived(messageName, executionId, variables);
  }

  @Override
  public SignalEventReceivedBuilder createSignalEvent(String signalName) {
    return new SignalEventReceivedBuilderImpl(commandExecutor, signalName) {
      @Override
      public void send() {
        gate.noInput("signal", signalName, getVariables());
        super.send();
      }
    };
  }

  /** A start, however it is made (REST, Tasklist, the Java API), passes the start-form check first. */
  static final class CheckedStart extends ProcessInstantiationBuilderImpl {

    private final Gate gate;

    CheckedStart(CommandExecutor executor, Gate gate, String definitionId, String definitionKey) {
      super(executor);
      this.gate = gate;
      this.processDefinitionId = definitionId;
      this.processDefinitionKey = definitionKey;
    }

    @Override
    public ProcessInstanceWithVariables executeWithVariablesInReturn(boolean skipListeners, boolean skipIoMappings) {
      gate.startInput(commandExecutor, processDefinitionId, processDefinitionKey, getVariables());
      return super.executeWithVariablesInReturn(skipListeners, skipIoMappings);
    }
  }

  /** Every correlation of a message runs through {@link #execute}, so one check covers them all. */
  static final class CheckedMessage extends MessageCorrelationBuilderImpl {

    private final Gate gate;

    CheckedMessage(CommandExecutor executor, Gate gate, String messageName) {
      super(executor, messageName);
      this.gate = gate;
    }

    @Override
    protected <T> T execute(Command<T> command) {
      gate.noInput("message", getMessageName(), getPayloadProcessInstanceVariables(),
          getPayloadProcessInstanceVariablesLocal(), getPayloadProcessInstanceVariablesToTriggeredScope());
      return super.execute(command);
    }
  }
}

package com.practiceflow.security.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ClassDelegateExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.delegate.ClassDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.ClassDelegateTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Whenever a process definition is parsed (deployed, or loaded from the database on any node), each step, listener
 * or task listener that names a Java class ({@code camunda:class}) is replaced by one that refuses to run: the
 * deployment guard refuses such models, and this holds the line for a model that reached the database otherwise.
 */
class NoJavaClasses extends AbstractBpmnParseListener {

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    contain(processDefinition);
  }

  private static void contain(ScopeImpl scope) {
    listeners(scope);
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.getActivityBehavior() instanceof ClassDelegateActivityBehavior) {
        activity.setActivityBehavior(refusing(activity.getId()));
      }
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
        taskListeners(activity.getId(), task.getTaskDefinition());
      }
      for (var transition : activity.getOutgoingTransitions()) {
        listeners((TransitionImpl) transition);
      }
      contain(activity);
    }
  }

  private static void listeners(CoreModelElement element) {
    for (var listeners : element.getListeners().values()) {
      for (ListIterator<?> it = listeners.listIterator(); it.hasNext(); ) {
        if (it.next() instanceof ClassDelegateExecutionListener listener) {
          ProcessEngineException refusal = refusal(element.getId(), javaClass(listener));
          replace(it, execution -> {
            throw refusal;
          });
        }
      }
    }
  }

  /** Re-added one by one: the task definition keeps a combined copy of its listeners that only adding updates. */
  private static void taskListeners(String elementId, TaskDefinition definition) {
    Map<String, List<TaskListener>> kept = new LinkedHashMap<>();
    boolean replaced = false;
    for (Map.Entry<String, List<TaskListener>> event : definition.getTaskListeners().entrySet()) {
      for (TaskListener listener : event.getValue()) {
        TaskListener keep = listener;
        if (listener instanceof ClassDelegateTaskListener named) {
          ProcessEngineException refusal = refusal(elementId, javaClass(named));
          keep = (DelegateTask task) -> {
            throw refusal;
          };
          replaced = true;
        }
        kept.computeIfAbsent(event.getKey(), e -> new ArrayList<>()).add(keep);
      }
    }
    if (replaced) {
      definition.getTaskListeners().clear();
      kept.forEach((event, listeners) -> listeners.forEach(listener -> definition.addTaskListener(event, listener)));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void replace(ListIterator it, org.camunda.bpm.engine.delegate.ExecutionListener listener) {
    it.set(listener);
  }

  private static ActivityBehavior refusing(String elementId) {
    ProcessEngineException refusal = refusal(elementId, "a Java class");
    return execution -> {
      throw refusal;
    };
  }

  private static String javaClass(ClassDelegate delegate) {
    return "the Java class '" + delegate.getClassName() + "'";
  }

  private static ProcessEngineException refusal(String elementId, String what) {
    return new ProcessEngineException(elementId + " names " + what + ", which PracticeFlow does not run; a model"
        + " may use only the PracticeFlow steps");
  }
}

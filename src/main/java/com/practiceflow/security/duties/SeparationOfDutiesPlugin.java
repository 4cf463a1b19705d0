package com.practiceflow.security.duties;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task that declares {@code notDoneBy} the check of {@link DutyCheck} on its assignment and
 * completion, so the rule lives in the model (the Modeler's extension properties) and no listener is written by
 * hand.
 */
@Component
class SeparationOfDutiesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        List<String> notDoneBy = notDoneBy(userTask);
        if (!notDoneBy.isEmpty() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          DutyCheck check = new DutyCheck(notDoneBy);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, check);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The parties named in the task's {@code notDoneBy} property, split on commas and spaces. */
  static List<String> notDoneBy(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return List.of();
    }
    List<String> parties = new ArrayList<>();
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (DutyCheck.PROPERTY.equals(property.attribute("name")) && property.attribute("value") != null) {
        for (String party : property.attribute("value").split("[,\\s]+")) {
          if (!party.isBlank()) {
            parties.add(party.trim());
          }
        }
      }
    }
    return List.copyOf(parties);
  }
}

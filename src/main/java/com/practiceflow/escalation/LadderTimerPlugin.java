package com.practiceflow.escalation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every non-interrupting timer on a user task remembers its task when it fires, as the ladder steps need, so a
 * manager who adds a Due or Overdue timer in the Modeler need not also add the {@code ${captureLadderTask}}
 * listener by hand. Models that declare it keep working: capturing twice stores the same task.
 */
@Component
class LadderTimerPlugin extends AbstractProcessEnginePlugin {

  // looked up when a timer fires: the listener needs engine services that do not exist yet at engine build time
  private final ObjectProvider<CaptureLadderTaskListener> capture;

  LadderTimerPlugin(ObjectProvider<CaptureLadderTaskListener> capture) {
    this.capture = capture;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    ExecutionListener onFire = execution -> capture.getObject().notify(execution);
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseBoundaryTimerEventDefinition(Element definition, boolean interrupting, ActivityImpl timer) {
        if (!interrupting && timer.getEventScope() instanceof ActivityImpl attached && isUserTask(attached)) {
          timer.addListener(ExecutionListener.EVENTNAME_START, onFire);
        }
      }

      /** A user task, or the multi-instance body around one (one task per person). */
      private boolean isUserTask(ActivityImpl activity) {
        return activity.getActivityBehavior() instanceof UserTaskActivityBehavior
            || activity.getActivityBehavior() instanceof MultiInstanceActivityBehavior
            && activity.getActivities().stream().anyMatch(a -> a.getActivityBehavior() instanceof UserTaskActivityBehavior);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}

package com.practiceflow.escalation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every non-interrupting timer on a user task remembers its task when it fires, as the ladder steps need, so a
 * manager who adds a Due or Overdue timer in the Modeler need not also add the {@code ${captureLadderTask}}
 * listener by hand. A timer that declares it already is left as it is: capturing twice wrote the variable and its
 * history twice and ran the task look-up twice (docs/benchmarks.md, tuning step 23).
 */
@Component
class LadderTimerPlugin extends AbstractProcessEnginePlugin {

  private static final String CAPTURE = "${captureLadderTask}";

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
      // called once the boundary event's own listeners are parsed, so a declared capture can be seen
      @Override
      public void parseBoundaryEvent(Element event, ScopeImpl scope, ActivityImpl timer) {
        boolean nonInterruptingTimer = event.element("timerEventDefinition") != null
            && !Boolean.parseBoolean(event.attribute("cancelActivity", "true"));
        if (nonInterruptingTimer && timer.getEventScope() instanceof ActivityImpl attached && isUserTask(attached)
            && !declaresCapture(event)) {
          timer.addListener(ExecutionListener.EVENTNAME_START, onFire);
        }
      }

      private boolean declaresCapture(Element event) {
        Element extensions = event.element("extensionElements");
        return extensions != null && extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "executionListener")
            .stream().anyMatch(listener -> ExecutionListener.EVENTNAME_START.equals(listener.attribute("event"))
                && CAPTURE.equals(listener.attribute("delegateExpression")));
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

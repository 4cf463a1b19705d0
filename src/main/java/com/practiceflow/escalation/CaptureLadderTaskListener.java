package com.practiceflow.escalation;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * {@code ${captureLadderTask}}, start listener of every ladder timer: remembers which task instance the timer fired
 * for, so the ladder's later steps act on that one task, even inside a multi-instance (one task per person) and even
 * when the task was done and a new one created before a retried step runs.
 */
@Component("captureLadderTask")
class CaptureLadderTaskListener implements ExecutionListener {

  private final HistoryService historyService;

  CaptureLadderTaskListener(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    BoundaryEvent timer = (BoundaryEvent) execution.getBpmnModelElementInstance();
    String taskKey = timer.getAttachedTo().getId();
    List<HistoricActivityInstance> open = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId(taskKey).unfinished().list();
    String parent = execution.getParentActivityInstanceId();
    HistoricActivityInstance task = open.stream().filter(a -> a.getParentActivityInstanceId().equals(parent))
        .findFirst().orElse(open.size() == 1 ? open.get(0) : null);
    if (task == null || task.getTaskId() == null) {
      throw new IllegalStateException("Ladder timer " + timer.getId() + " found no open " + taskKey + " task");
    }
    execution.setVariableLocal(LadderVariables.LADDER_TASK_ID, task.getTaskId());
  }
}

package com.practiceflow.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.CalendarProperties;
import com.practiceflow.calendar.Deadlines;
import com.practiceflow.security.Unrestricted;

/**
 * What happened to a case, from the engine's history and PracticeFlow's own records: its processes, every step
 * with who did it and when, the emails and escalations, each deadline with its rule and whether it was kept, the
 * open tasks. Read once the viewer may see the case (its record, or its process under their own rights).
 */
@Component
public class CaseHistory {

  /** One line of the timeline. */
  public record Event(Instant at, String what, String who) {
  }

  /** A task's deadline: due, done, kept or not, and the rule the deadline comes from. */
  public record Deadline(String task, Date due, Date done, String state, String rule) {
  }

  /**
   * One step of a case's checklist: every task its processes give people, in the model's order, with the group
   * responsible, whether it is done, open, still to come or was not needed, and who did it when.
   */
  public record Check(String process, String task, String group, String state, String doneBy, Date doneOn) {
  }

  /** Everything the case page shows besides the record. */
  public record Story(List<HistoricProcessInstance> processes, List<Event> timeline, List<Deadline> deadlines,
      List<HistoricTaskInstance> openTasks, HistoricProcessInstance latest, List<String> activeSteps,
      List<Check> checklist) {
  }

  private static final Pattern GROUP_VARIABLE = Pattern.compile("\\$\\{(\\w+)}");
  private static final Pattern SLA = Pattern.compile("deadlines\\.due\\(execution,\\s*'([a-z0-9-]+)'\\)");
  private static final Set<String> STEPS = Set.of("startEvent", "endEvent", "userTask", "serviceTask", "sendTask",
      "businessRuleTask", "callActivity", "boundaryTimer", "intermediateTimer", "intermediateMessageCatch",
      "boundaryMessage", "noneEndEvent", "messageStartEvent", "startTimerEvent");

  private final HistoryService history;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final Unrestricted unrestricted;
  private final JdbcTemplate jdbc;
  private final Deadlines deadlines;
  private final CalendarProperties calendar;
  private final Map<String, String> rules = new java.util.concurrent.ConcurrentHashMap<>();

  CaseHistory(HistoryService history, RuntimeService runtime, RepositoryService repository, Unrestricted unrestricted,
      JdbcTemplate jdbc, Deadlines deadlines, CalendarProperties calendar) {
    this.history = history;
    this.runtime = runtime;
    this.repository = repository;
    this.unrestricted = unrestricted;
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  /** Whether the viewer's own rights show any process of this case (for cases without a record of their own). */
  boolean visible(String reference) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count() > 0;
  }

  Story of(String reference) {
    return unrestricted.run(() -> story(reference));
  }

  private Story story(String reference) {
    List<HistoricProcessInstance> processes = new ArrayList<>();
    for (String key : List.of(reference, reference + "-BR")) {
      processes.addAll(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
          .orderByProcessInstanceStartTime().asc().list());
    }
    List<Event> timeline = new ArrayList<>();
    List<Deadline> dueDates = new ArrayList<>();
    List<HistoricTaskInstance> open = new ArrayList<>();
    List<Check> checklist = new ArrayList<>();
    for (HistoricProcessInstance process : processes) {
      for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
          .processInstanceId(process.getId()).list()) {
        if (STEPS.contains(step.getActivityType()) && step.getActivityName() != null) {
          timeline.add(new Event(step.getStartTime().toInstant(), step.getActivityName()
              + (step.getEndTime() == null ? " (open)" : ""), step.getAssignee()));
        }
      }
      List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(process.getId())
          .orderByHistoricActivityInstanceStartTime().asc().list();
      for (HistoricTaskInstance task : tasks) {
        dueDates.add(deadline(task));
        if (task.getEndTime() == null) {
          open.add(task);
        }
      }
      checklist.addAll(checklist(process, tasks));
    }
    timeline.addAll(records(reference));
    timeline.sort(Comparator.comparing(Event::at));
    HistoricProcessInstance latest = processes.stream().max(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .orElse(null);
    List<String> active = latest == null || latest.getEndTime() != null ? List.of()
        : runtime.getActiveActivityIds(latest.getId());
    return new Story(processes, timeline, dueDates, open, latest, active, checklist);
  }

  /** The process's tasks as a checklist, in the model's order; a task met more than once is listed each time. */
  private List<Check> checklist(HistoricProcessInstance process, List<HistoricTaskInstance> tasks) {
    var model = repository.getBpmnModelInstance(process.getProcessDefinitionId());
    if (model == null) {
      return List.of();
    }
    String name = process.getProcessDefinitionName();
    List<Check> checks = new ArrayList<>();
    for (UserTask step : model.getModelElementsByType(UserTask.class)) {
      String candidates = step.getCamundaCandidateGroups();
      String group = group(process.getId(), candidates == null || candidates.isBlank() ? step.getCamundaAssignee()
          : candidates);
      List<HistoricTaskInstance> met = tasks.stream().filter(t -> step.getId().equals(t.getTaskDefinitionKey()))
          .toList();
      if (met.isEmpty()) {
        checks.add(new Check(name, step.getName(), group, process.getEndTime() == null ? "to come" : "not needed",
            null, null));
      }
      for (HistoricTaskInstance task : met) {
        String state = task.getEndTime() == null ? "open" : "completed".equals(task.getDeleteReason()) ? "done"
            : "stopped";
        checks.add(new Check(name, step.getName(), group, state, task.getAssignee(), task.getEndTime()));
      }
    }
    return checks;
  }

  /** The group (or person) a step goes to: named in the model, or held in the variable its expression names. */
  private String group(String processInstanceId, String candidateGroups) {
    if (candidateGroups == null || candidateGroups.isBlank()) {
      return "";
    }
    Matcher variable = GROUP_VARIABLE.matcher(candidateGroups.trim());
    if (!variable.matches()) {
      return candidateGroups;
    }
    var value = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(variable.group(1)).disableBinaryFetching().list();
    return value.isEmpty() || value.get(0).getValue() == null ? "" : String.valueOf(value.get(0).getValue());
  }

  /** Emails and escalations of the case, from PracticeFlow's own records of them. */
  private List<Event> records(String reference) {
    List<Event> events = new ArrayList<>(jdbc.query("select coalesce(sent_at, created_at), type, status, task_name"
        + " from notification where reference = ?", (row, n) -> new Event(row.getTimestamp(1).toInstant(),
            "Email: " + row.getString(2).toLowerCase().replace('_', ' ') + " about '" + row.getString(4) + "' ("
                + row.getString(3).toLowerCase() + ")", null), reference));
    events.addAll(jdbc.query("select escalated_at, task_name from escalation where reference = ?",
        (row, n) -> new Event(row.getTimestamp(1).toInstant(), "Escalated to the practice managers: '"
            + row.getString(2) + "'", null), reference));
    return events;
  }

  private Deadline deadline(HistoricTaskInstance task) {
    Date due = task.getDueDate();
    Date done = task.getEndTime();
    String state = due == null ? "" : done == null ? (due.before(new Date()) ? "overdue" : "open")
        : done.after(due) ? "missed" : "kept";
    return new Deadline(task.getName(), due, done, state, rule(task.getProcessDefinitionId(),
        task.getTaskDefinitionKey()));
  }

  /** The rule behind a task's deadline, from the due date its model gives it and the SLA it names. */
  private String rule(String definitionId, String taskKey) {
    return rules.computeIfAbsent(definitionId + "/" + taskKey, k -> {
      var model = repository.getBpmnModelInstance(definitionId);
      UserTask task = model == null ? null : model.getModelElementById(taskKey);
      Matcher sla = task == null || task.getCamundaDueDate() == null ? null : SLA.matcher(task.getCamundaDueDate());
      if (sla == null || !sla.find()) {
        return "";
      }
      try {
        return deadlines.sla(sla.group(1), calendar.getJurisdiction()).getRule();
      } catch (IllegalArgumentException unknown) {
        return "";
      }
    });
  }
}

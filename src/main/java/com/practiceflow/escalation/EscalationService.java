package com.practiceflow.escalation;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.practiceflow.notification.AppLinks;
import com.practiceflow.notification.NotificationRequest;
import com.practiceflow.notification.NotificationService;
import com.practiceflow.notification.NotificationType;
import com.practiceflow.notification.Recipients;
import com.practiceflow.records.Jpql;

/**
 * Reminds the people holding an overdue task, then escalates it to the practice managers. Escalating and emailing
 * are separate steps: a mail outage delays the email, never the escalation itself.
 */
@Service
public class EscalationService {

  /** Task-local flag set on an escalated task; Tasklist's Escalated filter shows the tasks carrying it. */
  public static final String ESCALATED_VARIABLE = "escalated";
  /** Task-local, set by versions before the escalation record kept it: the group the escalation brought in. */
  static final String LEGACY_BROUGHT_IN_VARIABLE = "escalationBroughtIn";
  private static final String BROUGHT_IN = "select e.broughtIn from Escalation e where e.taskId = ?1";
  private static final Logger LOG = LoggerFactory.getLogger(EscalationService.class);

  private final TaskService taskService;
  private final Escalations escalations;
  private final NotificationService notifications;
  private final Recipients recipients;
  private final AppLinks links;
  private final EscalationProperties properties;
  private final Jpql jpql;

  EscalationService(TaskService taskService, Escalations escalations, NotificationService notifications,
      Recipients recipients, AppLinks links, EscalationProperties properties, Jpql jpql) {
    this.taskService = taskService;
    this.escalations = escalations;
    this.notifications = notifications;
    this.recipients = recipients;
    this.links = links;
    this.properties = properties;
    this.jpql = jpql;
  }

  /**
   * Emails the assignee, or the candidate groups' members while nobody has claimed the task. When both ladder timers
   * came due together (after an outage) and the escalation ran first, the managers it brought in get the escalation
   * email and are left out of the reminder, which is for the task's own holders: one email to them, not two.
   */
  public void remind(String taskId, String reference, String notificationKey) {
    Task task = openTask(taskId);
    if (task == null) {
      return;
    }
    List<String> to = task.getAssignee() != null ? recipients.ofUser(task.getAssignee())
        : recipients.ofGroups(holders(task));
    notifications.send(new NotificationRequest(notificationKey, NotificationType.TASK_REMINDER, to, reference,
        task.getName(), task.getDueDate(), links.task(task.getId())));
  }

  /**
   * Makes the managers candidates, raises the priority, marks the task escalated and records it on the case. The
   * escalated flag and the record are written together, so a task already flagged is not recorded twice.
   */
  public void escalate(String taskId, String reference, String processInstanceId) {
    Task task = openTask(taskId);
    if (task == null) {
      return;
    }
    String managers = properties.getManagerGroup();
    boolean bringIn = !candidateGroups(task).contains(managers);
    if (bringIn) {
      taskService.addCandidateGroup(task.getId(), managers);
    }
    if (task.getPriority() < properties.getMinimumPriority()) {
      task.setPriority(properties.getMinimumPriority());
      taskService.saveTask(task);
    }
    if (taskService.getVariableLocal(task.getId(), ESCALATED_VARIABLE) == null) {
      taskService.setVariableLocal(task.getId(), ESCALATED_VARIABLE, true);
      escalations.save(new Escalation(reference, processInstanceId, task.getId(), task.getTaskDefinitionKey(),
          task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
          Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), managers, bringIn));
    }
    LOG.info("Escalated task {} ({}) of {} to {}", task.getId(), task.getTaskDefinitionKey(), reference, managers);
  }

  /** Tells the managers about an escalated task that is still open. */
  public void emailEscalation(String taskId, String reference, String notificationKey) {
    Task task = openTask(taskId);
    if (task == null) {
      return;
    }
    notifications.send(new NotificationRequest(notificationKey, NotificationType.TASK_ESCALATED,
        recipients.ofGroups(List.of(properties.getManagerGroup())), reference, task.getName(), task.getDueDate(),
        links.task(task.getId())));
  }

  private Task openTask(String taskId) {
    // in a ladder step the engine reads the task by id, through its cache; a task query would evaluate its whole
    // dynamic SQL for one row (docs/benchmarks.md, tuning step 12)
    CommandContext step = Context.getCommandContext();
    Task task = step != null ? step.getTaskManager().findTaskById(taskId)
        : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      LOG.info("Task {} is already done: nothing to remind or escalate", taskId);
    }
    return task;
  }

  /**
   * The candidate groups, less the managers when an escalation brought them in (they have the escalation email).
   * Only the managers are ever brought in, so the record is read only when they are among the candidates.
   */
  private List<String> holders(Task task) {
    List<String> groups = candidateGroups(task);
    String managers = properties.getManagerGroup();
    if (!groups.contains(managers) || !broughtIn(task)) {
      return groups;
    }
    return groups.stream().filter(group -> !group.equals(managers)).toList();
  }

  private boolean broughtIn(Task task) {
    List<Boolean> recorded = jpql.list(Boolean.class, BROUGHT_IN, task.getId());
    if (recorded.isEmpty()) {
      return false;
    }
    // a record from before the column was added: the earlier version kept this in a task variable
    return recorded.get(0) != null ? recorded.get(0)
        : properties.getManagerGroup().equals(taskService.getVariableLocal(task.getId(), LEGACY_BROUGHT_IN_VARIABLE));
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}

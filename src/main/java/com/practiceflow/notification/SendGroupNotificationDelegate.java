package com.practiceflow.notification;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code ${notifyGroup}}: emails every member of a group (or one user, when {@code recipientUser} is given) about a
 * task of this case. Input parameters: {@code notificationType} (e.g. CASE_ASSIGNED), {@code recipientGroup},
 * optional {@code recipientUser}, {@code aboutTask} (the user task's id).
 * Put it on an asynchronous service task so a mail outage is retried and never undoes anyone's work.
 */
@Component("notifyGroup")
class SendGroupNotificationDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final Recipients recipients;
  private final AppLinks links;
  private final TaskService taskService;

  SendGroupNotificationDelegate(NotificationService notifications, Recipients recipients, AppLinks links,
      TaskService taskService) {
    this.notifications = notifications;
    this.recipients = recipients;
    this.links = links;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NotificationType type = NotificationType.valueOf(required(execution, "notificationType"));
    String group = required(execution, "recipientGroup");
    Object user = execution.getVariable("recipientUser");
    List<String> to = user != null && !user.toString().isBlank() ? recipients.ofUser(user.toString())
        : recipients.ofGroups(List.of(group));
    String aboutTask = required(execution, "aboutTask");
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(aboutTask).listPage(0, 1).stream().findFirst().orElse(null);
    Object reference = execution.getVariable("caseReference");
    notifications.send(new NotificationRequest(NotificationKeys.of(execution), type,
        to, reference == null ? execution.getProcessBusinessKey() : reference.toString(),
        task == null ? aboutTask : task.getName(), task == null ? null : task.getDueDate(),
        task == null ? links.tasklist() : links.task(task.getId())));
  }

  private static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("Step " + execution.getCurrentActivityId() + " needs input parameter '" + name + "'");
    }
    return value.toString();
  }
}

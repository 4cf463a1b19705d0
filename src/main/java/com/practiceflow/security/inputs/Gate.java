package com.practiceflow.security.inputs;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.practiceflow.records.PlainText;

/**
 * The checks behind the guarded services. They apply to a person's call from outside the engine (a REST request,
 * Tasklist, PracticeFlow's API on a user's behalf); a step's own calls inside a running command are the model's and
 * pass, as do the application's own starts ({@link #asApplication}).
 */
public final class Gate {

  private static final ThreadLocal<Boolean> APPLICATION = new ThreadLocal<>();

  private final Map<String, Set<String>> documented;
  private final Set<String> caseFacts;
  private volatile IdentityService identity;

  Gate(Map<String, Set<String>> documented, Set<String> caseFacts) {
    this.documented = documented;
    this.caseFacts = caseFacts;
  }

  void bind(IdentityService identityService) {
    this.identity = identityService;
  }

  /**
   * Runs PracticeFlow's own code that starts a case from input it has validated itself (the intake API, an 835
   * import) with the variables it chose; the engine still checks the user's right to start.
   */
  public static <T> T asApplication(Supplier<T> call) {
    Boolean before = APPLICATION.get();
    APPLICATION.set(Boolean.TRUE);
    try {
      return call.get();
    } finally {
      APPLICATION.set(before);
    }
  }

  boolean personCalling() {
    return Context.getCommandContext() == null && !Boolean.TRUE.equals(APPLICATION.get()) && identity != null
        && identity.getCurrentAuthentication() != null;
  }

  /** The task as the caller may see it; one they may not see does not exist for them. */
  void visible(CommandExecutor executor, String taskId) {
    if (personCalling()) {
      executor.execute(context -> visibleTask(context, taskId));
    }
  }

  /** Only a task of no case may be deleted; a case's task is completed, or the case cancelled by a manager. */
  void deletable(CommandExecutor executor, String taskId) {
    if (!personCalling()) {
      return;
    }
    executor.execute(context -> {
      TaskEntity task = visibleTask(context, taskId);
      if (task.getProcessInstanceId() != null) {
        throw new InputRefusedException("'" + task.getName() + "' belongs to a case and cannot be deleted: complete"
            + " it, or a practice manager cancels the case in Cockpit");
      }
      return null;
    });
  }

  /** Claiming for someone else is refused; a manager assigns instead. */
  void claimForSelf(String userId) {
    if (personCalling() && userId != null && !userId.equals(identity.getCurrentAuthentication().getUserId())) {
      throw new org.camunda.bpm.engine.AuthorizationException("You can claim a task only for yourself; a practice"
          + " manager assigns it to someone else");
    }
  }

  /** Comments and attachments are work on the task: claim-and-complete rights, not reading rights. */
  void mayWork(CommandExecutor executor, String taskId) {
    if (!personCalling() || taskId == null) {
      return;
    }
    executor.execute(context -> {
      TaskEntity task = visibleTask(context, taskId);
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      return null;
    });
  }

  /** A completion, resolution, error or escalation of a task sets only what the task's form asks. */
  void taskInput(CommandExecutor executor, String taskId, Map<String, ?> variables) {
    if (!personCalling()) {
      return;
    }
    plainText(variables);
    executor.execute(context -> {
      TaskEntity task = visibleTask(context, taskId);
      if (variables == null || variables.isEmpty()) {
        return null;
      }
      FormFields form = context.runWithoutAuthorization(() -> fields(() -> new GetDeployedTaskFormCmd(taskId)
          .execute(context)));
      Set<String> allowed = allowed(form, task.getTaskDefinitionKey());
      refuseUnasked(variables, allowed, "The form of '" + task.getName() + "'", "a completion");
      for (String name : variables.keySet()) {
        if (form.readOnly().contains(name) && !same(task.getVariable(name), variables.get(name))) {
          throw new InputRefusedException("'" + name + "' is shown read-only on the form of '" + task.getName()
              + "' and cannot be changed");
        }
      }
      return null;
    });
  }

  /** A start sets only what the process's start form asks. */
  void startInput(CommandExecutor executor, String definitionId, String definitionKey, Map<String, ?> variables) {
    if (!personCalling() || variables == null || variables.isEmpty()) {
      return;
    }
    plainText(variables);
    executor.execute(context -> context.runWithoutAuthorization(() -> {
      ProcessDefinitionEntity definition = definition(context, definitionId, definitionKey);
      if (definition == null) {
        return null; // the engine reports the unknown process
      }
      FormFields form = fields(() -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      refuseUnasked(variables, allowed(form, definition.getKey()), "The start form of '" + name + "'", "a start");
      return null;
    }));
  }

  /**
   * Setting or removing a case's variables directly (Cockpit, the variables endpoints) never touches the facts the
   * process keeps from the case's record: its ids, reference, routing groups and owners.
   */
  void noCaseFacts(java.util.Collection<String> names) {
    if (!personCalling() || names == null) {
      return;
    }
    Set<String> touched = new TreeSet<>(names);
    touched.retainAll(caseFacts);
    if (!touched.isEmpty()) {
      throw new InputRefusedException(String.join(", ", touched) + (touched.size() == 1 ? " is" : " are")
          + " set by the process from the case's record and cannot be changed here");
    }
  }

  /** Messages, signals and conditions sent from outside carry no variables into a case. */
  void noInput(String what, String name, Map<String, ?>... variables) {
    if (!personCalling()) {
      return;
    }
    Set<String> sent = new TreeSet<>();
    for (Map<String, ?> map : variables) {
      if (map != null) {
        sent.addAll(map.keySet());
      }
    }
    sent.removeAll(documented.getOrDefault(name, Set.of()));
    if (!sent.isEmpty()) {
      throw new InputRefusedException("A " + what + " sent from outside carries no variables into a case; refused: "
          + String.join(", ", sent));
    }
  }

  /** Text from a form follows the API's rule ({@link PlainText}). */
  private static void plainText(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    for (Map.Entry<String, ?> variable : variables.entrySet()) {
      Object value = variable.getValue() instanceof TypedValue typed ? typed.getValue() : variable.getValue();
      String problem = value instanceof String text ? PlainText.problem(text) : null;
      if (problem != null) {
        throw new InputRefusedException("'" + variable.getKey() + "' " + problem);
      }
    }
  }

  private Set<String> allowed(FormFields form, String key) {
    Set<String> allowed = new TreeSet<>(form.editable());
    allowed.addAll(form.readOnly());
    allowed.addAll(documented.getOrDefault(key, Set.of()));
    return allowed;
  }

  private static void refuseUnasked(Map<String, ?> variables, Set<String> allowed, String form, String action) {
    Set<String> unasked = new TreeSet<>(variables.keySet());
    unasked.removeAll(allowed);
    if (!unasked.isEmpty()) {
      throw new InputRefusedException(form + " has no field " + String.join(", ", unasked) + "; " + action
          + " may set only " + (allowed.isEmpty() ? "nothing" : "its fields (" + String.join(", ", allowed) + ")"));
    }
  }

  private static TaskEntity visibleTask(CommandContext context, String taskId) {
    boolean seen = taskId != null && context.getProcessEngineConfiguration().getTaskService().createTaskQuery()
        .taskId(taskId).count() > 0;
    TaskEntity task = seen ? context.getTaskManager().findTaskById(taskId) : null;
    if (task == null) {
      throw new NotFoundException("There is no task " + taskId + " that you may see");
    }
    return task;
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    var cache = context.getProcessEngineConfiguration().getDeploymentCache();
    try {
      return id != null ? cache.findDeployedProcessDefinitionById(id) : cache.findDeployedLatestProcessDefinitionByKey(key);
    } catch (ProcessEngineException unknown) {
      return null;
    }
  }

  /** The form's fields; none when the element has no deployed form. */
  private static FormFields fields(Supplier<InputStream> form) {
    try {
      return FormFields.of(form.get());
    } catch (ProcessEngineException noForm) {
      return FormFields.NONE;
    }
  }

  /**
   * A read-only field comes back as Tasklist showed it: as text, or blank for a missing value; a number as the same
   * amount (150.0 shows and returns as 150).
   */
  private static boolean same(Object current, Object submitted) {
    String before = current == null ? "" : current.toString().trim();
    String after = submitted == null ? "" : submitted.toString().trim();
    if (current instanceof Number && !after.isEmpty()) {
      try {
        return new java.math.BigDecimal(before).compareTo(new java.math.BigDecimal(after)) == 0;
      } catch (NumberFormatException notAnAmount) {
        return false;
      }
    }
    return Objects.equals(before, after);
  }
}

package com.practiceflow.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import com.practiceflow.operations.StartupLock;
import com.practiceflow.security.Grants.Wanted;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.practiceflow.escalation.EscalationService;

/**
 * The Tasklist filters every member of staff sees: My tasks, My group's tasks, Due today, Overdue, Escalated; and
 * the practice managers' across every group: All open work, All overdue work, All escalated work.
 * Created once; a manager may edit them in Tasklist afterwards without start-up overwriting the change.
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "My tasks";
  static final String MY_GROUP_TASKS = "My group's tasks";
  static final String DUE_TODAY = "Due today";
  static final String OVERDUE = "Overdue";
  static final String ESCALATED = "Escalated";
  static final String ALL_OPEN = "All open work";
  static final String ALL_OVERDUE = "All overdue work";
  static final String ALL_ESCALATED = "All escalated work";

  /** Marks a filter whose query names the caller (assignee or candidate groups) in an OR branch. */
  static final String SCOPED = "scopedToCaller";
  private static final String START_OF_TODAY = "${dateTime().withTimeAtStartOfDay().toDate()}";
  private static final String START_OF_TOMORROW = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;
  private final StartupLock startupLock;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants, StartupLock startupLock) {
    this.startupLock = startupLock;
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    startupLock.holding(this::seed);
  }

  private void seed() {
    Map<String, Supplier<TaskQuery>> queries = staffQueries();
    int priority = 0;
    List<Wanted> wanted = new ArrayList<>();
    for (Map.Entry<String, Supplier<TaskQuery>> entry : queries.entrySet()) {
      Filter filter = ensure(entry.getKey(), entry.getValue(), priority++, !entry.getKey().startsWith("My "));
      for (String group : PracticeGroups.STAFF_GROUPS) {
        wanted.add(new Wanted(group, Resources.FILTER, filter.getId(), READ));
      }
    }
    Map<String, Supplier<TaskQuery>> managers = managerQueries();
    for (Map.Entry<String, Supplier<TaskQuery>> entry : managers.entrySet()) {
      Filter filter = ensure(entry.getKey(), entry.getValue(), priority++, false);
      wanted.add(new Wanted(PracticeGroups.PRACTICE_MANAGERS, Resources.FILTER, filter.getId(), READ));
    }
    grants.grantAll(wanted);
  }

  /** The filters every member of staff sees, by name, as they are made. */
  Map<String, Supplier<TaskQuery>> staffQueries() {
    Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
    queries.put(MY_TASKS, () -> query().taskAssigneeExpression("${currentUser()}"));
    queries.put(MY_GROUP_TASKS, () -> query().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    queries.put(DUE_TODAY, () -> callers(query().dueAfterExpression(START_OF_TODAY)
        .dueBeforeExpression(START_OF_TOMORROW)));
    queries.put(OVERDUE, () -> callers(query().dueBeforeExpression("${now()}")));
    queries.put(ESCALATED, () -> callers(query().taskVariableValueEquals(EscalationService.ESCALATED_VARIABLE,
        true)));
    return queries;
  }

  /** The managers' view across every group (they hold every task): what Cockpit counts, in Tasklist. */
  Map<String, Supplier<TaskQuery>> managerQueries() {
    Map<String, Supplier<TaskQuery>> managers = new LinkedHashMap<>();
    managers.put(ALL_OPEN, this::query);
    managers.put(ALL_OVERDUE, () -> query().dueBeforeExpression("${now()}"));
    managers.put(ALL_ESCALATED, () -> query().taskVariableValueEquals(EscalationService.ESCALATED_VARIABLE, true));
    return managers;
  }

  private TaskQuery query() {
    return taskService.createTaskQuery().orderByDueDate().asc();
  }

  /**
   * The caller's own tasks and their groups' (claimed or not): the tasks these filters showed before, found
   * without checking each one against the grants table ({@link CallerScopedTaskChecks}).
   */
  private static TaskQuery callers(TaskQuery query) {
    return query.or().taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().endOr();
  }

  private Filter ensure(String name, Supplier<TaskQuery> query, int priority, boolean scoped) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      // filters made before they were scoped to the caller are scoped once, on the first start after the upgrade
      Map<String, Object> had = existing.getProperties() == null ? Map.of() : existing.getProperties();
      if (scoped && !Boolean.TRUE.equals(had.get(SCOPED))) {
        Map<String, Object> properties = new LinkedHashMap<>(had);
        properties.put(SCOPED, true);
        return filterService.saveFilter(existing.setQuery(query.get()).setProperties(properties));
      }
      return existing;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("description", name);
    properties.put("variables", List.of(Map.of("name", "caseReference", "label", "Case")));
    if (scoped) {
      properties.put(SCOPED, true);
    }
    Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query.get());
    return filterService.saveFilter(filter);
  }
}

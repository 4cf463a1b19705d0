package com.practiceflow.security;

import static com.practiceflow.security.FilterShape.Criterion.DUE_TODAY;
import static com.practiceflow.security.FilterShape.Criterion.ESCALATED;
import static com.practiceflow.security.FilterShape.Criterion.NONE;
import static com.practiceflow.security.FilterShape.Criterion.OVERDUE;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.practiceflow.security.FilterShape.Scope;

/**
 * Tells PracticeFlow's own Tasklist filters apart from any other: a filter counts as one only while its query is
 * exactly the one {@link TasklistFilters} makes. One a manager has edited in Tasklist is the engine's to answer.
 */
@Component
class FilterShapes {

  private static final Map<String, FilterShape> BY_NAME = Map.of(
      TasklistFilters.MY_TASKS, new FilterShape(Scope.ASSIGNEE, NONE),
      TasklistFilters.MY_GROUP_TASKS, new FilterShape(Scope.GROUPS_UNASSIGNED, NONE),
      TasklistFilters.DUE_TODAY, new FilterShape(Scope.CALLER, DUE_TODAY),
      TasklistFilters.OVERDUE, new FilterShape(Scope.CALLER, OVERDUE),
      TasklistFilters.ESCALATED, new FilterShape(Scope.CALLER, ESCALATED),
      TasklistFilters.ALL_OPEN, new FilterShape(Scope.EVERY, NONE),
      TasklistFilters.ALL_OVERDUE, new FilterShape(Scope.EVERY, OVERDUE),
      TasklistFilters.ALL_ESCALATED, new FilterShape(Scope.EVERY, ESCALATED));

  private final FilterService filterService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters filters;
  private volatile Map<String, String> madeQueries;

  FilterShapes(FilterService filterService, AuthorizationService authorizationService, TasklistFilters filters) {
    this.filterService = filterService;
    this.authorizationService = authorizationService;
    this.filters = filters;
  }

  /** Every Task filter that is still one of PracticeFlow's own, by id. */
  Map<String, FilterShape> own() {
    Map<String, FilterShape> own = new HashMap<>();
    for (Filter filter : filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).list()) {
      shapeOf(filter).ifPresent(shape -> own.put(filter.getId(), shape));
    }
    return own;
  }

  Optional<FilterShape> of(String filterId) {
    return shapeOf(filterService.createFilterQuery().filterId(filterId).singleResult());
  }

  private Optional<FilterShape> shapeOf(Filter filter) {
    String query = filter == null ? null : ((FilterEntity) filter).getQueryInternal();
    return query != null && query.equals(madeQueries().get(filter.getName()))
        ? Optional.ofNullable(BY_NAME.get(filter.getName())) : Optional.empty();
  }

  /** A filter of every task answers from the task table alone only for a caller who holds every task. */
  boolean mayAnswer(FilterShape shape, TaskPageQuery.Caller caller) {
    return shape.scope() != Scope.EVERY || authorizationService.isUserAuthorized(caller.userId(), caller.groups(),
        Permissions.READ, Resources.TASK);
  }

  private Map<String, String> madeQueries() {
    Map<String, String> made = madeQueries;
    if (made == null) {
      made = new HashMap<>();
      Map<String, Supplier<TaskQuery>> all = new HashMap<>(filters.staffQueries());
      all.putAll(filters.managerQueries());
      for (Map.Entry<String, Supplier<TaskQuery>> entry : all.entrySet()) {
        FilterEntity filter = (FilterEntity) filterService.newTaskFilter(entry.getKey());
        filter.setQuery(entry.getValue().get());
        made.put(entry.getKey(), filter.getQueryInternal());
      }
      madeQueries = made;
    }
    return made;
  }
}

package com.practiceflow.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine checks every task a query visits against the grants table (a row per task and candidate group), so a
 * Tasklist page cost a scan of the group's whole backlog. A query that its own criteria already restrict to the
 * caller (assigned to them, or a candidate of groups they are all in, or an OR branch made only of those) can only
 * find tasks the engine granted them when it made the link or the assignment, so it runs without that check: the
 * same tasks, found through the identity-link and assignee indexes. Anything else (another criterion in such an
 * OR branch, a task asked for by id, revoke grants in use) keeps the engine's check. It also spares every check the
 * engine's list of all groups holding a grant ({@link #filterAuthenticatedGroupIds}). The only engine subclass in
 * PracticeFlow, registered as the engine's authorization session ({@link #sessions()}).
 */
class CallerScopedTaskChecks extends AuthorizationManager {

  /** The criteria an OR branch may hold and still be "the caller's own"; everything else must be left unset. */
  private static final Set<String> CALLER_CRITERIA = Set.of("assignee", "candidateGroup", "candidateGroups",
      "includeAssignedTasks");
  /** Bookkeeping of the query object, not criteria. */
  private static final Set<String> NOT_CRITERIA = Set.of("cachedCandidateGroups", "cachedUserGroups", "queries",
      "isOrQueryActive", "initializeFormKeys", "withCommentAttachmentInfo", "taskNameCaseInsensitive",
      "variableNamesIgnoreCase", "variableValuesIgnoreCase");
  private static final List<Field> FIELDS = criteriaFields();
  /** Beyond this many groups a caller's list is narrowed the engine's way, to keep the checks' SQL short. */
  static final int GROUPS_NAMED_AS_THEY_ARE = 50;

  static SessionFactory sessions() {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new CallerScopedTaskChecks();
      }
    };
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    AuthorizationCheck check = query.getAuthCheck();
    Authentication caller = getCurrentAuthentication();
    if (check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled() && caller != null
        && caller.getUserId() != null && restrictedToCaller(query, caller.getUserId(), groups(caller))) {
      check.setPermissionChecks(new CompositePermissionCheck());
    }
  }

  /**
   * The engine narrows the caller's groups to those holding any grant, read with a {@code DISTINCT} over the whole
   * grants table (a row per task and group: 5-18 ms at 10,000 open tasks on PostgreSQL) once per command, five
   * times for one Tasklist page. A group holding no grant matches no grant row in any check, so naming the caller's
   * few groups as they are gives every check the same answer.
   */
  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.size() > GROUPS_NAMED_AS_THEY_ARE) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull).distinct().toList());
  }

  /** The main query's own criteria (all must hold) or one OR branch's (one must hold) name only the caller. */
  static boolean restrictedToCaller(TaskQueryImpl query, String userId, List<String> groups) {
    if (namesCaller(query, userId, groups)) {
      return true;
    }
    for (TaskQueryImpl branch : query.getQueries()) {
      if (branch != query && branch.isOrQueryActive() && onlyCallerCriteria(branch)
          && branchNamesOnlyCaller(branch, userId, groups)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesCaller(TaskQueryImpl query, String userId, List<String> groups) {
    return userId.equals(query.getAssignee()) || candidateOfOwnGroups(query, groups);
  }

  /** In an OR branch every criterion set must name the caller, since any one of them lets a task through. */
  private static boolean branchNamesOnlyCaller(TaskQueryImpl branch, String userId, List<String> groups) {
    boolean assigneeSet = branch.getAssignee() != null;
    boolean candidateSet = branch.getCandidateGroup() != null || branch.getCandidateGroupsInternal() != null;
    if (!assigneeSet && !candidateSet) {
      return false;
    }
    return (!assigneeSet || userId.equals(branch.getAssignee())) && (!candidateSet || candidateOfOwnGroups(branch,
        groups));
  }

  private static boolean candidateOfOwnGroups(TaskQueryImpl query, List<String> groups) {
    if (query.getCandidateUser() != null) {
      return false;
    }
    if (query.getCandidateGroup() != null) {
      return query.getCandidateGroupsInternal() == null && groups.contains(query.getCandidateGroup());
    }
    List<String> candidates = query.getCandidateGroupsInternal();
    return candidates != null && !candidates.isEmpty() && groups.containsAll(candidates);
  }

  /** Every criterion field other than the caller's own is as a new query leaves it. */
  private static boolean onlyCallerCriteria(TaskQueryImpl branch) {
    TaskQueryImpl blank = new TaskQueryImpl();
    try {
      for (Field field : FIELDS) {
        if (!Objects.equals(unlessEmpty(field.get(branch)), unlessEmpty(field.get(blank)))) {
          return false;
        }
      }
      return true;
    } catch (IllegalAccessException unreadable) {
      return false;
    }
  }

  /** An empty list or array says no more than none at all; an array compares by its elements. */
  private static Object unlessEmpty(Object value) {
    if (value instanceof Object[] array) {
      return array.length == 0 ? null : Arrays.asList(array);
    }
    if (value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty()) {
      return null;
    }
    return value;
  }

  private static List<Field> criteriaFields() {
    List<Field> fields = new ArrayList<>();
    for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !CALLER_CRITERIA.contains(field.getName())
          && !NOT_CRITERIA.contains(field.getName())) {
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }

  private static List<String> groups(Authentication caller) {
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }
}

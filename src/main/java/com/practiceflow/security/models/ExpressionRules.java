package com.practiceflow.security.models;

import java.util.Set;

/**
 * The names a model's expressions may use beyond process variables, shared by the deployment guard and the run-time
 * resolver: the engine's own functions, what a step may read of its execution or task, and side-effect-free methods
 * of plain values (text, dates, collections). Nothing here reaches a class, a bean or the engine's services.
 */
public final class ExpressionRules {

  /** The engine's functions ({@code ${now()}}); Spin's {@code S()}, {@code JSON()} and {@code XML()} are left out. */
  public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

  /** What the engine itself puts in scope besides the variables. */
  public static final Set<String> SCOPE_NAMES = Set.of("execution", "task", "authenticatedUserId");

  /** Facts about the running case a model may read: {@code ${execution.processBusinessKey}}. */
  public static final Set<String> SCOPE_PROPERTIES = Set.of("id", "processInstanceId", "processBusinessKey",
      "businessKey", "processDefinitionId", "currentActivityId", "currentActivityName", "activityInstanceId",
      "eventName", "name", "assignee", "owner", "dueDate", "followUpDate", "priority", "taskDefinitionKey",
      "tenantId", "createTime", "description", "variables", "variableNames");

  /** Reading variables and the facts above, never setting them or reaching the engine's services. */
  public static final Set<String> SCOPE_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable",
      "hasVariableLocal", "hasVariables", "getVariables", "getVariableNames", "getId", "getProcessInstanceId",
      "getProcessBusinessKey", "getBusinessKey", "getProcessDefinitionId", "getCurrentActivityId",
      "getCurrentActivityName", "getActivityInstanceId", "getEventName", "getName", "getAssignee", "getOwner",
      "getDueDate", "getFollowUpDate", "getPriority", "getTaskDefinitionKey", "getTenantId", "getCreateTime",
      "getDescription");

  public static final Set<String> TEXT_METHODS = Set.of("equals", "equalsIgnoreCase", "startsWith", "endsWith",
      "contains", "isEmpty", "isBlank", "length", "toLowerCase", "toUpperCase", "trim", "strip", "substring",
      "indexOf");

  /** Joda-Time's {@code DateTime} from {@code ${dateTime()}}, and {@code java.util.Date}. */
  public static final Set<String> DATE_METHODS = Set.of("plusYears", "plusMonths", "plusWeeks", "plusDays",
      "plusHours", "plusMinutes", "minusYears", "minusMonths", "minusWeeks", "minusDays", "minusHours",
      "minusMinutes", "withTimeAtStartOfDay", "toDate", "isBefore", "isAfter", "isBeforeNow", "isAfterNow", "before",
      "after", "getTime", "equals");

  public static final Set<String> COLLECTION_METHODS = Set.of("contains", "containsKey", "containsValue", "isEmpty",
      "size", "get", "equals");

  /** Any of the value methods: a model's expression cannot say what type a variable will hold. */
  public static final Set<String> VALUE_METHODS = union(TEXT_METHODS, DATE_METHODS, COLLECTION_METHODS);

  private ExpressionRules() {
  }

  /** Whether {@code method} may be called on {@code value} at run time, by the value's actual type. */
  public static boolean valueMethodAllowed(Object value, String method) {
    if (value instanceof CharSequence) {
      return TEXT_METHODS.contains(method);
    }
    if (value instanceof java.util.Date || value.getClass().getName().equals("org.joda.time.DateTime")) {
      return DATE_METHODS.contains(method);
    }
    if (value instanceof java.util.Collection || value instanceof java.util.Map) {
      return COLLECTION_METHODS.contains(method);
    }
    return false;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.Set<String> all = new java.util.TreeSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}

package com.practiceflow.security;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.practiceflow.escalation.EscalationService;

/**
 * The page of task ids and the count of one of PracticeFlow's own Tasklist filters, read from the engine's task
 * tables. A manager's page of every task reads the open-task index ({@code pf_idx_task_due}) in order and stops after
 * its rows. A page of the caller's own tasks starts from them instead (their groups' candidate links and their
 * assignments) and sorts only those: in the index's order the group's tasks can sit behind every other team's
 * (35,000 index rows visited for a page of 15 at 100,000 open tasks), so its cost grew with other teams' backlogs.
 * That is PostgreSQL's way; H2 reads candidate links row by row, so there the index order with a link check per row
 * stays (TenThousandTasksStayWithTheirGroupsTest took 143 s with it, 413 s with the other).
 * It only chooses ids; the engine then loads them through the filter, with its authorizations ({@link TaskPages}).
 * The only SQL PracticeFlow writes against the engine's runtime task tables.
 */
@Component
class TaskPageQuery {

  /** Who is asking: as the webapp's login holds them. */
  record Caller(String userId, List<String> groups, List<String> tenants) {
  }

  /** Sortings Tasklist offers that the open-task index serves; any other goes to the engine as it is. */
  enum Sorting {
    DUE_ASC("t.DUE_DATE_ asc nulls last, t.CREATE_TIME_ asc, t.ID_ asc", "asc"),
    DUE_DESC("t.DUE_DATE_ desc nulls first, t.CREATE_TIME_ desc, t.ID_ desc", "desc");

    /** A task with no due date, last in ascending order as in the index. */
    private static final String NO_DUE_DATE = "timestamp '9999-12-31 00:00:00'";

    private final String inIndexOrder;
    private final String sorted;

    Sorting(String inIndexOrder, String direction) {
      this.inIndexOrder = inIndexOrder;
      // the same order written so that no index serves it: the database sorts the caller's tasks, not the backlog
      this.sorted = "coalesce(t.DUE_DATE_, " + NO_DUE_DATE + ") " + direction + ", t.CREATE_TIME_ " + direction
          + ", t.ID_ " + direction;
    }

    private String orderBy(FilterShape shape, boolean ownTasksFirst) {
      return ownTasksFirst && shape.scope() != FilterShape.Scope.EVERY ? sorted : inIndexOrder;
    }
  }

  private final JdbcTemplate jdbc;
  private volatile Boolean ownTasksFirst;

  TaskPageQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the caller's own tasks are read first (PostgreSQL) or the open-task index in order (H2). */
  private boolean ownTasksFirst() {
    if (ownTasksFirst == null) {
      ownTasksFirst = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection
          .getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }
    return ownTasksFirst;
  }

  List<String> page(FilterShape shape, Caller caller, Sorting sorting, int first, int max) {
    List<Object> args = new ArrayList<>();
    String where = where(shape, caller, args);
    args.add(max);
    args.add(first);
    return jdbc.queryForList("select t.ID_ from ACT_RU_TASK t where " + where + " order by "
        + sorting.orderBy(shape, ownTasksFirst()) + " limit ? offset ?", String.class, args.toArray());
  }

  /** Exact up to {@code limit} (0: exact whatever the size); {@code limit + 1} means "more than that". */
  long count(FilterShape shape, Caller caller, long limit) {
    List<Object> args = new ArrayList<>();
    String where = where(shape, caller, args);
    if (limit > 0) {
      args.add(limit + 1);
    }
    Long count = jdbc.queryForObject("select count(*) from (select 1 from ACT_RU_TASK t where " + where
        + (limit > 0 ? " limit ?" : "") + ") counted", Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  private String where(FilterShape shape, Caller caller, List<Object> args) {
    boolean ownFirst = ownTasksFirst();
    StringBuilder sql = new StringBuilder(tenants(caller, args));
    switch (shape.scope()) {
      case ASSIGNEE -> {
        sql.append(" and t.ASSIGNEE_ = ?");
        args.add(caller.userId());
      }
      case GROUPS_UNASSIGNED -> sql.append(" and t.ASSIGNEE_ is null and ").append(candidate(caller, args, ownFirst));
      case CALLER -> {
        if (ownFirst) {
          // the caller's two sets joined first, so the database reads those tasks by id (an OR read every task)
          sql.append(" and t.ID_ in (").append(candidateIds(caller, args))
              .append(" union all select a.ID_ from ACT_RU_TASK a where a.ASSIGNEE_ = ?)");
          args.add(caller.userId());
        } else {
          sql.append(" and (t.ASSIGNEE_ = ? or ");
          args.add(caller.userId());
          sql.append(candidate(caller, args, false)).append(')');
        }
      }
      case EVERY -> {
        // a manager holds every task (their grant on all of them), so nothing narrows it
      }
    }
    switch (shape.criterion()) {
      case DUE_TODAY -> {
        ZonedDateTime today = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())
            .toLocalDate().atStartOfDay(ZoneId.systemDefault());
        sql.append(" and t.DUE_DATE_ > ? and t.DUE_DATE_ < ?");
        args.add(Timestamp.from(today.toInstant()));
        args.add(Timestamp.from(today.plusDays(1).toInstant()));
      }
      case OVERDUE -> {
        sql.append(" and t.DUE_DATE_ < ?");
        args.add(new Timestamp(ClockUtil.getCurrentTime().getTime()));
      }
      case ESCALATED -> {
        sql.append(" and exists (select 1 from ACT_RU_VARIABLE v where v.TASK_ID_ = t.ID_ and v.NAME_ = ?"
            + " and v.TYPE_ = 'boolean' and v.LONG_ = 1)");
        args.add(EscalationService.ESCALATED_VARIABLE);
      }
      case NONE -> {
      }
    }
    return sql.toString();
  }

  /** The engine's own tenant check: tasks of no tenant, or of one of the caller's. */
  private static String tenants(Caller caller, List<Object> args) {
    if (caller.tenants().isEmpty()) {
      return "t.TENANT_ID_ is null";
    }
    args.addAll(caller.tenants());
    return "(t.TENANT_ID_ is null or t.TENANT_ID_ in (" + marks(caller.tenants().size()) + "))";
  }

  /** The task is a candidate of one of the caller's groups. */
  private static String candidate(Caller caller, List<Object> args, boolean ownFirst) {
    if (ownFirst) {
      return "t.ID_ in (" + candidateIds(caller, args) + ")";
    }
    if (caller.groups().isEmpty()) {
      return "1 = 0";
    }
    args.addAll(caller.groups());
    return "exists (select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate'"
        + " and i.GROUP_ID_ in (" + marks(caller.groups().size()) + "))";
  }

  /** The ids of tasks the caller's groups are candidates of. */
  private static String candidateIds(Caller caller, List<Object> args) {
    if (caller.groups().isEmpty()) {
      return "select i.TASK_ID_ from ACT_RU_IDENTITYLINK i where 1 = 0";
    }
    args.addAll(caller.groups());
    return "select i.TASK_ID_ from ACT_RU_IDENTITYLINK i where i.TYPE_ = 'candidate' and i.GROUP_ID_ in ("
        + marks(caller.groups().size()) + ")";
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}

package com.practiceflow.console;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open work and deadlines kept, counted in one statement each over the engine's task tables (the task query API
 * would cost one authorization-checked query per figure). A non-manager's figures are those of the tasks routed to
 * their groups or to them, as Tasklist lists them. The only place the console reads Camunda's tables directly.
 */
@Component
public class WorkFigures {

  /** Open tasks of one step: how many, overdue, escalated, and by age (under 7 days, 7 to 30, older). */
  public record OpenWork(String processKey, String taskKey, String taskName, int open, int overdue, int escalated,
      int underWeek, int weekToMonth, int overMonth) {
  }

  /** Tasks of one step completed in the last 30 and 90 days, and how many by their due date. */
  public record Kept(String processKey, String taskKey, String taskName, int done30, int kept30, int done90, int kept90) {

    public Integer rate30() {
      return done30 == 0 ? null : Math.round(100f * kept30 / done30);
    }

    public Integer rate90() {
      return done90 == 0 ? null : Math.round(100f * kept90 / done90);
    }
  }

  /** One open task as the work list shows it. */
  public record WorkItem(String id, String name, java.util.Date due, String assignee, String processKey,
      String reference) {
  }

  /** The work list's filters: a process, a step, overdue only, escalated only, mine, an age band. */
  public record WorkFilter(String process, String task, boolean overdue, boolean escalated, boolean mine,
      String age) {
  }

  /** A task completed with a due date, as the deadlines-kept figures count it. */
  public record Done(String name, String processKey, String reference, java.util.Date due, java.util.Date done,
      String doneBy) {

    public boolean kept() {
      return !done.after(due);
    }
  }

  private static final String OPEN = "select d.KEY_, t.TASK_DEF_KEY_, t.NAME_, count(*),"
      + " sum(case when t.DUE_DATE_ < ? then 1 else 0 end),"
      + " sum(case when e.task_id is not null then 1 else 0 end),"
      + " sum(case when t.CREATE_TIME_ >= ? then 1 else 0 end),"
      + " sum(case when t.CREATE_TIME_ < ? and t.CREATE_TIME_ >= ? then 1 else 0 end),"
      + " sum(case when t.CREATE_TIME_ < ? then 1 else 0 end)"
      + " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
      + " left join (select distinct task_id from escalation) e on e.task_id = t.ID_";
  private static final String KEPT = "select d.KEY_, h.TASK_DEF_KEY_, h.NAME_,"
      + " sum(case when h.END_TIME_ >= ? then 1 else 0 end),"
      + " sum(case when h.END_TIME_ >= ? and h.END_TIME_ <= h.DUE_DATE_ then 1 else 0 end),"
      + " count(*), sum(case when h.END_TIME_ <= h.DUE_DATE_ then 1 else 0 end)"
      + " from ACT_HI_TASKINST h join ACT_RE_PROCDEF d on d.ID_ = h.PROC_DEF_ID_"
      + " where h.END_TIME_ >= ? and h.DUE_DATE_ is not null and h.DELETE_REASON_ = 'completed'";
  private static final String GROUP_BY = " group by d.KEY_, %s.TASK_DEF_KEY_, %s.NAME_ order by d.KEY_, %s.NAME_";

  private final JdbcTemplate jdbc;

  WorkFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<OpenWork> open(Viewer viewer, Instant now) {
    List<Object> parameters = new ArrayList<>(List.of(ts(now), ts(now.minus(Duration.ofDays(7))),
        ts(now.minus(Duration.ofDays(7))), ts(now.minus(Duration.ofDays(30))), ts(now.minus(Duration.ofDays(30)))));
    String sql = OPEN + routedTo(viewer, "t.ID_", " where ", parameters) + GROUP_BY.formatted("t", "t", "t");
    return jdbc.query(sql, (row, n) -> new OpenWork(row.getString(1), row.getString(2), row.getString(3),
        row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9)),
        parameters.toArray());
  }

  List<Kept> kept(Viewer viewer, Instant now) {
    Instant since30 = now.minus(Duration.ofDays(30));
    List<Object> parameters = new ArrayList<>(List.of(ts(since30), ts(since30), ts(now.minus(Duration.ofDays(90)))));
    String sql = KEPT + routedTo(viewer, "h.ID_", " and ", parameters) + GROUP_BY.formatted("h", "h", "h");
    return jdbc.query(sql, (row, n) -> new Kept(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
        row.getInt(5), row.getInt(6), row.getInt(7)), parameters.toArray());
  }

  /**
   * A page of open work, soonest deadline first, with each task's case reference, in one statement: the task query
   * API checks every one of 10,000 tasks against the grants table and needs a second query for the references.
   */
  List<WorkItem> page(Viewer viewer, WorkFilter filter, Instant now, int offset, int limit) {
    List<Object> parameters = new ArrayList<>();
    String where = workWhere(viewer, filter, now, parameters);
    parameters.add(limit);
    parameters.add(offset);
    // the page is chosen from the task table alone; only its rows are joined to their process and case
    String order = " order by t.DUE_DATE_ asc nulls last, t.CREATE_TIME_ asc, t.ID_";
    return jdbc.query("select t.ID_, t.NAME_, t.DUE_DATE_, t.ASSIGNEE_, d.KEY_, e.BUSINESS_KEY_ from (select t.ID_,"
        + " t.NAME_, t.DUE_DATE_, t.ASSIGNEE_, t.CREATE_TIME_, t.PROC_DEF_ID_, t.PROC_INST_ID_ from ACT_RU_TASK t"
        + where + order + " limit ? offset ?) t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_"
        + " left join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_" + order,
        (row, n) -> new WorkItem(row.getString(1), row.getString(2), row.getTimestamp(3), row.getString(4),
            row.getString(5), row.getString(6)), parameters.toArray());
  }

  int count(Viewer viewer, WorkFilter filter, Instant now) {
    List<Object> parameters = new ArrayList<>();
    String where = workWhere(viewer, filter, now, parameters);
    Integer count = jdbc.queryForObject("select count(*) from ACT_RU_TASK t" + where, Integer.class,
        parameters.toArray());
    return count == null ? 0 : count;
  }

  private static String workWhere(Viewer viewer, WorkFilter filter, Instant now, List<Object> parameters) {
    Viewer scope = filter.mine() ? new Viewer(viewer.id(), viewer.name(), viewer.groups().stream()
        .filter(g -> !"practice-managers".equals(g) && !"camunda-admin".equals(g)).toList()) : viewer;
    StringBuilder where = new StringBuilder(routedTo(scope, "t.ID_", " where ", parameters));
    String join = where.length() == 0 ? " where " : " and ";
    if (filter.process() != null && !filter.process().isBlank()) {
      where.append(join).append("t.PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF where KEY_ = ?)");
      parameters.add(filter.process());
      join = " and ";
    }
    if (filter.task() != null && !filter.task().isBlank()) {
      where.append(join).append("t.TASK_DEF_KEY_ = ?");
      parameters.add(filter.task());
      join = " and ";
    }
    if (filter.overdue()) {
      where.append(join).append("t.DUE_DATE_ < ?");
      parameters.add(ts(now));
      join = " and ";
    }
    if (filter.escalated()) {
      where.append(join).append("exists (select 1 from escalation x where x.task_id = t.ID_)");
      join = " and ";
    }
    // the dashboard's age bands: under 7 days, 7 to 30, older
    Timestamp week = ts(now.minus(Duration.ofDays(7)));
    Timestamp month = ts(now.minus(Duration.ofDays(30)));
    switch (filter.age() == null ? "" : filter.age()) {
      case "week" -> where.append(join).append("t.CREATE_TIME_ >= ?").append(add(parameters, week));
      case "month" -> where.append(join).append("t.CREATE_TIME_ < ? and t.CREATE_TIME_ >= ?")
          .append(add(parameters, week, month));
      case "older" -> where.append(join).append("t.CREATE_TIME_ < ?").append(add(parameters, month));
      default -> { }
    }
    return where.toString();
  }

  /**
   * The tasks of one step completed by their deadline or not in the last days, latest first, with their case: the
   * cases behind a deadlines-kept figure.
   */
  List<Done> done(Viewer viewer, String processKey, String taskKey, int days, boolean missedOnly, Instant now,
      int limit) {
    List<Object> parameters = new ArrayList<>(List.of(ts(now.minus(Duration.ofDays(days))), processKey, taskKey));
    String sql = "select h.NAME_, d.KEY_, p.BUSINESS_KEY_, h.DUE_DATE_, h.END_TIME_, h.ASSIGNEE_"
        + " from ACT_HI_TASKINST h join ACT_RE_PROCDEF d on d.ID_ = h.PROC_DEF_ID_"
        + " left join ACT_HI_PROCINST p on p.ID_ = h.PROC_INST_ID_"
        + " where h.END_TIME_ >= ? and h.DUE_DATE_ is not null and h.DELETE_REASON_ = 'completed'"
        + " and d.KEY_ = ? and h.TASK_DEF_KEY_ = ?" + (missedOnly ? " and h.END_TIME_ > h.DUE_DATE_" : "")
        + routedTo(viewer, "h.ID_", " and ", parameters) + " order by h.END_TIME_ desc limit ?";
    parameters.add(limit);
    return jdbc.query(sql, (row, n) -> new Done(row.getString(1), row.getString(2), row.getString(3),
        row.getTimestamp(4), row.getTimestamp(5), row.getString(6)), parameters.toArray());
  }

  /** Open tasks of the given steps per case reference (business key): a staff board's outstanding checks. */
  java.util.Map<String, Integer> openStepsByCase(java.util.Collection<String> taskKeys) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    if (taskKeys.isEmpty()) {
      return counts;
    }
    jdbc.query("select e.BUSINESS_KEY_, count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
        + " where t.TASK_DEF_KEY_ in (" + String.join(",", taskKeys.stream().map(k -> "?").toList()) + ")"
        + " group by e.BUSINESS_KEY_", row -> {
          counts.put(row.getString(1), row.getInt(2));
        }, taskKeys.toArray());
    return counts;
  }

  /** Managers see all; anyone else the tasks routed to their groups or to them (history keeps the same links). */
  private static String routedTo(Viewer viewer, String taskId, String join, List<Object> parameters) {
    if (viewer.isManager()) {
      return "";
    }
    boolean history = taskId.startsWith("h.");
    String links = history ? "ACT_HI_IDENTITYLINK" : "ACT_RU_IDENTITYLINK";
    String assignee = history ? "h.ASSIGNEE_" : "t.ASSIGNEE_";
    StringBuilder where = new StringBuilder(join).append("(").append(assignee).append(" = ?");
    parameters.add(viewer.id());
    if (!viewer.groups().isEmpty()) {
      where.append(" or exists (select 1 from ").append(links).append(" l where l.TASK_ID_ = ").append(taskId)
          .append(" and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (")
          .append(String.join(",", viewer.groups().stream().map(g -> "?").toList())).append("))");
      parameters.addAll(viewer.groups());
    }
    return where.append(")").toString();
  }

  private static String add(List<Object> parameters, Object... values) {
    parameters.addAll(List.of(values));
    return "";
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}

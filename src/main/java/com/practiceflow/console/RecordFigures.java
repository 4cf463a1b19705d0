package com.practiceflow.console;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures from the practice's own records: complaints per month, money in disputes by payer and
 * reason, credentials coming due. Each is one aggregate statement; a viewer's slice is a where clause, the same
 * rule as the records' pages (a complaint for its owning group, claims for billing).
 */
@Component
public class RecordFigures {

  /** Complaints received in one month for one category, and how many of them are closed. */
  public record ComplaintMonth(int year, int month, String category, int received, int closed) {
    public String label() {
      return "%d-%02d".formatted(year, month);
    }
  }

  /** Disputes of one payer or reason code: how many, open, money at stake and recovered, appeals won and decided. */
  public record DisputeGroup(String name, int disputes, int open, BigDecimal atStake, BigDecimal recovered, int overturned,
      int decided) {
    public Integer overturnRate() {
      return decided == 0 ? null : Math.round(100f * overturned / decided);
    }
  }

  /** Licences and other credentials of active staff expiring: already, within 30, 60 and 90 days. */
  public record Credentials(int expired, int within30, int within60, int within90) {
  }

  private final JdbcTemplate jdbc;

  RecordFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<ComplaintMonth> complaintsByMonth(Viewer viewer, LocalDate today) {
    List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(today.withDayOfMonth(1).minusMonths(11))));
    String sql = "select extract(year from received_on), extract(month from received_on), category, count(*),"
        + " sum(case when status = 'CLOSED' then 1 else 0 end) from complaint where received_on >= ?"
        + ownedBy(viewer, parameters) + " group by extract(year from received_on), extract(month from received_on),"
        + " category order by 1, 2, 3";
    return jdbc.query(sql, (row, n) -> new ComplaintMonth(row.getInt(1), row.getInt(2), row.getString(3),
        row.getInt(4), row.getInt(5)), parameters.toArray());
  }

  List<String[]> complaintOutcomes(Viewer viewer) {
    List<Object> parameters = new ArrayList<>();
    return jdbc.query("select coalesce(outcome, 'not recorded'), count(*) from complaint where status = 'CLOSED'"
        + ownedBy(viewer, parameters) + " group by coalesce(outcome, 'not recorded') order by 2 desc",
        (row, n) -> new String[] {row.getString(1), row.getString(2)}, parameters.toArray());
  }

  /** {@code column} is the grouping: payer_name or carc. */
  List<DisputeGroup> disputesBy(String column) {
    String group = "payer_name".equals(column) ? "d.payer_name" : "d.carc";
    return jdbc.query("select " + group + ", count(*), sum(case when d.closed_on is null then 1 else 0 end),"
        + " coalesce(sum(case when d.closed_on is null then d.amount_at_stake else 0 end), 0),"
        + " coalesce(sum(d.amount_recovered), 0), coalesce(sum(a.overturned), 0), coalesce(sum(a.decided), 0)"
        + " from dispute d left join (select dispute_id, sum(case when outcome = 'overturned' then 1 else 0 end)"
        + " overturned, count(outcome) decided from appeal group by dispute_id) a on a.dispute_id = d.id"
        + " group by " + group + " order by 4 desc", (row, n) -> new DisputeGroup(row.getString(1), row.getInt(2),
            row.getInt(3), row.getBigDecimal(4), row.getBigDecimal(5), row.getInt(6), row.getInt(7)));
  }

  /** Open disputes whose current deadline falls from today (never a past one) to 14 days ahead. */
  int disputeDeadlinesAhead(LocalDate today) {
    Integer count = jdbc.queryForObject("select count(*) from dispute where closed_on is null and current_deadline"
        + " >= ? and current_deadline <= ?", Integer.class, Date.valueOf(today), Date.valueOf(today.plusDays(14)));
    return count == null ? 0 : count;
  }

  Credentials credentials(LocalDate today) {
    return jdbc.queryForObject("select sum(case when c.expires_on < ? then 1 else 0 end),"
        + " sum(case when c.expires_on >= ? and c.expires_on <= ? then 1 else 0 end),"
        + " sum(case when c.expires_on > ? and c.expires_on <= ? then 1 else 0 end),"
        + " sum(case when c.expires_on > ? and c.expires_on <= ? then 1 else 0 end)"
        + " from credential c join staff_member s on s.id = c.staff_id where s.status = 'ACTIVE'",
        (row, n) -> new Credentials(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)),
        Date.valueOf(today), Date.valueOf(today), Date.valueOf(today.plusDays(30)), Date.valueOf(today.plusDays(30)),
        Date.valueOf(today.plusDays(60)), Date.valueOf(today.plusDays(60)), Date.valueOf(today.plusDays(90)));
  }

  private static String ownedBy(Viewer viewer, List<Object> parameters) {
    if (viewer.isManager()) {
      return "";
    }
    if (viewer.groups().isEmpty()) {
      return " and 1 = 0";
    }
    parameters.addAll(viewer.groups());
    return " and owner_group in (" + String.join(",", viewer.groups().stream().map(g -> "?").toList()) + ")";
  }
}

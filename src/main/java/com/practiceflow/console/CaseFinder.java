package com.practiceflow.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds cases by reference (any part of it) across every kind the viewer may read, and by a person's name where the
 * viewer may read that person's record: a patient's on the complaints of their groups, a staff member's for HR,
 * compliance and the managers.
 */
@Component
public class CaseFinder {

  /** One case found. */
  public record Hit(String reference, String kind, String summary, String status) {
  }

  private static final int MOST = 50;

  private final JdbcTemplate jdbc;
  private final Formats formats;

  CaseFinder(JdbcTemplate jdbc, Formats formats) {
    this.jdbc = jdbc;
    this.formats = formats;
  }

  List<Hit> find(String query, Viewer viewer) {
    String like = "%" + query.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    List<Hit> hits = new ArrayList<>();
    if (viewer.isSeesComplaints()) {
      Registers.Where where = new Registers.Where().and("(lower(reference) like ? or lower(coalesce(patient_name, ''))"
          + " like ?)", like, like);
      if (!viewer.isManager()) {
        where.in("owner_group", viewer.groups());
      }
      hits.addAll(jdbc.query("select reference, category, status from complaint" + where.sql + " order by reference"
          + " desc limit " + MOST, (row, n) -> new Hit(row.getString(1), "Complaint", formats.label(row.getString(2)),
              formats.label(row.getString(3))), where.parameters.toArray()));
    }
    if (viewer.isSeesDisputes()) {
      hits.addAll(jdbc.query("select reference, payer_name, status from dispute where lower(reference) like ? or"
          + " lower(claim_ref) like ? order by reference desc limit " + MOST, (row, n) -> new Hit(row.getString(1),
              "Claim dispute", row.getString(2), formats.label(row.getString(3))), like, like));
    }
    if (viewer.isSeesStaff()) {
      hits.addAll(jdbc.query("select reference, first_name || ' ' || last_name, status from staff_member where"
          + " lower(reference) like ? or lower(first_name || ' ' || last_name) like ? order by reference desc limit "
          + MOST, (row, n) -> new Hit(row.getString(1), "Staff member", row.getString(2),
              formats.label(row.getString(3))), like, like));
    }
    hits.addAll(jdbc.query("select reference, title, status from policy where lower(reference) like ? or"
        + " lower(title) like ? order by reference limit " + MOST, (row, n) -> new Hit(row.getString(1), "Policy",
            row.getString(2), formats.label(row.getString(3))), like, like));
    return hits.size() > MOST ? hits.subList(0, MOST) : hits;
  }
}

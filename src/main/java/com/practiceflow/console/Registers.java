package com.practiceflow.console;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registers' rows, read with one filtered statement each (and one count), a page at a time. A viewer's slice
 * is part of the statement: complaints of their groups unless they manage, claims for billing and managers.
 */
@Component
class Registers {

  static final int EXPORT = 100_000;

  /** A statement's where clause and its parameters, built filter by filter. */
  static final class Where {
    final StringBuilder sql = new StringBuilder(" where 1 = 1");
    final List<Object> parameters = new ArrayList<>();

    Where and(String condition, Object... values) {
      sql.append(" and ").append(condition);
      parameters.addAll(List.of(values));
      return this;
    }

    Where in(String column, List<String> values) {
      if (values.isEmpty()) {
        return and("1 = 0");
      }
      return and(column + " in (" + String.join(",", values.stream().map(v -> "?").toList()) + ")",
          values.toArray());
    }
  }

  private final JdbcTemplate jdbc;
  private final Formats formats;

  Registers(JdbcTemplate jdbc, Formats formats) {
    this.jdbc = jdbc;
    this.formats = formats;
  }

  int count(String table, Where where) {
    Integer count = jdbc.queryForObject("select count(*) from " + table + where.sql, Integer.class,
        where.parameters.toArray());
    return count == null ? 0 : count;
  }

  /**
   * One page of rows in the viewer's order, then the register's own; a negative page is every row (the CSV export,
   * up to {@link #EXPORT} rows). The select list follows the columns, so a column sorts by its position.
   */
  List<Map<String, Object>> rows(String select, Where where, String order, List<Register.Column> columns,
      Register.Sort sort, int page) {
    List<Object> parameters = new ArrayList<>(where.parameters);
    parameters.add(page < 0 ? EXPORT : Register.PAGE);
    parameters.add(page < 0 ? 0 : page * Register.PAGE);
    int position = sort.position(columns);
    String orderBy = position == 0 ? order
        : position + (sort.descending() ? " desc" : "") + " nulls last, " + order;
    List<String> keys = columns.stream().map(Register.Column::key).toList();
    return jdbc.query(select + where.sql + " order by " + orderBy + " limit ? offset ?",
        (row, n) -> row(row, keys), parameters.toArray());
  }

  /** Dates in the practice's format, amounts as money, codes as words: as the page shows them and exports them. */
  private Map<String, Object> row(ResultSet row, List<String> columns) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      Object value = row.getObject(i + 1);
      String key = columns.get(i);
      if (value instanceof Date day) {
        value = formats.date(day.toLocalDate());
      } else if (value instanceof java.sql.Timestamp at) {
        value = formats.dateTime(at.toInstant());
      } else if (value instanceof java.math.BigDecimal amount) {
        value = formats.money(amount);
      } else if (value instanceof String text && (key.endsWith("Group") || key.equals("status")
          || key.equals("category") || key.equals("bucket") || key.equals("channel") || key.equals("outcome"))) {
        value = formats.label(text);
      }
      values.put(key, value == null ? "" : value);
    }
    return values;
  }

  static Date day(LocalDate date) {
    return Date.valueOf(date);
  }
}

package com.practiceflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows of figures, printed as they are measured (so a long run shows progress) and handed from a database's run to
 * the report as tab-separated lines starting with {@code RESULT}.
 */
final class Results {

  static final String MARK = "RESULT\t";

  /** One measured figure of ours against its baseline; {@code ratio} is ours/baseline in the goal's direction. */
  record Row(String section, String database, String label, String scale, String ours, String baseline, String ratio,
      String note) {

    String line() {
      return MARK + String.join("\t", section, database, label, scale, ours, baseline, ratio, clean(note));
    }

    static Row parse(String line) {
      String[] f = line.substring(MARK.length()).split("\t", -1);
      return new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    }

    private static String clean(String text) {
      return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }
  }

  private final List<Row> rows = new ArrayList<>();

  void add(Row row) {
    rows.add(row);
    System.out.println(row.line());
    System.out.flush();
  }

  List<Row> rows() {
    return rows;
  }

  static String num(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
  }
}

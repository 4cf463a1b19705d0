package com.practiceflow.console;

import java.util.List;
import java.util.Map;

/**
 * A filterable list of records as the console shows and exports it: its columns, the rows on this page, the filters
 * the viewer chose, and how many rows match in all.
 */
public record Register(String title, String page, List<Column> columns, List<Map<String, Object>> rows, List<Filter> filters,
    int total, int shown) {

  /** A column: its key in each row, its heading, whether it holds figures (right-aligned). */
  public record Column(String key, String label, boolean numeric) {

    static Column text(String key, String label) {
      return new Column(key, label, false);
    }

    static Column number(String key, String label) {
      return new Column(key, label, true);
    }
  }

  /** A filter: a choice from options, or free text when there are none. */
  public record Filter(String name, String label, String value, List<Option> options) {
  }

  /** One option of a filter. */
  public record Option(String value, String label) {
  }
}

package com.practiceflow.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A filterable, sortable list of records as the console shows and exports it: its columns, the rows on this page,
 * the filters the viewer chose, the order, and how many rows match in all.
 */
public record Register(String title, String page, List<Column> columns, List<Map<String, Object>> rows,
    List<Filter> filters, int total, int shown, Sort sort, int pageNumber) {

  /** Rows per page. */
  public static final int PAGE = 200;

  /** A column: its key in each row, its heading, whether it holds figures (right-aligned), whether it sorts. */
  public record Column(String key, String label, boolean numeric, boolean sortable) {

    static Column text(String key, String label) {
      return new Column(key, label, false, true);
    }

    static Column number(String key, String label) {
      return new Column(key, label, true, true);
    }

    Column unsortable() {
      return new Column(key, label, numeric, false);
    }
  }

  /** A filter: a choice from options, or free text when there are none. */
  public record Filter(String name, String label, String value, List<Option> options) {
  }

  /** One option of a filter. */
  public record Option(String value, String label) {
  }

  /** The chosen order: a column's key (blank for the register's own order) and its direction. */
  public record Sort(String key, boolean descending) {

    static final Sort DEFAULT = new Sort("", false);

    /** The order the viewer asked for, if it names a sortable column; else the register's own. */
    static Sort of(Map<String, String> parameters, List<Column> columns) {
      String key = parameters.getOrDefault("sort", "");
      boolean known = columns.stream().anyMatch(c -> c.sortable() && c.key().equals(key));
      return known ? new Sort(key, "desc".equals(parameters.get("dir"))) : DEFAULT;
    }

    /** The position of the sorted column in a statement whose select list follows the columns, from 1; else 0. */
    int position(List<Column> columns) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).key().equals(key)) {
          return i + 1;
        }
      }
      return 0;
    }
  }

  /** The link that sorts by a column: ascending first, then the other way on a second click. */
  public String sortLink(Column column) {
    boolean descending = column.key().equals(sort.key()) && !sort.descending();
    return query(List.of("sort=" + encode(column.key()), "dir=" + (descending ? "desc" : "asc")));
  }

  /** The value of a heading's aria-sort: how the table is sorted by that column, if it is. */
  public String ariaSort(Column column) {
    if (!column.key().equals(sort.key())) {
      return column.sortable() ? "none" : null;
    }
    return sort.descending() ? "descending" : "ascending";
  }

  /** The link to another page of the same filtered, sorted rows. */
  public String pageLink(int number) {
    List<String> extra = new ArrayList<>();
    if (!sort.key().isEmpty()) {
      extra.add("sort=" + encode(sort.key()));
      extra.add("dir=" + (sort.descending() ? "desc" : "asc"));
    }
    extra.add("page=" + number);
    return query(extra);
  }

  /** The link to the page before this one, if there is one. */
  public String previousPage() {
    return pageNumber > 0 ? pageLink(pageNumber - 1) : null;
  }

  /** The link to the page after this one, if rows follow. */
  public String nextPage() {
    return hasNext() ? pageLink(pageNumber + 1) : null;
  }

  /** Whether rows follow this page. */
  public boolean hasNext() {
    return (pageNumber + 1L) * PAGE < total;
  }

  /** The number of the first row on this page, from 1. */
  public int firstShown() {
    return shown == 0 ? 0 : pageNumber * PAGE + 1;
  }

  /** The export's sort, so the CSV comes in the order on screen. */
  public List<Option> sortParameters() {
    return sort.key().isEmpty() ? List.of()
        : List.of(new Option("sort", sort.key()), new Option("dir", sort.descending() ? "desc" : "asc"));
  }

  private String query(List<String> extra) {
    List<String> parts = new ArrayList<>();
    for (Filter filter : filters) {
      if (filter.value() != null && !filter.value().isBlank()) {
        parts.add(encode(filter.name()) + "=" + encode(filter.value()));
      }
    }
    parts.addAll(extra);
    return "?" + String.join("&", parts);
  }

  /** A query string's name or value, encoded. */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

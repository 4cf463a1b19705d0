package com.practiceflow.console;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A register as CSV (RFC 4180): the columns it shows, every row that matches its filters. A cell that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class Csv {

  private Csv() {
  }

  /** The register's rows under its headings, spelled the practice's way ({@link Formats#spelling}). */
  static ResponseEntity<String> of(String name, Register register, Formats formats) {
    StringBuilder csv = new StringBuilder();
    csv.append(register.columns().stream().map(c -> cell(formats.spelling(c.label())))
        .collect(Collectors.joining(","))).append("\r\n");
    for (Map<String, Object> row : register.rows()) {
      csv.append(register.columns().stream().map(c -> cell(String.valueOf(row.get(c.key()))))
          .collect(Collectors.joining(","))).append("\r\n");
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"").body(csv.toString());
  }

  private static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}

package com.practiceflow.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads process variables as they really arrive: Camunda Forms send strings (dates as {@code yyyy-MM-dd}, numbers
 * as text), Java callers and the REST API send typed values. Each process's variables class names the keys; these
 * read the values, the same way in every process.
 */
public final class VariableValues {

  private VariableValues() {
  }

  public static Long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).longValue();
  }

  /** Trimmed text, or null when missing or blank. */
  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static int number(VariableScope scope, String name) {
    return number(scope, name, 0);
  }

  public static int number(VariableScope scope, String name, int fallback) {
    Object value = scope.getVariable(name);
    try {
      return value instanceof Number n ? n.intValue() : value == null || value.toString().isBlank() ? fallback
          : (int) Double.parseDouble(value.toString());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("'" + name + "' is not a number: '" + value + "'");
    }
  }

  public static BigDecimal amount(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException("'" + name + "' is not an amount: '" + value + "'");
    }
  }

  /** A {@code Date} is read in the server's zone, which the README asks to be the practice's. */
  public static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    String text = string(scope, name);
    try {
      return text == null ? null : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    } catch (java.time.format.DateTimeParseException notADate) {
      throw new IllegalArgumentException("'" + name + "' is not a date (yyyy-MM-dd): '" + text + "'");
    }
  }
}

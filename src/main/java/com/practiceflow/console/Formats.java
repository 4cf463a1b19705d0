package com.practiceflow.console;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.practiceflow.calendar.CalendarProperties;
import com.practiceflow.security.PracticeGroups;

/**
 * One way to show dates, times, money and codes across the console: the practice's format and time zone (US:
 * 12/03/2026 and 5:00 PM; UK: 03/12/2026 and 17:00), and words for codes ("Missing information", not
 * {@code missing-information}; "Billing", not {@code billing}).
 */
@Component("formats")
public class Formats {

  private static final Pattern NOUN_LICENSE = Pattern.compile("\\b([Ll])icense(s?)\\b");

  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;
  private final CalendarProperties calendar;
  private final Locale locale;

  Formats(CalendarProperties calendar) {
    this.calendar = calendar;
    boolean us = "US".equals(calendar.getJurisdiction());
    this.locale = us ? Locale.US : Locale.UK;
    this.date = DateTimeFormatter.ofPattern(us ? "MM/dd/yyyy" : "dd/MM/yyyy");
    this.dateTime = DateTimeFormatter.ofPattern(us ? "MM/dd/yyyy h:mm a" : "dd/MM/yyyy HH:mm");
  }

  public String date(LocalDate day) {
    return day == null ? "" : day.format(date);
  }

  public String date(Date instant) {
    return instant == null ? "" : date(instant.toInstant().atZone(calendar.getZone()).toLocalDate());
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : instant.atZone(calendar.getZone()).format(dateTime);
  }

  public String dateTime(Date instant) {
    return instant == null ? "" : dateTime(instant.toInstant());
  }

  public String money(BigDecimal amount) {
    return amount == null ? "" : NumberFormat.getCurrencyInstance(locale).format(amount);
  }

  /** The console's words are in US spelling; a UK practice reads the noun as "licence" (the verb stays "license"). */
  public String spelling(String text) {
    if (text == null) {
      return "";
    }
    return Locale.US.equals(locale) ? text : NOUN_LICENSE.matcher(text).replaceAll("$1icence$2");
  }

  /** {@code missing-information} or {@code IN_NEGOTIATION} as words; a group id as its name. */
  public String label(Object code) {
    if (code == null) {
      return "";
    }
    String text = code.toString();
    if (PracticeGroups.exists(text)) {
      return PracticeGroups.displayName(text);
    }
    String words = text.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT).trim();
    return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

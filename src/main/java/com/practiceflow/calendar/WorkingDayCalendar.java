package com.practiceflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Adds calendar or business days to a date. Business days skip Saturdays, Sundays, the jurisdiction's public
 * holidays (shipped as {@code calendar/holidays-<JURISDICTION>.csv}) and the practice's configured closures.
 * The start day itself is never counted: 3 business days from a Monday is the Thursday, 1 before it the Friday.
 */
@Component
public class WorkingDayCalendar {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkingDayCalendar.class);
  private static final Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final CalendarProperties properties;

  public WorkingDayCalendar(CalendarProperties properties) {
    this.properties = properties;
  }

  /**
   * {@code amount} days after {@code start}, or before it when negative ("1 business day before the start date").
   * Zero business days from a closed day is the next open day; zero calendar days is the day itself.
   */
  public LocalDate add(LocalDate start, int amount, DeadlineUnit unit, String jurisdiction) {
    if (unit == DeadlineUnit.CALENDAR_DAYS) {
      return start.plusDays(amount);
    }
    if (unit != DeadlineUnit.BUSINESS_DAYS) {
      throw new IllegalArgumentException(unit + " is not counted in days");
    }
    Closed closed = closedDays(jurisdiction);
    int step = amount < 0 ? -1 : 1;
    LocalDate day = start;
    if (amount == 0) {
      while (!isOpen(day, closed)) {
        day = day.plusDays(1);
      }
      return day;
    }
    int counted = 0;
    while (counted < Math.abs(amount)) {
      day = day.plusDays(step);
      if (isOpen(day, closed)) {
        counted++;
      }
    }
    warnBeyondHolidayData(day, normalize(jurisdiction));
    return day;
  }

  /** Says once per jurisdiction and year when a date falls after the shipped holiday list, instead of guessing. */
  private void warnBeyondHolidayData(LocalDate day, String jurisdiction) {
    int lastYear = HolidayFiles.lastYear(jurisdiction);
    boolean extended = properties.getExtraHolidays().getOrDefault(jurisdiction, List.of()).stream()
        .anyMatch(d -> d.getYear() >= day.getYear());
    if (day.getYear() > lastYear && !extended && WARNED.add(jurisdiction + day.getYear())) {
      LOG.warn("Holidays for {} are known until {}; deadlines in {} skip weekends only. Add that year's dates to "
          + "practiceflow.calendar.extra-holidays.{}", jurisdiction, lastYear, day.getYear(), jurisdiction);
    }
  }

  public boolean isBusinessDay(LocalDate day, String jurisdiction) {
    return isOpen(day, closedDays(jurisdiction));
  }

  private static boolean isOpen(LocalDate day, Closed closed) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !closed.contains(day);
  }

  /** Read where they are kept, not copied: every due date of every step counts through them. */
  private Closed closedDays(String jurisdiction) {
    String key = normalize(jurisdiction);
    return new Closed(HolidayFiles.load(key), properties.getExtraHolidays().getOrDefault(key, List.of()),
        properties.getExtraClosures());
  }

  private record Closed(Set<LocalDate> holidays, Collection<LocalDate> extraHolidays,
      Collection<LocalDate> closures) {

    boolean contains(LocalDate day) {
      return holidays.contains(day) || extraHolidays.contains(day) || closures.contains(day);
    }
  }

  String normalize(String jurisdiction) {
    String value = jurisdiction == null || jurisdiction.isBlank() ? properties.getJurisdiction() : jurisdiction;
    return value.trim().toUpperCase(Locale.ROOT);
  }

  /** Holiday lists are read once per jurisdiction and kept; they are small and never change at run time. */
  static final class HolidayFiles {

    private static final java.util.Map<String, Set<LocalDate>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Integer> LAST_YEAR = new java.util.concurrent.ConcurrentHashMap<>();

    static Set<LocalDate> load(String jurisdiction) {
      return CACHE.computeIfAbsent(jurisdiction, HolidayFiles::read);
    }

    static int lastYear(String jurisdiction) {
      return LAST_YEAR.computeIfAbsent(jurisdiction,
          j -> load(j).stream().mapToInt(LocalDate::getYear).max().orElse(0));
    }

    private static Set<LocalDate> read(String jurisdiction) {
      String resource = "/calendar/holidays-" + jurisdiction + ".csv";
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("No holiday calendar for jurisdiction '" + jurisdiction
              + "' (expected " + resource + "); known: US, UK");
        }
        Set<LocalDate> days = new HashSet<>();
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
            .forEach(line -> days.add(LocalDate.parse(line.substring(0, line.indexOf(',')))));
        return Set.copyOf(days);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

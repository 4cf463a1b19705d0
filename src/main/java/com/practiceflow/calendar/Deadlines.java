package com.practiceflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import com.practiceflow.calendar.SlaProperties.Sla;
import com.practiceflow.security.models.ModelApi;

/**
 * Named deadlines for BPMN expressions, e.g. {@code camunda:dueDate="${deadlines.due(execution, 'complaint-acknowledgement')}"}
 * and the matching reminder and escalation timers. The jurisdiction comes from the process variable
 * {@code jurisdiction} when present, else from configuration. A deadline falls due at the configured time of day
 * in the practice's time zone.
 */
@Component("deadlines")
@ModelApi
public class Deadlines {

  public static final String JURISDICTION_VARIABLE = "jurisdiction";

  private final WorkingDayCalendar calendar;
  private final CalendarProperties calendarProperties;
  private final SlaProperties slaProperties;

  public Deadlines(WorkingDayCalendar calendar, CalendarProperties calendarProperties, SlaProperties slaProperties) {
    this.calendar = calendar;
    this.calendarProperties = calendarProperties;
    this.slaProperties = slaProperties;
  }

  /** When the task governed by {@code slaName} falls due. */
  @ModelApi
  public Date due(VariableScope scope, String slaName) {
    String jurisdiction = jurisdiction(scope);
    Sla sla = sla(slaName, jurisdiction);
    if (sla.getUnit() == DeadlineUnit.HOURS) {
      return new Date(startInstant(scope, sla).getTime() + sla.getAmount() * 3_600_000L);
    }
    LocalDate start = startDate(scope, sla, jurisdiction);
    return atDueTime(calendar.add(start, amount(scope, sla, slaName), sla.getUnit(), jurisdiction), jurisdiction);
  }

  private static int amount(VariableScope scope, Sla sla, String slaName) {
    if (sla.getAmountFrom() == null) {
      return sla.getAmount();
    }
    Object value = scope.getVariable(sla.getAmountFrom());
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Deadline '" + slaName + "' counts the days in variable '" + sla.getAmountFrom()
          + "', which is not set");
    }
    return number.intValue();
  }

  /** For expressions: {@code ${deadlines.addBusinessDays(startDate, 3)}}, due at the due time of that day. */
  @ModelApi
  public Date addBusinessDays(Object from, int days) {
    String jurisdiction = calendarProperties.getJurisdiction();
    return atDueTime(calendar.add(toLocalDate(from, jurisdiction), days, DeadlineUnit.BUSINESS_DAYS, jurisdiction),
        jurisdiction);
  }

  /** For expressions: {@code ${deadlines.addCalendarDays(discoveredOn, 60)}}, due at the due time of that day. */
  @ModelApi
  public Date addCalendarDays(Object from, int days) {
    String jurisdiction = calendarProperties.getJurisdiction();
    return atDueTime(toLocalDate(from, jurisdiction).plusDays(days), jurisdiction);
  }

  /** When an overdue task governed by {@code slaName} is escalated: its due date plus the grace period. */
  @ModelApi
  public Date escalation(VariableScope scope, String slaName) {
    String jurisdiction = jurisdiction(scope);
    Sla sla = sla(slaName, jurisdiction);
    Date due = due(scope, slaName);
    int graceAmount = sla.getGraceAmount() != null ? sla.getGraceAmount() : slaProperties.getSlaGrace().getAmount();
    DeadlineUnit graceUnit = sla.getGraceUnit() != null ? sla.getGraceUnit()
        : sla.getGraceAmount() != null ? sla.getUnit() : slaProperties.getSlaGrace().getUnit();
    if (graceUnit == DeadlineUnit.HOURS) {
      return new Date(due.getTime() + graceAmount * 3_600_000L);
    }
    if (graceAmount == 0) {
      return due;
    }
    return atDueTime(calendar.add(toLocalDate(due, jurisdiction), graceAmount, graceUnit, jurisdiction), jurisdiction);
  }

  /** The day a deadline falls on, counted from an explicit date, for records kept outside a process. */
  public LocalDate dueDay(LocalDate start, String slaName, String jurisdiction) {
    Sla sla = sla(slaName, jurisdiction);
    if (sla.getUnit() == DeadlineUnit.HOURS) {
      throw new IllegalArgumentException("Deadline '" + slaName + "' counts hours, not days");
    }
    return calendar.add(start, sla.getAmount(), sla.getUnit(), jurisdiction);
  }

  public Sla sla(String slaName, String jurisdiction) {
    String specific = slaName + "-" + calendar.normalize(jurisdiction).toLowerCase(Locale.ROOT);
    Sla sla = slaProperties.getSla().getOrDefault(specific, slaProperties.getSla().get(slaName));
    if (sla == null) {
      throw new IllegalArgumentException("Unknown deadline '" + slaName + "': add practiceflow.sla." + slaName
          + " (amount, unit, rule) to the configuration");
    }
    return sla;
  }

  public boolean exists(String slaName) {
    return slaProperties.getSla().containsKey(slaName);
  }

  /** Today in the practice's own time zone. */
  public LocalDate today() {
    return toLocalDate(ClockUtil.getCurrentTime(), calendarProperties.getJurisdiction());
  }

  private LocalDate startDate(VariableScope scope, Sla sla, String jurisdiction) {
    Object from = sla.getFrom() == null ? null : scope.getVariable(sla.getFrom());
    return from == null || from.toString().isBlank() ? toLocalDate(ClockUtil.getCurrentTime(), jurisdiction)
        : toLocalDate(from, jurisdiction);
  }

  /** A {@code Date} read on the jurisdiction's clock, or a {@code yyyy-MM-dd} string as Camunda Forms send it. */
  private LocalDate toLocalDate(Object value, String jurisdiction) {
    if (value instanceof Date date) {
      return Instant.ofEpochMilli(date.getTime()).atZone(calendarProperties.zoneOf(jurisdiction)).toLocalDate();
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    String text = String.valueOf(value);
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  private Date startInstant(VariableScope scope, Sla sla) {
    Object from = sla.getFrom() == null ? null : scope.getVariable(sla.getFrom());
    return from instanceof Date date ? date : ClockUtil.getCurrentTime();
  }

  private String jurisdiction(VariableScope scope) {
    Object value = scope == null ? null : scope.getVariable(JURISDICTION_VARIABLE);
    return value == null ? calendarProperties.getJurisdiction() : value.toString();
  }

  private Date atDueTime(LocalDate day, String jurisdiction) {
    ZonedDateTime due = day.atTime(calendarProperties.getDueTime()).atZone(calendarProperties.zoneOf(jurisdiction));
    return Date.from(due.toInstant());
  }
}

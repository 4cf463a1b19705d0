package com.practiceflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.practiceflow.calendar.SlaProperties.Sla;

class DeadlinesTest {

  private final CalendarProperties calendarProperties = new CalendarProperties();
  private final SlaProperties slas = new SlaProperties();
  private final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(calendarProperties), calendarProperties, slas);

  @BeforeEach
  void rules() {
    slas.getSla().put("ack", new Sla(3, DeadlineUnit.BUSINESS_DAYS, "receivedOn", "test"));
    slas.getSla().put("i9", new Sla(3, DeadlineUnit.BUSINESS_DAYS, "startDate", "8 CFR 274a.2"));
    slas.getSla().get("i9").setGraceAmount(0);
    slas.getSla().put("before-day-1", new Sla(-1, DeadlineUnit.BUSINESS_DAYS, "startDate", "policy"));
    slas.getSla().put("same-day", new Sla(4, DeadlineUnit.HOURS, null, "policy"));
    slas.getSla().get("same-day").setGraceAmount(2);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T14:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private static VariableScope scope(String name, Object value, String jurisdiction) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(name)).thenReturn(value);
    when(scope.getVariable(Deadlines.JURISDICTION_VARIABLE)).thenReturn(jurisdiction);
    return scope;
  }

  @Test
  void ukDeadlineFallsDueAtFivePmLondonTimeOnTheUkCalendar() {
    // received Thursday 24 Dec 2026 in England: 25 and 28 Dec are bank holidays
    Date due = deadlines.due(scope("receivedOn", "2026-12-24", "UK"), "ack");
    assertThat(due).isEqualTo(Date.from(Instant.parse("2026-12-31T17:00:00Z")));
  }

  @Test
  void usDeadlineFallsDueAtFivePmNewYorkTime() {
    Date due = deadlines.due(scope("receivedOn", "2026-12-24", "US"), "ack");
    // 25 Dec is the only closure in the US: 28, 29, 30 Dec
    assertThat(due).isEqualTo(Date.from(Instant.parse("2026-12-30T22:00:00Z")));
  }

  @Test
  void i9SectionTwoFromAFridayStartEscalatesOnTheDueDay() {
    VariableScope startedFriday = scope("startDate", "2026-11-20", null);
    // Friday 20 Nov: Mon 23, Tue 24, Wed 25
    assertThat(deadlines.due(startedFriday, "i9")).isEqualTo(Date.from(Instant.parse("2026-11-25T22:00:00Z")));
    assertThat(deadlines.escalation(startedFriday, "i9")).isEqualTo(deadlines.due(startedFriday, "i9"));
  }

  @Test
  void i9SectionTwoFromAStartBeforeThanksgiving() {
    // Wednesday 25 Nov: Thanksgiving skipped, Fri 27, Mon 30, Tue 1 Dec
    assertThat(deadlines.due(scope("startDate", "2026-11-25", null), "i9"))
        .isEqualTo(Date.from(Instant.parse("2026-12-01T22:00:00Z")));
  }

  @Test
  void aDeadlineBeforeTheStartDateSkipsBackOverAHoliday() {
    // one business day before Monday 4 Jan 2027 is Thursday 31 Dec 2026 (1 Jan is a holiday)
    assertThat(deadlines.due(scope("startDate", "2027-01-04", null), "before-day-1"))
        .isEqualTo(Date.from(Instant.parse("2026-12-31T22:00:00Z")));
  }

  @Test
  void hourDeadlinesCountFromNowAndEscalateWithinHours() {
    VariableScope none = scope("x", null, null);
    assertThat(deadlines.due(none, "same-day")).isEqualTo(Date.from(Instant.parse("2026-11-23T18:00:00Z")));
    assertThat(deadlines.escalation(none, "same-day")).isEqualTo(Date.from(Instant.parse("2026-11-23T20:00:00Z")));
  }

  @Test
  void expressionHelpersAddDaysToADateOrAFormDate() {
    assertThat(deadlines.addBusinessDays("2026-11-25", 3)).isEqualTo(Date.from(Instant.parse("2026-12-01T22:00:00Z")));
    assertThat(deadlines.addCalendarDays(LocalDate.of(2026, 11, 23), 60))
        .isEqualTo(Date.from(Instant.parse("2027-01-22T22:00:00Z")));
  }

  @Test
  void unknownDeadlineNamesTheSettingToAdd() {
    assertThatThrownBy(() -> deadlines.due(scope("x", null, null), "nope"))
        .hasMessageContaining("practiceflow.sla.nope");
  }
}

package com.practiceflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private final CalendarProperties properties = new CalendarProperties();
  private final WorkingDayCalendar calendar = new WorkingDayCalendar(properties);

  @Test
  void businessDaysSkipTheWeekend() {
    // Friday 20 Nov 2026 + 3 business days = Wednesday 25 Nov
    assertThat(calendar.add(LocalDate.of(2026, 11, 20), 3, DeadlineUnit.BUSINESS_DAYS, "US")).isEqualTo("2026-11-25");
  }

  @Test
  void businessDaysSkipUsFederalHolidays() {
    // Wednesday 25 Nov + 3: Thanksgiving (26th) is skipped -> Fri 27, Mon 30, Tue 1 Dec
    assertThat(calendar.add(LocalDate.of(2026, 11, 25), 3, DeadlineUnit.BUSINESS_DAYS, "US")).isEqualTo("2026-12-01");
    // I-9 example: start Thursday 2 Jul 2026; Friday 3 Jul is Independence Day observed
    assertThat(calendar.add(LocalDate.of(2026, 7, 2), 3, DeadlineUnit.BUSINESS_DAYS, "US")).isEqualTo("2026-07-08");
  }

  @Test
  void ukWorkingDaysSkipEnglandAndWalesBankHolidaysButNotUsOnes() {
    // Thursday 24 Dec 2026 + 3 UK working days: Christmas (Fri 25) and Boxing Day substitute (Mon 28) are closed
    assertThat(calendar.add(LocalDate.of(2026, 12, 24), 3, DeadlineUnit.BUSINESS_DAYS, "UK")).isEqualTo("2026-12-31");
    // Thanksgiving is a working day in the UK
    assertThat(calendar.add(LocalDate.of(2026, 11, 25), 1, DeadlineUnit.BUSINESS_DAYS, "UK")).isEqualTo("2026-11-26");
    // Easter 2027: Good Friday 26 Mar and Easter Monday 29 Mar
    assertThat(calendar.add(LocalDate.of(2027, 3, 25), 1, DeadlineUnit.BUSINESS_DAYS, "uk")).isEqualTo("2027-03-30");
  }

  @Test
  void calendarDaysCountEveryDay() {
    assertThat(calendar.add(LocalDate.of(2026, 11, 26), 60, DeadlineUnit.CALENDAR_DAYS, "US")).isEqualTo("2027-01-25");
  }

  @Test
  void configuredClosuresAndExtraHolidaysAreSkipped() {
    properties.setExtraClosures(List.of(LocalDate.of(2026, 12, 24)));
    properties.getExtraHolidays().put("US", List.of(LocalDate.of(2028, 1, 17)));
    assertThat(calendar.add(LocalDate.of(2026, 12, 23), 1, DeadlineUnit.BUSINESS_DAYS, "US")).isEqualTo("2026-12-28");
    assertThat(calendar.isBusinessDay(LocalDate.of(2028, 1, 17), "US")).isFalse();
  }

  @Test
  void unknownJurisdictionIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> calendar.add(LocalDate.of(2026, 1, 5), 1, DeadlineUnit.BUSINESS_DAYS, "FR"))
        .hasMessageContaining("FR").hasMessageContaining("US, UK");
  }

  @Test
  void defaultJurisdictionComesFromConfiguration() {
    properties.setJurisdiction("UK");
    // Monday 31 Aug 2026 is the UK summer bank holiday
    assertThat(calendar.add(LocalDate.of(2026, 8, 28), 1, DeadlineUnit.BUSINESS_DAYS, null)).isEqualTo("2026-09-01");
  }
}

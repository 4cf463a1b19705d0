package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.practiceflow.calendar.CalendarProperties;

class TasklistTimeZoneTest {

  static String scriptFor(String jurisdiction, String zone) {
    CalendarProperties calendar = new CalendarProperties();
    calendar.setJurisdiction(jurisdiction);
    calendar.setZone(java.time.ZoneId.of(zone));
    return new TasklistTimeZone(calendar).zone().getBody();
  }

  @Test
  void tasklistIsToldThePracticesZoneAndJurisdiction() {
    assertThat(scriptFor("UK", "Europe/London")).contains("export const zone = 'Europe/London';")
        .contains("export const jurisdiction = 'UK';");
    assertThat(scriptFor("US", "America/Chicago")).contains("export const zone = 'America/Chicago';")
        .contains("export const jurisdiction = 'US';");
  }
}

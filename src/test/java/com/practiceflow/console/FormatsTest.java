package com.practiceflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.practiceflow.calendar.CalendarProperties;

class FormatsTest {

  static Formats practiceIn(String jurisdiction, String zone) {
    CalendarProperties calendar = new CalendarProperties();
    calendar.setJurisdiction(jurisdiction);
    calendar.setZone(java.time.ZoneId.of(zone));
    return new Formats(calendar);
  }

  @Test
  void aUkPracticeReadsLicenceAsANounAndKeepsLicensedAsItIs() {
    Formats uk = practiceIn("UK", "Europe/London");
    assertThat(uk.spelling("Licenses expiring within 30 days")).isEqualTo("Licences expiring within 30 days");
    assertThat(uk.spelling("Next license expiry")).isEqualTo("Next licence expiry");
    assertThat(uk.spelling("Licensed role")).isEqualTo("Licensed role");
    assertThat(practiceIn("US", "America/New_York").spelling("Licenses expired")).isEqualTo("Licenses expired");
  }

  @Test
  void timesAreShownInThePracticesZoneAndFormat() {
    Instant fivePmUtc = Instant.parse("2026-12-03T17:00:00Z");
    assertThat(practiceIn("US", "America/New_York").dateTime(fivePmUtc)).isEqualTo("12/03/2026 12:00 PM");
    assertThat(practiceIn("UK", "Europe/London").dateTime(fivePmUtc)).isEqualTo("03/12/2026 17:00");
  }
}

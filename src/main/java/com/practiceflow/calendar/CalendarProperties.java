package com.practiceflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code practiceflow.calendar.*}: the practice's jurisdiction, its time zone (and one per jurisdiction), the time of
 * day a deadline falls due, extra closure days, and extra holiday lists per jurisdiction (for years not shipped).
 */
@ConfigurationProperties("practiceflow.calendar")
public class CalendarProperties {

  private String jurisdiction = "US";
  private ZoneId zone = ZoneId.of("America/New_York");
  private Map<String, ZoneId> zones = new LinkedHashMap<>(Map.of("US", ZoneId.of("America/New_York"),
      "UK", ZoneId.of("Europe/London")));
  private LocalTime dueTime = LocalTime.of(17, 0);
  private List<LocalDate> extraClosures = new ArrayList<>();
  private Map<String, List<LocalDate>> extraHolidays = new LinkedHashMap<>();

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /** Each jurisdiction's own clock, so a UK deadline falls due at 17:00 London time; {@link #getZone()} otherwise. */
  public Map<String, ZoneId> getZones() {
    return zones;
  }

  public void setZones(Map<String, ZoneId> zones) {
    this.zones = zones;
  }

  public ZoneId zoneOf(String jurisdiction) {
    return jurisdiction == null ? zone : zones.getOrDefault(jurisdiction.toUpperCase(java.util.Locale.ROOT), zone);
  }

  public LocalTime getDueTime() {
    return dueTime;
  }

  public void setDueTime(LocalTime dueTime) {
    this.dueTime = dueTime;
  }

  public List<LocalDate> getExtraClosures() {
    return extraClosures;
  }

  public void setExtraClosures(List<LocalDate> extraClosures) {
    this.extraClosures = extraClosures;
  }

  public Map<String, List<LocalDate>> getExtraHolidays() {
    return extraHolidays;
  }

  public void setExtraHolidays(Map<String, List<LocalDate>> extraHolidays) {
    this.extraHolidays = extraHolidays;
  }
}

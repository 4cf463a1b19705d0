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
 * {@code practiceflow.calendar.*}: the practice's jurisdiction, time zone, the time of day a deadline falls
 * due, extra closure days, and extra holiday lists per jurisdiction (for years not shipped).
 */
@ConfigurationProperties("practiceflow.calendar")
public class CalendarProperties {

  private String jurisdiction = "US";
  private ZoneId zone = ZoneId.of("America/New_York");
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

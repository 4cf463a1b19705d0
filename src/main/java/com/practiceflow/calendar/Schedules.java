package com.practiceflow.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import com.practiceflow.security.models.ModelApi;

/**
 * {@code practiceflow.schedules.<name>}: the cron expressions of recurring processes, for timer start events:
 * {@code ${schedules.cron('exclusion-rescreen')}}. Six fields: second minute hour day month weekday.
 */
@Component("schedules")
@ModelApi
@ConfigurationProperties("practiceflow")
public class Schedules {

  private Map<String, String> schedules = new LinkedHashMap<>();

  @ModelApi
  public String cron(String name) {
    String cron = schedules.get(name);
    if (cron == null) {
      throw new IllegalArgumentException("Unknown schedule '" + name + "': add practiceflow.schedules." + name);
    }
    return cron;
  }

  public Map<String, String> getSchedules() {
    return schedules;
  }

  public void setSchedules(Map<String, String> schedules) {
    this.schedules = schedules;
  }
}

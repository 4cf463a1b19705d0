package com.practiceflow.calendar;

/** How a deadline counts days: every day, or only days the practice is open. */
public enum DayUnit {
  CALENDAR_DAYS,
  BUSINESS_DAYS
}

package com.practiceflow.calendar;

/** How a deadline counts: every day, only days the practice is open, or hours on the clock (same-day rules). */
public enum DeadlineUnit {
  CALENDAR_DAYS,
  BUSINESS_DAYS,
  HOURS
}

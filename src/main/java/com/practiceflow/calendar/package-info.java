/**
 * Working-day calendar and named deadlines (SLAs): adds calendar or business days to a date, skipping weekends,
 * the jurisdiction's public holidays and the practice's own closure days. Used by BPMN expressions as {@code deadlines}.
 */
package com.practiceflow.calendar;

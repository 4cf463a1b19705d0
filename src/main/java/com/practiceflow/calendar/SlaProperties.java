package com.practiceflow.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code practiceflow.sla.<name>}: every named deadline a user task can have, with the rule it comes from.
 * A jurisdiction-specific variant is named {@code <name>-<jurisdiction>}, e.g. {@code complaint-acknowledgement-uk}.
 * {@code practiceflow.sla-grace} is how long after a deadline an overdue task is escalated, unless the deadline sets
 * its own {@code grace-amount} and {@code grace-unit}.
 */
@ConfigurationProperties("practiceflow")
public class SlaProperties {

  private Map<String, Sla> sla = new LinkedHashMap<>();
  private Sla slaGrace = new Sla(1, DeadlineUnit.BUSINESS_DAYS, null, "Practice policy: one business day's grace");

  public Map<String, Sla> getSla() {
    return sla;
  }

  public void setSla(Map<String, Sla> sla) {
    this.sla = sla;
  }

  public Sla getSlaGrace() {
    return slaGrace;
  }

  public void setSlaGrace(Sla slaGrace) {
    this.slaGrace = slaGrace;
  }

  /**
   * One deadline: {@code amount} {@code unit}s counted from the date in process variable {@code from}
   * (when the task starts if empty); {@code rule} names the regulation or policy behind it.
   */
  public static class Sla {

    private int amount;
    private DeadlineUnit unit = DeadlineUnit.BUSINESS_DAYS;
    private String from;
    private String rule;
    private Integer graceAmount;
    private DeadlineUnit graceUnit;
    private String amountFrom;

    public Sla() {
    }

    public Sla(int amount, DeadlineUnit unit, String from, String rule) {
      this.amount = amount;
      this.unit = unit;
      this.from = from;
      this.rule = rule;
    }

    public int getAmount() {
      return amount;
    }

    public void setAmount(int amount) {
      this.amount = amount;
    }

    public DeadlineUnit getUnit() {
      return unit;
    }

    public void setUnit(DeadlineUnit unit) {
      this.unit = unit;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getRule() {
      return rule;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }

    /** A process variable holding the amount instead of {@code amount}: a payer's appeal window from its rules table. */
    public String getAmountFrom() {
      return amountFrom;
    }

    public void setAmountFrom(String amountFrom) {
      this.amountFrom = amountFrom;
    }

    /** This deadline's own grace before escalation (e.g. 0 for I-9, which escalates on the due day). */
    public Integer getGraceAmount() {
      return graceAmount;
    }

    public void setGraceAmount(Integer graceAmount) {
      this.graceAmount = graceAmount;
    }

    public DeadlineUnit getGraceUnit() {
      return graceUnit;
    }

    public void setGraceUnit(DeadlineUnit graceUnit) {
      this.graceUnit = graceUnit;
    }
  }
}

package com.practiceflow.escalation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code practiceflow.escalation.*}: whom an overdue task escalates to, and the priority it gets. */
@ConfigurationProperties("practiceflow.escalation")
public class EscalationProperties {

  private String managerGroup = "practice-managers";
  private int minimumPriority = 75;

  public String getManagerGroup() {
    return managerGroup;
  }

  public void setManagerGroup(String managerGroup) {
    this.managerGroup = managerGroup;
  }

  public int getMinimumPriority() {
    return minimumPriority;
  }

  public void setMinimumPriority(int minimumPriority) {
    this.minimumPriority = minimumPriority;
  }
}

package com.practiceflow.escalation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The record, on the case, that one overdue task was escalated. */
@Entity
public class Escalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String reference;
  private String processInstanceId;
  private String taskId;
  private String taskDefinitionKey;
  private String taskName;
  private Instant dueDate;
  private Instant escalatedAt;
  private String escalatedTo;
  /** Null on records written before it was kept here (the task then carries {@code escalationBroughtIn}). */
  private Boolean broughtIn;

  protected Escalation() {
  }

  Escalation(String reference, String processInstanceId, String taskId, String taskDefinitionKey, String taskName,
      Instant dueDate, Instant escalatedAt, String escalatedTo, boolean broughtIn) {
    this.reference = reference;
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.taskDefinitionKey = taskDefinitionKey;
    this.taskName = taskName;
    this.dueDate = dueDate;
    this.escalatedAt = escalatedAt;
    this.escalatedTo = escalatedTo;
    this.broughtIn = broughtIn;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public String getTaskName() {
    return taskName;
  }

  public Instant getDueDate() {
    return dueDate;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getEscalatedTo() {
    return escalatedTo;
  }

  public Boolean getBroughtIn() {
    return broughtIn;
  }
}

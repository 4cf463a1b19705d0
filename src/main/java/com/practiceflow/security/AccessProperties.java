package com.practiceflow.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code practiceflow.access.processes.<processKey>}: which groups may start a process and which take part in it
 * (see its diagram and work its tasks). Practice managers may do everything and need no entry.
 */
@ConfigurationProperties("practiceflow.access")
public class AccessProperties {

  private Map<String, ProcessAccess> processes = new LinkedHashMap<>();
  /** Decision tables a group's own requests evaluate directly (an upload reading the payer rules, for example). */
  private Map<String, List<String>> decisions = new LinkedHashMap<>();

  public Map<String, List<String>> getDecisions() {
    return decisions;
  }

  public void setDecisions(Map<String, List<String>> decisions) {
    this.decisions = decisions;
  }

  public Map<String, ProcessAccess> getProcesses() {
    return processes;
  }

  public void setProcesses(Map<String, ProcessAccess> processes) {
    this.processes = processes;
  }

  /**
   * The groups that start a process, the groups that work on it (they see its tasks), and the groups that own it
   * (they read every case of it, its variables and history).
   */
  public static class ProcessAccess {

    private List<String> starters = new ArrayList<>();
    private List<String> participants = new ArrayList<>();
    private List<String> readers = new ArrayList<>();

    public List<String> getReaders() {
      return readers;
    }

    public void setReaders(List<String> readers) {
      this.readers = readers;
    }

    public List<String> getStarters() {
      return starters;
    }

    public void setStarters(List<String> starters) {
      this.starters = starters;
    }

    public List<String> getParticipants() {
      return participants;
    }

    public void setParticipants(List<String> participants) {
      this.participants = participants;
    }
  }
}

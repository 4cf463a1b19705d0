package com.practiceflow.console;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** A process's name as its model gives it ("Claim dispute"), for labels; the key where it has none. */
@Component
public class ProcessNames {

  private final RepositoryService repository;
  private final Map<String, String> names = new ConcurrentHashMap<>();

  ProcessNames(RepositoryService repository) {
    this.repository = repository;
  }

  /** Every deployed process by key, with its name, in name order: for a choice of process. */
  public Map<String, String> all() {
    Map<String, String> all = new java.util.TreeMap<>();
    repository.createProcessDefinitionQuery().latestVersion().withoutTenantId().list()
        .forEach(d -> all.put(d.getKey(), d.getName() == null ? d.getKey() : d.getName()));
    return all.entrySet().stream().sorted(Map.Entry.comparingByValue()).collect(java.util.stream.Collectors.toMap(
        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  public String of(String key) {
    return names.computeIfAbsent(key, k -> {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(k).latestVersion()
          .withoutTenantId().singleResult();
      return latest == null || latest.getName() == null ? k : latest.getName();
    });
  }
}

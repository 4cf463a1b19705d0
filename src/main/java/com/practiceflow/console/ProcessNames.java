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

  public String of(String key) {
    return names.computeIfAbsent(key, k -> {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(k).latestVersion()
          .withoutTenantId().singleResult();
      return latest == null || latest.getName() == null ? k : latest.getName();
    });
  }
}

package com.practiceflow.security.inputs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link Gate} in front of the engine's task, form and runtime services. {@code practiceflow.inputs.<task
 * or process key>} names any variable an integration may send beyond the form's fields (none by default);
 * {@code practiceflow.case-facts} the variables no one sets directly, since the process keeps them from the record.
 */
@Component
@ConfigurationProperties("practiceflow")
public class InputGuardPlugin extends AbstractProcessEnginePlugin {

  private Map<String, List<String>> inputs = new LinkedHashMap<>();
  private List<String> caseFacts = new java.util.ArrayList<>();
  private Gate gate;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<String, Set<String>> documented = new LinkedHashMap<>();
    inputs.forEach((key, names) -> documented.put(key, Set.copyOf(names)));
    gate = new Gate(documented, Set.copyOf(caseFacts));
    configuration.setTaskService(new GuardedTaskService(gate));
    configuration.setFormService(new GuardedFormService(gate));
    configuration.setRuntimeService(new GuardedRuntimeService(gate));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    gate.bind(configuration.getIdentityService());
  }

  public List<String> getCaseFacts() {
    return caseFacts;
  }

  public void setCaseFacts(List<String> caseFacts) {
    this.caseFacts = caseFacts;
  }

  public Map<String, List<String>> getInputs() {
    return inputs;
  }

  public void setInputs(Map<String, List<String>> inputs) {
    this.inputs = inputs;
  }
}

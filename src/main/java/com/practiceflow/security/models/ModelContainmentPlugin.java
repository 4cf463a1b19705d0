package com.practiceflow.security.models;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/** Holds every model the engine runs to the rules the deployment guard checks: expressions, scripts, classes. */
@Component
class ModelContainmentPlugin extends AbstractProcessEnginePlugin {

  private final BeanFactory beanFactory;
  private final ModelBeans modelBeans;

  ModelContainmentPlugin(BeanFactory beanFactory, ModelBeans modelBeans) {
    this.beanFactory = beanFactory;
    this.modelBeans = modelBeans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new ContainedExpressionManager(beanFactory, modelBeans));
    configuration.setScriptEngineResolver(new NoScripts());
    configuration.setEnableFetchScriptEngineFromProcessApplication(false);
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new NoJavaClasses());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}

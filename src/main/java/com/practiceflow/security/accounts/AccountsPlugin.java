package com.practiceflow.security.accounts;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gives the engine {@link PracticeIdentityProvider} for its users, groups and password checks. */
@Component
class AccountsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<LoginThrottle> throttle;

  AccountsPlugin(ObjectProvider<LoginThrottle> throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return PracticeIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new PracticeIdentityProvider(throttle.getObject());
      }
    });
  }
}

package com.practiceflow.console;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page knows its viewer ({@code me}), for the navigation and for what it shows. */
@ControllerAdvice(basePackages = "com.practiceflow.console")
class ConsoleModel {

  private final IdentityService identityService;

  ConsoleModel(IdentityService identityService) {
    this.identityService = identityService;
  }

  @ModelAttribute("me")
  Viewer me() {
    return Viewer.of(identityService);
  }
}

package com.practiceflow.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into the authenticated app, the only way an email points at case details. */
@Component
public class AppLinks {

  private final String baseUrl;

  AppLinks(@Value("${practiceflow.base-url:http://localhost:8080}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String task(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/task=" + taskId;
  }

  public String tasklist() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }
}

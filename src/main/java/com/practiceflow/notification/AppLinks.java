package com.practiceflow.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links into the authenticated app, the only way an email points at case details. {@code practiceflow.base-url}
 * where it is set (behind a proxy or a load balancer it must be); otherwise this server's own name and the port it
 * really listens on, so a server started on 9090 does not send links to 8080.
 */
@Component
public class AppLinks {

  private final String configured;
  private volatile String baseUrl;

  AppLinks(@Value("${practiceflow.base-url:}") String configured) {
    this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    this.baseUrl = this.configured.isBlank() ? "http://" + hostName() + ":8080" : this.configured;
  }

  @EventListener
  void listening(WebServerInitializedEvent started) {
    if (configured.isBlank()) {
      baseUrl = "http://" + hostName() + ":" + started.getWebServer().getPort();
    }
  }

  public String task(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/task=" + taskId;
  }

  public String tasklist() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }

  public String caseLink(String reference) {
    return baseUrl + "/cases/" + reference;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unknown) {
      return "localhost";
    }
  }
}

package com.practiceflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the {@code production} profile, refuses to start (before the engine creates any user) when a secret is
 * missing, a password is a demo one, or demo data or the mail catcher would be switched on. Each reason names the
 * environment variable to set.
 */
@Component
@Profile("production")
class ProductionReadiness extends AbstractProcessEnginePlugin {

  static final Set<String> DEMO_PASSWORDS = Set.of("admin", "manager", "hr", "frontdesk", "compliance", "billing",
      "clinician", "it", "demo", "password", "changeme", "camunda", "practiceflow");
  static final int MIN_PASSWORD_LENGTH = 12;

  ProductionReadiness(Environment env) {
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("PracticeFlow will not start in production: " + String.join("; ", problems));
    }
  }

  static List<String> problems(Environment env) {
    List<String> problems = new ArrayList<>();
    String adminUser = env.getProperty("camunda.bpm.admin-user.id", "");
    String adminPassword = env.getProperty("camunda.bpm.admin-user.password", "");
    if (adminPassword.isBlank()) {
      problems.add("set PRACTICEFLOW_ADMIN_PASSWORD (the administrator's password)");
    } else if (adminPassword.length() < MIN_PASSWORD_LENGTH || adminPassword.equals(adminUser)
        || DEMO_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT))) {
      problems.add("PRACTICEFLOW_ADMIN_PASSWORD is a demo or weak password (use " + MIN_PASSWORD_LENGTH
          + " characters or more, not the user name)");
    }
    if (env.getProperty("spring.mail.host", "").isBlank()) {
      problems.add("set SPRING_MAIL_HOST (and SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD) for the practice's mail server");
    }
    String url = env.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:")) {
      problems.add("use PostgreSQL: activate the postgres profile and set PRACTICEFLOW_DB_URL");
    }
    if (env.getProperty("spring.datasource.password", "").isBlank()) {
      problems.add("set PRACTICEFLOW_DB_PASSWORD (the database password)");
    }
    if (env.getProperty("practiceflow.demo-data.enabled", Boolean.class, false)) {
      problems.add("demo data (users whose password is their name) cannot be on in production");
    }
    if (env.getProperty("practiceflow.mail-catcher.enabled", Boolean.class, false)) {
      problems.add("the built-in mail catcher cannot be on in production: emails would never leave the server");
    }
    return problems;
  }
}

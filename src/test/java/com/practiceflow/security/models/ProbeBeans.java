package com.practiceflow.security.models;

import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Stand-ins for the application's beans a malicious model reaches for, each counting every call: a model that got
 * hold of one of them shows in {@link #CALLS}.
 */
final class ProbeBeans {

  static final AtomicInteger CALLS = new AtomicInteger();

  private ProbeBeans() {
  }

  static GenericApplicationContext context() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.registerBean("deadlines", Deadlines.class, Deadlines::new);
    context.registerBean("schedules", Schedules.class, Schedules::new);
    context.registerBean("notifyGroup", JavaDelegate.class, () -> execution -> CALLS.incrementAndGet());
    context.registerBean("staffService", Secret.class, Secret::new);
    context.registerBean("environment", Secret.class, Secret::new);
    context.registerBean("dataSource", Secret.class, Secret::new);
    context.registerBean("identityService", Secret.class, Secret::new);
    context.registerBean("practiceFlowApplication", Secret.class, Secret::new);
    context.refresh();
    return context;
  }

  /** What {@code ${deadlines...}} offers models. */
  @ModelApi
  public static class Deadlines {
    @ModelApi
    public Date addCalendarDays(Object from, int days) {
      return new Date(((Date) from).getTime() + days * 86_400_000L);
    }
  }

  /** A helper with a method models may not call. */
  @ModelApi
  public static class Schedules {
    public void setSchedules(Object schedules) {
      CALLS.incrementAndGet();
    }
  }

  /** A bean holding what a model must never reach. */
  public static class Secret {
    public Object byReference(String reference) {
      return CALLS.incrementAndGet();
    }

    public Object getProperty(String name) {
      return CALLS.incrementAndGet();
    }

    public String[] getActiveProfiles() {
      CALLS.incrementAndGet();
      return new String[] {"a"};
    }

    public Secret createUserQuery() {
      CALLS.incrementAndGet();
      return this;
    }

    public Object list() {
      return CALLS.incrementAndGet();
    }
  }
}

package com.practiceflow.operations;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import com.practiceflow.escalation.Escalations;
import com.practiceflow.notification.Notification;
import com.practiceflow.notification.Notifications;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The practice's workload in {@code /actuator/metrics}: counts read from the shared database on each scrape, so
 * every node reports the same figures for the whole cluster (counts only, never a case detail).
 */
@Component
class WorkloadMetrics {

  // held here because Micrometer holds a meter's object weakly: a repository made on first use is a proxy nothing
  // else holds, so once collected its figure read 0 whatever had happened
  private final Escalations escalations;
  private final Notifications notifications;

  WorkloadMetrics(MeterRegistry registry, TaskService tasks, ManagementService management, Escalations escalations,
      Notifications notifications) {
    this.escalations = escalations;
    this.notifications = notifications;
    Gauge.builder("practiceflow.tasks.open", tasks, t -> t.createTaskQuery().count())
        .description("Open user tasks").register(registry);
    Gauge.builder("practiceflow.tasks.overdue", tasks, t -> t.createTaskQuery().dueBefore(new Date()).count())
        .description("Open user tasks past their due date").register(registry);
    FunctionCounter.builder("practiceflow.escalations", escalations, Escalations::count)
        .description("Tasks escalated to the practice managers").register(registry);
    Gauge.builder("practiceflow.notifications.failed", notifications,
        n -> n.countByStatus(Notification.Status.FAILED)).description("Emails whose last attempt failed")
        .register(registry);
    Gauge.builder("practiceflow.jobs.backlog", management, m -> m.createJobQuery().executable().count())
        .description("Timers and asynchronous steps due and not yet done").register(registry);
  }
}

package com.practiceflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.ProcessDriver;
import com.practiceflow.complaints.ComplaintResolutionProcess;

@PracticeFlowTest
class NotificationKeysTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  Notifications records;
  @Autowired
  MailCatcher mail;

  @BeforeEach
  void mailServerUp() {
    mail.start();
  }

  @Test
  void aStepRunByTheJobExecutorIsKeyedByItsJobAsWhenRunByHand() {
    Job byExecutor = notifyJob("Broken ramp");
    Job byHand = notifyJob("Rude receptionist");

    // what the job executor's threads hold while they run a job: the job itself
    Context.setJobExecutorContext(new JobExecutorContext());
    try {
      engine.getManagementService().executeJob(byExecutor.getId());
    } finally {
      Context.removeJobExecutorContext();
    }
    engine.getManagementService().executeJob(byHand.getId());

    assertThat(keysOf(byExecutor)).containsExactly(byExecutor.getProcessInstanceId() + "/job/" + byExecutor.getId()
        + "|billing@practice.example");
    assertThat(keysOf(byHand)).containsExactly(byHand.getProcessInstanceId() + "/job/" + byHand.getId()
        + "|billing@practice.example");
  }

  private Job notifyJob(String description) {
    String instanceId = engine.getRuntimeService().startProcessInstanceByKey(ComplaintResolutionProcess.KEY,
        Variables.createVariables().putValue("channel", "phone").putValue("category", "billing")
            .putValue("description", description).putValue("receivedOn", LocalDate.now().toString())).getId();
    return new ProcessDriver(engine, instanceId).asyncJob(ComplaintResolutionProcess.TASK_NOTIFY_OWNER_GROUP);
  }

  private List<String> keysOf(Job job) {
    String reference = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(job.getProcessInstanceId()).variableName("caseReference").singleResult().getValue();
    return records.findByReferenceOrderById(reference).stream().map(Notification::getIdempotencyKey).toList();
  }
}

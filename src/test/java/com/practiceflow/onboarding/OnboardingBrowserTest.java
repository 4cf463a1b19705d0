package com.practiceflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.practiceflow.BrowserRun;
import com.practiceflow.PracticeFlowTest;
import com.practiceflow.staff.NewStaffMember;
import com.practiceflow.staff.RoleProfile;
import com.practiceflow.staff.StaffMember;
import com.practiceflow.staff.StaffService;

/** HR completes a new person's I-9 Section 1 form in the real Tasklist (src/test/node/tasklist-onboarding.mjs). */
@PracticeFlowTest
class OnboardingBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  StaffService staff;
  @Autowired
  StaffProcesses processes;
  @Autowired
  HistoryService historyService;

  @Test
  void hrCompletesAnOnboardingFormInTasklist() throws Exception {
    StaffMember member = staff.registerCandidate(null, new NewStaffMember("Nia", "Browning", null, "nia@mail.example",
        null), new RoleProfile("front-desk", "front-desk", false, false, false), LocalDate.now());
    staff.hired(member.getId(), LocalDate.of(2026, 12, 7));
    processes.startOnboarding(staff.member(member.getId()), LocalDate.of(2026, 12, 7));

    BrowserRun.run("tasklist-onboarding.mjs", "http://localhost:" + port, member.getReference());

    assertThat(staff.file(member.getId(), true).i9().getSection1On()).isEqualTo("2026-12-07");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(member.getReference())
        .taskDefinitionKey(StaffOnboardingProcess.TASK_I9_SECTION1).finished().taskAssignee("hr").count()).isEqualTo(1);
  }
}

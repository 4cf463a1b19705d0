package com.practiceflow.console;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.practiceflow.calendar.Deadlines;
import com.practiceflow.console.WorkFigures.OpenWork;

/**
 * The practice at a glance ({@code /}): open, overdue and escalated work by process and age; deadlines kept over 30
 * and 90 days; complaints per month; money in disputes; credentials coming due; attestation per policy. A manager
 * sees all of it; anyone else the work routed to them and the sections their role may read.
 */
@Controller
class DashboardController {

  private final WorkFigures work;
  private final RecordFigures records;
  private final ProcessNames processNames;
  private final AttestationFigures attestations;
  private final Deadlines deadlines;

  DashboardController(WorkFigures work, RecordFigures records, ProcessNames processNames,
      AttestationFigures attestations, Deadlines deadlines) {
    this.work = work;
    this.records = records;
    this.processNames = processNames;
    this.attestations = attestations;
    this.deadlines = deadlines;
  }

  @GetMapping("/")
  String dashboard(@ModelAttribute("me") Viewer me, Model model) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<OpenWork> open = work.open(me, now);
    Map<String, int[]> byProcess = new LinkedHashMap<>();
    for (OpenWork step : open) {
      int[] totals = byProcess.computeIfAbsent(step.processKey(), k -> new int[6]);
      int[] add = {step.open(), step.overdue(), step.escalated(), step.underWeek(), step.weekToMonth(),
          step.overMonth()};
      for (int i = 0; i < add.length; i++) {
        totals[i] += add[i];
      }
    }
    model.addAttribute("byProcess", byProcess);
    model.addAttribute("processNames", processNames);
    model.addAttribute("totals", open.stream().mapToInt(OpenWork::open).sum());
    model.addAttribute("overdue", open.stream().mapToInt(OpenWork::overdue).sum());
    model.addAttribute("escalated", open.stream().mapToInt(OpenWork::escalated).sum());
    model.addAttribute("kept", work.kept(me, now));
    if (me.isSeesComplaints()) {
      model.addAttribute("complaintMonths", records.complaintsByMonth(me, deadlines.today()));
      model.addAttribute("complaintOutcomes", records.complaintOutcomes(me));
    }
    if (me.isSeesDisputes()) {
      model.addAttribute("disputesByPayer", records.disputesBy("payer_name"));
      model.addAttribute("disputesByReason", records.disputesBy("carc"));
      model.addAttribute("disputeDeadlines", records.disputeDeadlinesAhead(deadlines.today()));
    }
    if (me.isSeesStaff()) {
      model.addAttribute("credentials", records.credentials(deadlines.today()));
      model.addAttribute("staffStepLabels", StaffSteps.COMPLIANCE);
      model.addAttribute("staffSteps", open.stream().filter(s -> StaffSteps.COMPLIANCE.containsKey(s.taskKey()))
          .toList());
    }
    if (me.isManager() || me.in(com.practiceflow.security.PracticeGroups.COMPLIANCE)) {
      model.addAttribute("attestations", attestations.published());
    }
    return "dashboard";
  }
}

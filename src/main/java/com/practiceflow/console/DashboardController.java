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
 * sees all of it; anyone else the work routed to them and the sections their role may read. The figures are
 * counted once per scope until work changes ({@link FigureCache}).
 */
@Controller
class DashboardController {

  private final WorkFigures work;
  private final RecordFigures records;
  private final ProcessNames processNames;
  private final AttestationFigures attestations;
  private final Deadlines deadlines;
  private final FigureCache cache;

  DashboardController(WorkFigures work, RecordFigures records, ProcessNames processNames,
      AttestationFigures attestations, Deadlines deadlines, FigureCache cache) {
    this.cache = cache;
    this.work = work;
    this.records = records;
    this.processNames = processNames;
    this.attestations = attestations;
    this.deadlines = deadlines;
  }

  @GetMapping("/")
  String dashboard(@ModelAttribute("me") Viewer me, Model model) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    FigureCache.Figures figures = cache.get(scope(me), now, () -> count(me, now));
    model.addAllAttributes(figures.values());
    model.addAttribute("countedAt", java.util.Date.from(figures.countedAt()));
    model.addAttribute("processNames", processNames);
    return "dashboard";
  }

  /** A manager's figures are the whole practice's; anyone else's follow their groups and their own tasks. */
  private static String scope(Viewer me) {
    return me.isManager() ? "practice" : me.id() + "|" + String.join(",", new java.util.TreeSet<>(me.groups()));
  }

  private Map<String, Object> count(Viewer me, Instant now) {
    Map<String, Object> model = new LinkedHashMap<>();
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
    model.put("byProcess", byProcess);
    model.put("totals", open.stream().mapToInt(OpenWork::open).sum());
    model.put("overdue", open.stream().mapToInt(OpenWork::overdue).sum());
    model.put("escalated", open.stream().mapToInt(OpenWork::escalated).sum());
    model.put("kept", work.kept(me, now));
    if (me.isSeesComplaints()) {
      model.put("complaintMonths", records.complaintsByMonth(me, deadlines.today()));
      model.put("complaintOutcomes", records.complaintOutcomes(me));
    }
    if (me.isSeesDisputes()) {
      model.put("disputesByPayer", records.disputesBy("payer_name"));
      model.put("disputesByReason", records.disputesBy("carc"));
      model.put("disputeDeadlines", records.disputeDeadlinesAhead(deadlines.today()));
    }
    if (me.isSeesStaff()) {
      model.put("credentials", records.credentials(deadlines.today()));
      model.put("staffStepLabels", StaffSteps.COMPLIANCE);
      model.put("staffSteps", open.stream().filter(s -> StaffSteps.COMPLIANCE.containsKey(s.taskKey())).toList());
    }
    if (me.isManager() || me.in(com.practiceflow.security.PracticeGroups.COMPLIANCE)) {
      model.put("attestations", attestations.published());
    }
    return model;
  }
}

package com.practiceflow.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.calendar.CalendarProperties;
import com.practiceflow.records.CaseReferences;
import com.practiceflow.records.RecordsByReference;
import com.practiceflow.security.inputs.InputRefusedException;

/** Keeps the complaint record: every change of status and date goes through here. */
@Service
@Transactional
public class ComplaintService {

  /** The breach assessment of complaint CMP-2026-0001 runs under business key CMP-2026-0001-BR. */
  public static final String BREACH_SUFFIX = "-BR";

  private final Complaints complaints;
  private final CaseReferences references;
  private final RecordsByReference lookup;
  private final int retentionYears;
  private final int receivedWithinDays;
  private final CalendarProperties calendar;

  ComplaintService(Complaints complaints, CaseReferences references, RecordsByReference lookup,
      @Value("${practiceflow.complaints.retention-years:6}") int retentionYears,
      @Value("${practiceflow.complaints.received-within-days:90}") int receivedWithinDays,
      CalendarProperties calendar) {
    this.calendar = calendar;
    this.complaints = complaints;
    this.references = references;
    this.lookup = lookup;
    this.retentionYears = retentionYears;
    this.receivedWithinDays = receivedWithinDays;
  }

  /**
   * A complaint entered a few weeks after its letter arrived is real; one "received" years ago is a typing error,
   * which would start its deadlines already missed and mail their reminders at once.
   */
  public Complaint receive(ComplaintIntake intake) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.getZone());
    // "still to come" wherever the clerk is: a UK complaint, or a clerk ahead of the server's zone, may rightly say
    // a date that is tomorrow in the practice's zone; no date after the world's latest today (UTC+14) can be
    LocalDate latestToday = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(14));
    if (intake.receivedOn().isAfter(latestToday)) {
      throw new InputRefusedException("receivedOn", ComplaintIntake.label("receivedOn") + " is " + intake.receivedOn()
          + ", a day still to come; enter the day the practice received the complaint");
    }
    if (intake.receivedOn().isBefore(today.minusDays(receivedWithinDays))) {
      throw new InputRefusedException("receivedOn", ComplaintIntake.label("receivedOn") + " is " + intake.receivedOn()
          + ", more than " + receivedWithinDays + " days ago (the practice's limit for entering a complaint late,"
          + " practiceflow.complaints.received-within-days); check the year");
    }
    String reference = references.next(ComplaintResolutionProcess.REFERENCE_PREFIX, intake.receivedOn().getYear());
    return complaints.save(new Complaint(reference, intake, Instant.now()));
  }

  /**
   * The complaint a process instance works on, found from its business key (the reference, with -BR for its breach
   * assessment). Never from a variable: anyone completing a task could send another case's id.
   */
  public Complaint ofCase(String businessKey) {
    String reference = businessKey != null && businessKey.endsWith(BREACH_SUFFIX)
        ? businessKey.substring(0, businessKey.length() - BREACH_SUFFIX.length()) : businessKey;
    return lookup.find(Complaint.class, reference)
        .orElseThrow(() -> new IllegalStateException("No complaint for case " + businessKey));
  }

  public Complaint get(Long id) {
    return complaints.findById(id).orElseThrow(() -> new IllegalStateException("No complaint #" + id));
  }

  public void startedAs(Long id, String processInstanceId) {
    get(id).startedAs(processInstanceId);
  }

  public void triaged(Long id, String severity, String ownerGroup) {
    get(id).triaged(severity, ownerGroup);
  }

  public void acknowledged(Long id, LocalDate on, String method) {
    get(id).acknowledged(on, method);
  }

  public void interimLetterSent(Long id, LocalDate on) {
    get(id).interimLetterSent(on);
  }

  public void investigated(Long id, String findings, boolean possibleBreach) {
    get(id).investigated(findings, possibleBreach);
  }

  public void breachAssessmentStarted(Long id, LocalDate on, LocalDate notificationDue) {
    get(id).breachAssessmentStarted(on, notificationDue);
  }

  public void breachAssessed(Long id, String outcome) {
    get(id).breachAssessed(outcome);
  }

  public void responseDrafted(Long id, String contact, String steps, String results, LocalDate completionDate) {
    get(id).responseDrafted(contact, steps, results, completionDate);
  }

  public void responseApproved(Long id, String approver) {
    get(id).responseApproved(approver);
  }

  public void closed(Long id, LocalDate respondedOn, LocalDate closedOn, String outcome, String rootCause) {
    get(id).closed(respondedOn, closedOn, outcome, rootCause, retentionYears);
  }
}

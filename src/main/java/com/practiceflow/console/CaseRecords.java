package com.practiceflow.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.practiceflow.claims.Dispute;
import com.practiceflow.complaints.Complaint;
import com.practiceflow.policies.Policy;
import com.practiceflow.records.RecordsByReference;
import com.practiceflow.staff.StaffMember;

/**
 * A case's record as a list of labelled facts, for the viewer allowed to read it: the complaint for its handling
 * group and the managers, the dispute for billing and the managers, the staff file for HR, compliance and the
 * managers, a policy for everyone. Empty when there is no such record or the viewer may not read it.
 */
@Component
public class CaseRecords {

  /** What the case page shows of the record. */
  public record View(String kind, String title, String status, Map<String, String> facts) {
  }

  private final RecordsByReference records;
  private final Formats f;

  CaseRecords(RecordsByReference records, Formats formats) {
    this.records = records;
    this.f = formats;
  }

  Optional<View> of(String reference, Viewer viewer) {
    String prefix = reference.length() > 3 ? reference.substring(0, 3) : "";
    return switch (prefix) {
      case "CMP" -> records.find(Complaint.class, reference).filter(c -> viewer.isManager()
          || c.getOwnerGroup() != null && viewer.in(c.getOwnerGroup())).map(this::complaint);
      case "DSP" -> viewer.isSeesDisputes() ? records.find(Dispute.class, reference).map(this::dispute)
          : Optional.empty();
      case "STF" -> viewer.isSeesStaff() ? records.find(StaffMember.class, reference).map(this::staff)
          : Optional.empty();
      case "POL" -> records.find(Policy.class, reference).map(this::policy);
      default -> Optional.empty();
    };
  }

  private View complaint(Complaint c) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Received", f.date(c.getReceivedOn()));
    facts.put("Channel", f.label(c.getChannel()));
    facts.put("Category", f.label(c.getCategory()));
    facts.put("Severity", f.label(c.getSeverity()));
    facts.put("Handled by", f.label(c.getOwnerGroup()));
    facts.put("Patient", c.getPatientName() == null ? "" : c.getPatientName());
    facts.put("Patient reference", c.getPatientReference() == null ? "" : c.getPatientReference());
    facts.put("Complaint", c.getDescription());
    facts.put("Acknowledged", f.date(c.getAcknowledgedOn()));
    facts.put("Interim letter sent", f.date(c.getInterimLetterSentOn()));
    facts.put("Findings", c.getFindings() == null ? "" : c.getFindings());
    facts.put("Responded", f.date(c.getRespondedOn()));
    facts.put("Closed", f.date(c.getClosedOn()));
    facts.put("Outcome", f.label(c.getOutcome()));
    facts.put("Root cause", c.getRootCause() == null ? "" : c.getRootCause());
    facts.put("Keep until", f.date(c.getRetainUntil()));
    return new View("Complaint", "Complaint " + c.getReference(), f.label(c.getStatus()), facts);
  }

  private View dispute(Dispute d) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Payer", d.getPayerName() + " (" + f.label(d.getProduct()) + ")");
    facts.put("Claim", d.getClaimRef() + (d.getPayerClaimNumber() == null ? "" : " / " + d.getPayerClaimNumber()));
    facts.put("Service date", f.date(d.getServiceDate()));
    facts.put("Procedure", d.getProcedureCode() == null ? "" : d.getProcedureCode());
    facts.put("Billed", f.money(d.getBilled()));
    facts.put("Allowed", f.money(d.getAllowed()));
    facts.put("Paid", f.money(d.getPaid()));
    facts.put("Expected", f.money(d.getExpected()));
    facts.put("At stake", f.money(d.getAmountAtStake()));
    facts.put("Reason", d.getGroupCode() + "-" + d.getCarc() + (d.getRarc() == null ? "" : " / " + d.getRarc()));
    facts.put("Bucket", f.label(d.getBucket()));
    facts.put("Next step", f.label(d.getNextStep()));
    facts.put("Owner", f.label(d.getOwnerGroup()));
    facts.put("Notice of", f.date(d.getNoticeDate()));
    facts.put("Received", f.date(d.getReceivedOn()));
    facts.put("Timely filing by", f.date(d.getTimelyFilingDeadline()));
    facts.put("Next deadline", f.date(d.getCurrentDeadline()));
    facts.put("Appeal level", d.getAppealLevel() == 0 ? "" : String.valueOf(d.getAppealLevel()));
    facts.put("Recovered", f.money(d.getAmountRecovered()));
    facts.put("Written off", f.money(d.getWriteOffAmount()));
    facts.put("Closed", f.date(d.getClosedOn()));
    facts.put("Root cause", d.getRootCause() == null ? "" : d.getRootCause());
    return new View("Claim dispute", "Dispute " + d.getReference(), f.label(d.getStatus()), facts);
  }

  private View staff(StaffMember s) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Name", s.getFirstName() + " " + s.getLastName());
    facts.put("Role", f.label(s.getRole()));
    facts.put("Group", f.label(s.getRoleGroup()));
    facts.put("Licensed role", s.isLicensed() ? "Yes" : "No");
    facts.put("Exposed to blood", s.isExposure() ? "Yes" : "No");
    facts.put("Start date", f.date(s.getStartDate()));
    facts.put("Left", f.date(s.getLeftOn()));
    facts.put("PracticeFlow login", s.getUserId() == null ? "" : s.getUserId());
    return new View("Staff member", "Staff member " + s.getReference(), f.label(s.getStatus()), facts);
  }

  private View policy(Policy p) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Title", p.getTitle());
    facts.put("Category", f.label(p.getCategory()));
    facts.put("Owner", f.label(p.getOwnerGroup()));
    facts.put("Applies to", String.join(", ", p.scope().stream().map(f::label).toList()));
    facts.put("Version staff must acknowledge", p.getAttestationVersion() == null ? ""
        : String.valueOf(p.getAttestationVersion()));
    facts.put("Next review", f.date(p.getNextReviewOn()));
    return new View("Policy", "Policy " + p.getReference(), f.label(p.getStatus()), facts);
  }
}

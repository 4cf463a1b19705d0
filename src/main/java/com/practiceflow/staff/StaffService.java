package com.practiceflow.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.records.CaseReferences;
import com.practiceflow.records.Jpql;
import com.practiceflow.records.RecordsByReference;
import com.practiceflow.staff.ScreeningSearch.Occasion;
import com.practiceflow.staff.ScreeningSearch.Result;
import com.practiceflow.staff.ScreeningSearch.Source;

/** Keeps every staff record; the processes call it, never the repositories. */
@Service
@Transactional
public class StaffService {

  public static final String REQUISITION_PREFIX = "REQ";
  public static final String STAFF_PREFIX = "STF";
  private static final String IDS_WITH_STATUS = "select s.id from StaffMember s where s.status = ?1 order by s.id";
  private static final String REQUISITION_BY_REFERENCE = "select r from Requisition r where r.reference = ?1";
  private static final String I9_OF = "select i from I9Record i where i.staffId = ?1";
  private static final String VACCINE_OFFERS_OF = "select v from VaccineOffer v where v.staffId = ?1 order by v.id";

  private final StaffMembers staff;
  private final Requisitions requisitions;
  private final ScreeningSearches searches;
  private final Credentials credentials;
  private final TrainingRecords trainings;
  private final I9Records i9s;
  private final VaccineOffers vaccines;
  private final ReviewOutcomes reviews;
  private final CaseReferences references;
  private final RecordsByReference lookup;
  private final Jpql jpql;
  private final StaffRetention retention;

  StaffService(StaffMembers staff, Requisitions requisitions, ScreeningSearches searches, Credentials credentials,
      TrainingRecords trainings, I9Records i9s, VaccineOffers vaccines, ReviewOutcomes reviews,
      CaseReferences references, RecordsByReference lookup, Jpql jpql, StaffRetention retention) {
    this.staff = staff;
    this.requisitions = requisitions;
    this.searches = searches;
    this.credentials = credentials;
    this.trainings = trainings;
    this.i9s = i9s;
    this.vaccines = vaccines;
    this.reviews = reviews;
    this.references = references;
    this.lookup = lookup;
    this.jpql = jpql;
    this.retention = retention;
  }

  public Requisition raiseRequisition(String jobTitle, String role, String justification, String requestedBy,
      LocalDate today) {
    return requisitions.save(new Requisition(references.next(REQUISITION_PREFIX, today.getYear()), jobTitle, role,
        justification, requestedBy, Instant.now()));
  }

  public void requisitionDecided(Long requisitionId, boolean approved, String by, LocalDate on) {
    requisition(requisitionId).decided(approved ? Requisition.Status.APPROVED : Requisition.Status.REJECTED, by, on);
  }

  public StaffMember registerCandidate(Long requisitionId, NewStaffMember person, RoleProfile profile,
      LocalDate today) {
    return staff.save(new StaffMember(references.next(STAFF_PREFIX, today.getYear()), requisitionId, person, profile,
        Instant.now()));
  }

  public void recordSearch(Long staffId, Occasion occasion, Source source, Result result, String namesSearched,
      String evidence, String by, LocalDate on) {
    searches.save(new ScreeningSearch(staffId, occasion, source, on, namesSearched, result, evidence, by,
        retention.hipaa(on)));
  }

  public Credential recordCredential(Long staffId, String type, String number, String state, LocalDate expiresOn,
      LocalDate verifiedOn, String method, boolean verified) {
    return credentials.save(new Credential(staffId, type, number, state, expiresOn, verifiedOn, method,
        verified ? Credential.Status.VERIFIED : Credential.Status.UNVERIFIABLE, retention.hipaa(verifiedOn)));
  }

  public void renewCredential(Long credentialId, LocalDate newExpiry, LocalDate verifiedOn, String method) {
    credentials.findById(credentialId).orElseThrow().renewed(newExpiry, verifiedOn, method,
        retention.hipaa(verifiedOn));
  }

  /** All pre-hire checks are in: clear means the start date may be set, anything else goes to compliance. */
  public void preHireChecksDone(Long staffId, boolean clear) {
    member(staffId).status(clear ? StaffMember.Status.CLEARED : StaffMember.Status.IN_COMPLIANCE_REVIEW);
  }

  public void withdraw(Long staffId) {
    StaffMember member = member(staffId);
    member.status(StaffMember.Status.WITHDRAWN);
    if (member.getRequisitionId() != null) {
      requisition(member.getRequisitionId()).status(Requisition.Status.APPROVED);
    }
  }

  /** The hire is complete: the person starts on {@code startDate} and the requisition is filled. */
  public void hired(Long staffId, LocalDate startDate) {
    StaffMember member = member(staffId);
    member.starts(startDate);
    if (member.getRequisitionId() != null) {
      requisition(member.getRequisitionId()).status(Requisition.Status.FILLED);
    }
    i9s.save(new I9Record(staffId, null, null, retention.i9(startDate, null)));
  }

  public void linkUser(Long staffId, String userId) {
    member(staffId).userAccount(userId);
  }

  public void i9Section1(Long staffId, LocalDate on) {
    i9(staffId).section1(on);
  }

  public void i9Section2(Long staffId, LocalDate on) {
    i9(staffId).section2(on);
  }

  public void recordTraining(Long staffId, TrainingRecord.Type type, LocalDate completedOn, String trainer,
      String qualifications, String contentVersion) {
    LocalDate until = type == TrainingRecord.Type.BLOODBORNE_PATHOGENS ? retention.bloodborneTraining(completedOn)
        : retention.hipaa(completedOn);
    trainings.save(new TrainingRecord(staffId, type, completedOn, trainer, qualifications, contentVersion, until));
  }

  public void recordVaccineOffer(Long staffId, LocalDate offeredOn, VaccineOffer.Decision decision) {
    vaccines.save(new VaccineOffer(staffId, offeredOn, decision, retention.vaccine(offeredOn)));
  }

  public void recordReview(Long staffId, ReviewOutcome.Kind kind, String outcome, String by, LocalDate on) {
    reviews.save(new ReviewOutcome(staffId, kind, outcome, on, by, retention.hipaa(on)));
  }

  /** Offboarding has begun: the person can no longer be offboarded twice. */
  public void leaving(Long staffId) {
    member(staffId).status(StaffMember.Status.LEAVING);
  }

  /** The person left: the record, the I-9 and vaccination records get their final retention dates. */
  public void left(Long staffId, LocalDate on, String reason) {
    StaffMember member = member(staffId);
    member.left(on, reason, retention.hipaa(on));
    i9Of(staffId).ifPresent(i9 -> i9.retainUntil(retention.i9(member.getStartDate(), on)));
    vaccineOffers(staffId).forEach(offer -> offer.retainUntil(retention.vaccine(on)));
  }

  @Transactional(readOnly = true)
  public List<Long> activeStaffIds() {
    return jpql.list(Long.class, IDS_WITH_STATUS, StaffMember.Status.ACTIVE);
  }

  @Transactional(readOnly = true)
  public StaffMember member(Long id) {
    return staff.findById(id).orElseThrow(() -> new IllegalStateException("No staff member #" + id));
  }

  @Transactional(readOnly = true)
  public java.util.Optional<StaffMember> byReference(String reference) {
    return lookup.find(StaffMember.class, reference);
  }

  @Transactional(readOnly = true)
  public StaffFile file(Long staffId, boolean withRestricted) {
    StaffMember member = member(staffId);
    // compliance reviews and exclusion decisions are screening details too
    List<ReviewOutcome> outcomes = reviews.findByStaffIdOrderById(staffId).stream()
        .filter(r -> withRestricted || (r.getKind() != ReviewOutcome.Kind.COMPLIANCE_REVIEW
            && r.getKind() != ReviewOutcome.Kind.EXCLUSION_HIT_REVIEW)).toList();
    return new StaffFile(member, credentials.findByStaffIdOrderById(staffId), trainings.findByStaffIdOrderById(staffId),
        outcomes, vaccineOffers(staffId),
        withRestricted ? searches.findByStaffIdOrderById(staffId) : null,
        withRestricted ? i9Of(staffId).orElse(null) : null);
  }

  public Requisition requisitionByReference(String reference) {
    return jpql.first(Requisition.class, REQUISITION_BY_REFERENCE, reference)
        .orElseThrow(() -> new IllegalStateException("No requisition " + reference));
  }

  public Credential credential(Long id) {
    return credentials.findById(id).orElseThrow(() -> new IllegalStateException("No credential #" + id));
  }

  public Requisition requisition(Long id) {
    return requisitions.findById(id).orElseThrow(() -> new IllegalStateException("No requisition #" + id));
  }

  private I9Record i9(Long staffId) {
    return i9Of(staffId).orElseThrow(() -> new IllegalStateException("No I-9 for staff #" + staffId));
  }

  private java.util.Optional<I9Record> i9Of(Long staffId) {
    return jpql.first(I9Record.class, I9_OF, staffId);
  }

  private List<VaccineOffer> vaccineOffers(Long staffId) {
    return jpql.list(VaccineOffer.class, VACCINE_OFFERS_OF, staffId);
  }
}

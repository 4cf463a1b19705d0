package com.practiceflow.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Staff members. Queries are JPQL, planned once, not derived (docs/benchmarks.md, tuning step 11). */
interface StaffMembers extends JpaRepository<StaffMember, Long> {

  @Query("select s from StaffMember s where s.reference = ?1")
  Optional<StaffMember> findByReference(String reference);

  @Query("select s from StaffMember s where s.status = ?1 order by s.id")
  List<StaffMember> findByStatusOrderById(StaffMember.Status status);
}

/** Requisitions. */
interface Requisitions extends JpaRepository<Requisition, Long> {
}

/** Screening searches. */
interface ScreeningSearches extends JpaRepository<ScreeningSearch, Long> {

  @Query("select s from ScreeningSearch s where s.staffId = ?1 order by s.id")
  List<ScreeningSearch> findByStaffIdOrderById(Long staffId);
}

/** Credentials. */
interface Credentials extends JpaRepository<Credential, Long> {

  @Query("select c from Credential c where c.staffId = ?1 order by c.id")
  List<Credential> findByStaffIdOrderById(Long staffId);
}

/** Training records. */
interface TrainingRecords extends JpaRepository<TrainingRecord, Long> {

  @Query("select t from TrainingRecord t where t.staffId = ?1 order by t.id")
  List<TrainingRecord> findByStaffIdOrderById(Long staffId);
}

/** I-9 records. */
interface I9Records extends JpaRepository<I9Record, Long> {

  @Query("select i from I9Record i where i.staffId = ?1")
  Optional<I9Record> findByStaffId(Long staffId);
}

/** Vaccine offers. */
interface VaccineOffers extends JpaRepository<VaccineOffer, Long> {

  @Query("select v from VaccineOffer v where v.staffId = ?1 order by v.id")
  List<VaccineOffer> findByStaffIdOrderById(Long staffId);
}

/** Review outcomes. */
interface ReviewOutcomes extends JpaRepository<ReviewOutcome, Long> {

  @Query("select r from ReviewOutcome r where r.staffId = ?1 order by r.id")
  List<ReviewOutcome> findByStaffIdOrderById(Long staffId);
}

package com.practiceflow.staff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Staff members. */
interface StaffMembers extends JpaRepository<StaffMember, Long> {
}

/** Requisitions. */
interface Requisitions extends JpaRepository<Requisition, Long> {
}

/** Screening searches. */
interface ScreeningSearches extends JpaRepository<ScreeningSearch, Long> {

  List<ScreeningSearch> findByStaffIdOrderById(Long staffId);
}

/** Credentials. */
interface Credentials extends JpaRepository<Credential, Long> {

  List<Credential> findByStaffIdOrderById(Long staffId);
}

/** Training records. */
interface TrainingRecords extends JpaRepository<TrainingRecord, Long> {

  List<TrainingRecord> findByStaffIdOrderById(Long staffId);
}

/** I-9 records. */
interface I9Records extends JpaRepository<I9Record, Long> {
}

/** Vaccine offers. */
interface VaccineOffers extends JpaRepository<VaccineOffer, Long> {
}

/** Review outcomes. */
interface ReviewOutcomes extends JpaRepository<ReviewOutcome, Long> {

  List<ReviewOutcome> findByStaffIdOrderById(Long staffId);
}

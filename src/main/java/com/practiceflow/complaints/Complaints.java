package com.practiceflow.complaints;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Complaint records. Queries are JPQL, planned once, not derived (docs/benchmarks.md, tuning step 11). */
public interface Complaints extends JpaRepository<Complaint, Long> {

  @Query("select c from Complaint c where c.reference = ?1")
  Optional<Complaint> findByReference(String reference);
}

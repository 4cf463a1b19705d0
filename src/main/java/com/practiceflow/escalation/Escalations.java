package com.practiceflow.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Escalation records. Queries are JPQL, planned once, not derived (docs/benchmarks.md, tuning step 11). */
public interface Escalations extends JpaRepository<Escalation, Long> {

  @Query("select count(e) > 0 from Escalation e where e.taskId = ?1")
  boolean existsByTaskId(String taskId);

  @Query("select e from Escalation e where e.reference = ?1 order by e.id")
  List<Escalation> findByReferenceOrderById(String reference);
}

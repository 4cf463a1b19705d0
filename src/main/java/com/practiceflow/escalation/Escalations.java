package com.practiceflow.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Escalation records. */
public interface Escalations extends JpaRepository<Escalation, Long> {

  List<Escalation> findByReferenceOrderById(String reference);
}

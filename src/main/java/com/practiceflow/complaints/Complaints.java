package com.practiceflow.complaints;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Complaint records. */
public interface Complaints extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByReference(String reference);
}

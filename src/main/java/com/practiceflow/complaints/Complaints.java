package com.practiceflow.complaints;


import org.springframework.data.jpa.repository.JpaRepository;

/** Complaint records. */
public interface Complaints extends JpaRepository<Complaint, Long> {
}

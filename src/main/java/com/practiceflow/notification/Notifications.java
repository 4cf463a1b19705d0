package com.practiceflow.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The notification records. Queries are JPQL, which Hibernate plans once; Spring Data's derived queries are criteria
 * queries it translates to SQL again at every call (docs/benchmarks.md, tuning step 11).
 */
public interface Notifications extends JpaRepository<Notification, Long> {

  @Query("select n from Notification n where n.idempotencyKey = ?1")
  Optional<Notification> findByIdempotencyKey(String idempotencyKey);

  @Query("select n from Notification n where n.reference = ?1 order by n.id")
  List<Notification> findByReferenceOrderById(String reference);

  @Query("select count(n) from Notification n where n.status = ?1")
  long countByStatus(Notification.Status status);
}

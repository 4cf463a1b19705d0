package com.practiceflow.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The notification records. */
public interface Notifications extends JpaRepository<Notification, Long> {

  Optional<Notification> findByIdempotencyKey(String idempotencyKey);

  List<Notification> findByReferenceOrderById(String reference);

  long countByStatus(Notification.Status status);
}

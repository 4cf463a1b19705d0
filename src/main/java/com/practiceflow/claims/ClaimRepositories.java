package com.practiceflow.claims;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Remittances. */
interface Remittances extends JpaRepository<Remittance, Long> {

  Optional<Remittance> findByChecksum(String checksum);
}

/** Claims. */
interface ClaimRecords extends JpaRepository<ClaimRecord, Long> {
}

/** Service lines. */
interface ServiceLines extends JpaRepository<ServiceLineRecord, Long> {
}

/** Disputes. */
interface Disputes extends JpaRepository<Dispute, Long> {

  boolean existsBySourceKey(String sourceKey);

  List<Dispute> findByStatusNot(Dispute.Status status);
}

/** Appeal levels. */
interface Appeals extends JpaRepository<Appeal, Long> {

  List<Appeal> findByDisputeIdOrderByLevel(Long disputeId);
}

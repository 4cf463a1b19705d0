package com.practiceflow.claims;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Remittances. Queries are JPQL, planned once, not derived (docs/benchmarks.md, tuning step 11). */
interface Remittances extends JpaRepository<Remittance, Long> {

  @Query("select r from Remittance r where r.checksum = ?1")
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

  @Query("select d from Dispute d where d.reference = ?1")
  Optional<Dispute> findByReference(String reference);

  @Query("select count(d) > 0 from Dispute d where d.sourceKey = ?1")
  boolean existsBySourceKey(String sourceKey);

  @Query("select d from Dispute d where d.status <> ?1")
  List<Dispute> findByStatusNot(Dispute.Status status);
}

/** Appeal levels. */
interface Appeals extends JpaRepository<Appeal, Long> {

  @Query("select a from Appeal a where a.disputeId = ?1 order by a.level")
  List<Appeal> findByDisputeIdOrderByLevel(Long disputeId);

  @Query("select a from Appeal a where a.disputeId = ?1 and a.level = ?2")
  Optional<Appeal> findByDisputeIdAndLevel(Long disputeId, int level);
}

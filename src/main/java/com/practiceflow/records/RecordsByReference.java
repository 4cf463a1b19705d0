package com.practiceflow.records;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;

/**
 * Finds a complaint, staff member, dispute or policy by its case reference, which almost every step of a case does.
 * A JPQL string, which Hibernate plans once; Spring Data's derived {@code findByReference} is a criteria query that
 * Hibernate translates to SQL again at every call (docs/benchmarks.md, tuning step 13).
 */
@Component
public class RecordsByReference {

  @PersistenceContext
  private EntityManager entityManager;

  /** {@code type} is an entity with a unique {@code reference}. */
  public <T> Optional<T> find(Class<T> type, String reference) {
    return entityManager.createQuery("select r from " + type.getSimpleName() + " r where r.reference = :reference",
        type).setParameter("reference", reference).getResultList().stream().findFirst();
  }
}

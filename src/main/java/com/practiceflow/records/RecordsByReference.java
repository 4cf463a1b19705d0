package com.practiceflow.records;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a complaint, staff member, dispute or policy by its case reference, which almost every step of a case does.
 * The reference is the entity's natural id, so Hibernate loads it with a statement it built at start-up, as it
 * loads by primary key, instead of interpreting a query at each call. Spring Data's derived {@code findByReference}
 * translated a criteria query to SQL again at every call (docs/benchmarks.md, tuning steps 13 and 19); what is
 * left is the select itself.
 */
@Component
public class RecordsByReference {

  @PersistenceContext
  private EntityManager entityManager;

  /**
   * {@code type} is an entity whose {@code reference} is its {@code @NaturalId}. Joins the caller's transaction;
   * without one (a web request) it opens its own, since the session must stay open while it loads.
   */
  @Transactional(readOnly = true)
  public <T> Optional<T> find(Class<T> type, String reference) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(type).loadOptional(reference);
  }
}

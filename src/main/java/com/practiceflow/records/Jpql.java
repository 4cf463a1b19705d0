package com.practiceflow.records;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

/**
 * The record lookups a case makes at its steps, as JPQL strings with positional parameters ({@code ?1}): Hibernate
 * interprets a string once and keeps its plan, while Spring Data's derived queries are criteria queries that
 * Hibernate 6.6 translates to SQL again at every call (docs/benchmarks.md, tuning steps 13 and 19). Joins the
 * caller's transaction.
 */
@Component
public class Jpql {

  @PersistenceContext
  private EntityManager entityManager;

  /** The first row the query returns, if any. */
  public <T> Optional<T> first(Class<T> type, String query, Object... parameters) {
    return bound(type, query, parameters).setMaxResults(1).getResultList().stream().findFirst();
  }

  /** Every row the query returns. */
  public <T> List<T> list(Class<T> type, String query, Object... parameters) {
    return bound(type, query, parameters).getResultList();
  }

  /** Whether the query ({@code select 1 from ...}) returns a row. */
  public boolean exists(String query, Object... parameters) {
    return first(Integer.class, query, parameters).isPresent();
  }

  private <T> TypedQuery<T> bound(Class<T> type, String query, Object... parameters) {
    TypedQuery<T> typed = entityManager.createQuery(query, type);
    for (int i = 0; i < parameters.length; i++) {
      typed.setParameter(i + 1, parameters[i]);
    }
    return typed;
  }
}

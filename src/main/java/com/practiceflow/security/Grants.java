package com.practiceflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Adds Camunda GRANT authorizations for a group, idempotently: an existing grant is widened, never duplicated. */
@Component
public class Grants {

  /** One grant a group should hold. */
  public record Wanted(String groupId, Resource resource, String resourceId, Permission... permissions) {
  }

  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = grantsOf(Set.of(groupId), resource).resourceId(resourceId).singleResult();
    widen(existing, new Wanted(groupId, resource, resourceId, permissions));
  }

  /**
   * Start-up's many grants at once: what the groups hold is read in one query per resource type (of a type's
   * {@code *} grants only, where all it wants is {@code *}), not one per grant. For grants on definitions,
   * applications and filters, whose rows per group are few; per-case grants go through {@link #grant}.
   */
  public void grantAll(Collection<Wanted> wanted) {
    Map<Integer, List<Wanted>> byType = wanted.stream().collect(Collectors.groupingBy(
        w -> w.resource().resourceType(), LinkedHashMap::new, Collectors.toList()));
    for (List<Wanted> ofType : byType.values()) {
      Set<String> ids = ofType.stream().map(Wanted::resourceId).collect(Collectors.toSet());
      AuthorizationQuery query = grantsOf(ofType.stream().map(Wanted::groupId).collect(Collectors.toSet()),
          ofType.get(0).resource());
      if (ids.size() == 1) {
        query.resourceId(ids.iterator().next());
      }
      Map<String, Authorization> held = new HashMap<>();
      query.list().forEach(a -> held.put(key(a.getGroupId(), a.getResourceId()), a));
      for (Wanted w : ofType) {
        held.put(key(w.groupId(), w.resourceId()), widen(held.get(key(w.groupId(), w.resourceId())), w));
      }
    }
  }

  /** Deletes the groups' grants on one resource id, where they exist. */
  public void withdraw(Collection<String> groupIds, Resource resource, String resourceId) {
    grantsOf(Set.copyOf(groupIds), resource).resourceId(resourceId).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
  }

  private AuthorizationQuery grantsOf(Set<String> groupIds, Resource resource) {
    return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupIds.toArray(String[]::new)).resourceType(resource);
  }

  /** Saves the grant, created or widened, unless it already holds every permission; returns it. */
  private Authorization widen(Authorization existing, Wanted wanted) {
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(wanted.groupId());
      authorization.setResource(wanted.resource());
      authorization.setResourceId(wanted.resourceId());
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : wanted.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    return changed ? authorizationService.saveAuthorization(authorization) : authorization;
  }

  private static String key(String groupId, String resourceId) {
    return groupId + '\n' + resourceId;
  }
}

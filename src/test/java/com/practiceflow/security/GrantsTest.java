package com.practiceflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.security.Grants.Wanted;

/** Start-up's grants, added many at once, widen what a group holds and never duplicate it. */
@PracticeFlowTest
class GrantsTest {

  static final String RECEPTION = "grants-test-reception";
  static final String AUDIT = "grants-test-audit";

  @Autowired
  Grants grants;
  @Autowired
  AuthorizationService authorizations;

  @AfterEach
  void removeTestGrants() {
    authorizations.createAuthorizationQuery().groupIdIn(RECEPTION, AUDIT).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void aHeldGrantIsWidenedAndAMissingOneCreatedOnceEachHoweverOftenItIsWanted() {
    grants.grant(RECEPTION, Resources.PROCESS_DEFINITION, "complaintResolution", READ);
    grants.grant(RECEPTION, Resources.PROCESS_INSTANCE, "a-case-of-theirs", READ);

    List<Wanted> wanted = List.of(
        new Wanted(RECEPTION, Resources.PROCESS_DEFINITION, "complaintResolution", READ, CREATE_INSTANCE),
        new Wanted(RECEPTION, Resources.PROCESS_DEFINITION, "claimDispute", READ),
        new Wanted(AUDIT, Resources.PROCESS_DEFINITION, "complaintResolution", READ),
        new Wanted(RECEPTION, Resources.PROCESS_INSTANCE, "*", CREATE),
        new Wanted(RECEPTION, Resources.PROCESS_INSTANCE, "*", READ));
    grants.grantAll(wanted);
    grants.grantAll(wanted);

    Authorization complaints = only(RECEPTION, Resources.PROCESS_DEFINITION.resourceType(), "complaintResolution");
    assertThat(complaints.isPermissionGranted(READ)).isTrue();
    assertThat(complaints.isPermissionGranted(CREATE_INSTANCE)).isTrue();
    assertThat(only(RECEPTION, Resources.PROCESS_DEFINITION.resourceType(), "claimDispute")
        .isPermissionGranted(CREATE_INSTANCE)).isFalse();
    assertThat(only(AUDIT, Resources.PROCESS_DEFINITION.resourceType(), "complaintResolution")
        .isPermissionGranted(READ)).isTrue();
    Authorization anyCase = only(RECEPTION, Resources.PROCESS_INSTANCE.resourceType(), "*");
    assertThat(anyCase.isPermissionGranted(CREATE)).isTrue();
    assertThat(anyCase.isPermissionGranted(READ)).isTrue();
    assertThat(only(RECEPTION, Resources.PROCESS_INSTANCE.resourceType(), "a-case-of-theirs")
        .isPermissionGranted(CREATE)).as("a per-case grant is not the * one").isFalse();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(RECEPTION, AUDIT).count()).isEqualTo(5);
  }

  private Authorization only(String group, int resourceType, String resourceId) {
    List<Authorization> rows = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resourceType).resourceId(resourceId).list();
    assertThat(rows).as(group + " " + resourceId).hasSize(1);
    return rows.get(0);
  }
}

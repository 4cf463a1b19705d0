package com.practiceflow.security.accounts;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with the {@link LoginThrottle} in place of its own lock, which after ten
 * wrong passwords, from anyone, locked an account until an administrator unlocked it. A group's read grant on a
 * member (see {@link MemberGrants}) goes when the membership does.
 */
class PracticeIdentityProvider extends DbIdentityServiceProvider {

  private final LoginThrottle throttle;

  PracticeIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || userId.isBlank()) {
      return false;
    }
    String source = LoginSource.current();
    if (!throttle.mayTry(userId, source)) {
      return false;
    }
    UserEntity user = findUserById(userId);
    // an unknown account is throttled like a known one, so trying names tells nothing
    if (user != null && password != null && matchPassword(password, user)) {
      throttle.succeeded(userId, source);
      return true;
    }
    throttle.failed(userId, source);
    return false;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    AuthorizationEntity memberGrant = getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(
        Authorization.AUTH_TYPE_GRANT, groupId, Resources.USER, userId);
    if (memberGrant != null) {
      getAuthorizationManager().delete(memberGrant);
    }
    return result;
  }
}

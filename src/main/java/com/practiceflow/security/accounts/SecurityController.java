package com.practiceflow.security.accounts;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.practiceflow.security.CurrentUser;

/** Login locks for the practice managers and the administrator: what happened, who is locked out now, unlock. */
@RestController
@RequestMapping("/api/security")
class SecurityController {

  private final SecurityEvents events;
  private final LoginThrottle throttle;
  private final CurrentUser currentUser;

  SecurityController(SecurityEvents events, LoginThrottle throttle, CurrentUser currentUser) {
    this.events = events;
    this.throttle = throttle;
    this.currentUser = currentUser;
  }

  @GetMapping("/events")
  List<SecurityEvents.Event> events(@RequestParam(defaultValue = "100") int limit) {
    managersOnly();
    return events.latest(limit);
  }

  @GetMapping("/locks")
  Map<String, Object> locks() {
    managersOnly();
    return Map.of("lockedAccounts", throttle.lockedAccounts());
  }

  @DeleteMapping("/locks/{account}")
  Map<String, Object> unlock(@PathVariable String account) {
    managersOnly();
    if (account.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Name the account to unlock");
    }
    return Map.of("account", account, "unlockedAddresses", throttle.unlock(account, currentUser.id()));
  }

  private void managersOnly() {
    if (!currentUser.isManager()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Login locks are for the practice managers");
    }
  }
}

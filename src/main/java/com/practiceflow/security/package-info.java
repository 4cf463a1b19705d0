/**
 * Who may do what: HTTP Basic login for {@code /engine-rest} and {@code /api}, the practice's groups, Camunda
 * authorizations per group and process, per-case read grants, Tasklist filters, and the default profile's demo users.
 */
package com.practiceflow.security;

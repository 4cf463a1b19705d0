/**
 * Who may do what: HTTP Basic login for {@code /engine-rest} and {@code /api}, the practice's groups, Camunda
 * authorizations per group and process, per-case read grants, own tasks, Tasklist filters, security headers, and the
 * default profile's demo users. Sub-packages: {@code models} (what a model may make the server do), {@code inputs}
 * (what a person's call may put into a case), {@code accounts} (login throttling and who may list whom).
 */
package com.practiceflow.security;

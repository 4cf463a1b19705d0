/**
 * One login for the practice console and the Camunda webapps (a session with CSRF protection, Spring Security's
 * form login, handed to the webapps through Camunda's container-based authentication), HTTP Basic for
 * {@code /engine-rest} and {@code /api} (the Modeler, integrations), both checked against Camunda's users.
 */
package com.practiceflow.security.login;

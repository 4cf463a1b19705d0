/**
 * Separation of duties: a user task whose model names, in its {@code notDoneBy} extension property, who may not do
 * it (the person who started the case, or whoever did named earlier tasks) refuses them as its assignee and as the
 * one completing it. Enforced by the engine, so Tasklist, REST and the Java API all meet the same rule.
 */
package com.practiceflow.security.duties;

/**
 * The escalation ladder shared by every process. In each model a user task carries two non-interrupting timer
 * boundary events: at its due date a reminder goes to the assignee or candidate group; after the grace period the
 * task is escalated (practice managers become candidates, priority at least 75, managers emailed, the Escalated
 * filter shows it, the escalation is recorded on the case). Completing the task cancels both timers.
 */
package com.practiceflow.escalation;

/**
 * What a person may put into a case through the engine: a task completion sets only the fields its form asks for
 * (read-only fields unchanged), a start only its start form's fields, a message or signal nothing; a task one may
 * not see does not exist for them; comments and attachments need the right to work the task. Enforced on the
 * engine's own services, so Tasklist, the REST API and PracticeFlow's code meet the same rules.
 */
package com.practiceflow.security.inputs;

package com.practiceflow.security;

/** What one of PracticeFlow's own Tasklist filters asks for: whose tasks, and which of them. */
record FilterShape(Scope scope, Criterion criterion) {

  enum Scope {
    /** Assigned to the caller. */
    ASSIGNEE,
    /** Unassigned, a candidate of one of the caller's groups. */
    GROUPS_UNASSIGNED,
    /** Assigned to the caller, or a candidate of one of their groups (claimed or not). */
    CALLER,
    /** Every task: the managers' filters, for callers who hold every task. */
    EVERY
  }

  enum Criterion {
    NONE, DUE_TODAY, OVERDUE, ESCALATED
  }
}

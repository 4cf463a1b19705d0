package com.practiceflow.records;

import java.util.List;

/**
 * A kind of record whose status a process step may set directly (the "Update record status" element template).
 * Each process package offers its own; the deployment guard refuses a step naming an unknown type or status.
 */
public interface RecordStatuses {

  /** What managers pick in the template, e.g. {@code complaint}. */
  String recordType();

  /** The statuses a step may set, in the record's own order. */
  List<String> statuses();

  /** Sets the status of the record of this case; the reference is the process's business key. */
  void update(String caseReference, String status);
}

package com.practiceflow.security;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for variables that identify or contact a patient, or detail a staff screening: those are
 * never written to the history tables. A form may hand them to the engine for a moment (they are moved into the
 * record at once), but the engine keeps no copy in its audit trail.
 */
class PatientDetailsHistoryLevel extends HistoryLevelFull {

  static final String NAME = "practiceflow-full";
  static final Set<String> NEVER_IN_HISTORY = Set.of("patientName", "patientReference", "contactEmail",
      // screening details belong to hr and compliance only (the staff file), not to the engine's audit trail
      "namesToSearch", "candidateFormerNames", "backgroundEvidence", "exclusionEvidence", "backgroundResult",
      "leieResult", "samResult", "medicaidResult", "licenceVerified", "complianceRationale", "hitDecision", "hitNotes",
      // a dispute's claim: in the dispute record; the forms' copy lives only while the case runs
      "claimRef", "procedureCode", "billed", "paid", "expected", "serviceDate", "payerName");

  @Override
  public int getId() {
    return 33;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstance variable && NEVER_IN_HISTORY.contains(variable.getName())) {
      return false;
    }
    return super.isHistoryEventProduced(eventType, entity);
  }
}

package com.practiceflow.complaints;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.practiceflow.records.RecordStatuses;

/** Lets a redesigned complaint process set the complaint's status from a templated step. */
@Component
class ComplaintStatuses implements RecordStatuses {

  private final ComplaintService complaints;

  ComplaintStatuses(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public String recordType() {
    return "complaint";
  }

  @Override
  public List<String> statuses() {
    return Stream.of(Complaint.Status.values()).map(Enum::name).toList();
  }

  @Override
  @Transactional
  public void update(String caseReference, String status) {
    complaints.ofCase(caseReference).status(Complaint.Status.valueOf(status));
  }
}

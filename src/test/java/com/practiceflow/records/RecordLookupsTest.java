package com.practiceflow.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.practiceflow.PracticeFlowTest;
import com.practiceflow.complaints.Complaint;
import com.practiceflow.complaints.ComplaintIntake;
import com.practiceflow.complaints.ComplaintService;

/** The lookups the steps of a case make: by case reference, and JPQL strings with positional parameters. */
@PracticeFlowTest
class RecordLookupsTest {

  @Autowired
  ComplaintService complaints;
  @Autowired
  RecordsByReference records;
  @Autowired
  Jpql jpql;

  @Test
  void aRecordIsFoundByItsCaseReferenceAlsoWithoutATransactionOfTheCaller() {
    Complaint received = complaints.receive(intake("letter", "Lookup by reference"));

    assertThat(records.find(Complaint.class, received.getReference())).get().extracting(Complaint::getId)
        .isEqualTo(received.getId());
    assertThat(records.find(Complaint.class, received.getReference() + "-9")).isEmpty();
  }

  @Test
  void queriesBindTheirParametersInOrderAndAnswerFirstListAndExists() {
    String description = "Lookup " + System.nanoTime();
    Long first = complaints.receive(intake("phone", description)).getId();
    Long second = complaints.receive(intake("phone", description)).getId();
    complaints.receive(intake("letter", description));
    String byDescriptionAndChannel = "select c.id from Complaint c where c.description = ?1 and c.channel = ?2"
        + " order by c.id";

    assertThat(jpql.list(Long.class, byDescriptionAndChannel, description, "phone")).containsExactly(first, second);
    assertThat(jpql.first(Long.class, byDescriptionAndChannel, description, "phone")).contains(first);
    assertThat(jpql.first(Long.class, byDescriptionAndChannel, "phone", description)).isEmpty();
    assertThat(jpql.exists("select 1 from Complaint c where c.description = ?1 and c.channel = ?2", description,
        "letter")).isTrue();
    assertThat(jpql.exists("select 1 from Complaint c where c.description = ?1 and c.channel = ?2", description,
        "email")).isFalse();
  }

  private static ComplaintIntake intake(String channel, String description) {
    return new ComplaintIntake(channel, "billing", description, LocalDate.now(), null, null, null, "US", false);
  }
}

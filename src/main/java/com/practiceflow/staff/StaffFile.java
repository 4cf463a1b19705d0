package com.practiceflow.staff;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A staff member's file as the app shows it. Screening searches and the I-9 are filled only for {@code hr} and
 * {@code compliance}; for anyone else they are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffFile(StaffMember member, List<Credential> credentials, List<TrainingRecord> trainings,
    List<ReviewOutcome> reviews, List<VaccineOffer> vaccineOffers, List<ScreeningSearch> screeningSearches,
    I9Record i9) {
}

package com.practiceflow.staff;

import java.time.LocalDate;

/** The accepted candidate, as HR records them after the offer. */
public record NewStaffMember(String firstName, String lastName, String formerNames, String email,
    LocalDate proposedStartDate) {
}

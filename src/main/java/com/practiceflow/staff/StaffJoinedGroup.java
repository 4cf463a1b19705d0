package com.practiceflow.staff;

/** Published when a new staff member's login joins the group of their role, so other processes can follow up. */
public record StaffJoinedGroup(String userId, String group) {
}

package com.practiceflow.staff;

/**
 * What a role implies, from the {@code staffRoleProfile} decision table: the PracticeFlow group its holder joins,
 * whether a licence must be verified at the source, and whether the job has occupational exposure to blood.
 */
public record RoleProfile(String role, String group, boolean clinical, boolean licensed, boolean exposure) {
}

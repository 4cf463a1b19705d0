/**
 * Insurance claim disputes: 835 remittance intake, denial and underpayment detection against contracted amounts,
 * triage, and the {@code claimDispute} process with appeals through every level and the No Surprises Act steps.
 */
package com.practiceflow.claims;

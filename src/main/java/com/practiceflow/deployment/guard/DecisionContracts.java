package com.practiceflow.deployment.guard;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.practiceflow.claims.ClaimDisputeProcess;
import com.practiceflow.claims.ClaimRules;
import com.practiceflow.claims.DisputeVariables;
import com.practiceflow.complaints.ComplaintResolutionProcess;
import com.practiceflow.complaints.ComplaintVariables;
import com.practiceflow.onboarding.StaffHiringProcess;
import com.practiceflow.onboarding.StaffVariables;
import com.practiceflow.policies.PolicyApprovalProcess;
import com.practiceflow.policies.PolicyVariables;

/**
 * Each decision table's contract with the code that calls it: the variables the process provides and the output
 * columns the delegates read. Change one here when the code changes; managers may change rows, not columns.
 */
@Configuration(proxyBeanMethods = false)
class DecisionContracts {

  @Bean
  DecisionContract complaintTriageContract() {
    return new DecisionContract(ComplaintResolutionProcess.TRIAGE_DECISION,
        Set.of(ComplaintVariables.CATEGORY, ComplaintVariables.HARM_ALLEGED),
        Set.of(ComplaintVariables.SEVERITY, ComplaintVariables.OWNER_GROUP));
  }

  @Bean
  DecisionContract denialTriageContract() {
    return new DecisionContract(ClaimDisputeProcess.TRIAGE_DECISION,
        Set.of(DisputeVariables.DISPUTE_TYPE, DisputeVariables.PRODUCT, DisputeVariables.GROUP_CODE,
            DisputeVariables.CARC, DisputeVariables.RARC),
        Set.of(DisputeVariables.BUCKET, DisputeVariables.OWNER_GROUP, DisputeVariables.NEXT_STEP));
  }

  @Bean
  DecisionContract payerRulesContract() {
    return new DecisionContract(ClaimRules.PAYER_RULES, Set.of(DisputeVariables.PAYER_ID),
        Set.of("payerKey", "payerLabel", "product", "level1Days", "level2Days", "level3Days", "decisionDays",
            "correctedClaimDays", "timelyFilingDays", "noticeToReceiptDays", "level3Minimum"));
  }

  @Bean
  DecisionContract contractedRatesContract() {
    return new DecisionContract(ClaimRules.CONTRACTED_RATES, Set.of("payerKey", "procedureCode"),
        Set.of("contractedAmount"));
  }

  @Bean
  DecisionContract policyApproverContract() {
    return new DecisionContract(PolicyApprovalProcess.APPROVER_DECISION, Set.of(PolicyVariables.CATEGORY),
        Set.of("approverGroup"));
  }

  @Bean
  DecisionContract staffRoleProfileContract() {
    return new DecisionContract(StaffHiringProcess.ROLE_PROFILE_DECISION, Set.of(StaffVariables.ROLE),
        Set.of(StaffVariables.ROLE_GROUP, StaffVariables.CLINICAL, StaffVariables.LICENSED, StaffVariables.EXPOSURE));
  }
}

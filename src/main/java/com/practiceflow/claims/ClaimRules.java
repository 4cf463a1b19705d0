package com.practiceflow.claims;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Reads the managers' tables: payer rules and contracted rates (DMN, editable in the Modeler). */
@Component
public class ClaimRules {

  public static final String PAYER_RULES = "payerRules";
  public static final String CONTRACTED_RATES = "contractedRates";

  private final DecisionService decisions;
  private final RepositoryService repository;
  // a dispute read its payer's row three times, each an evaluation with its own decision history (a tenth of a
  // dispute's cost, docs/benchmarks.md); rows are kept per table version, so a redeployed table is read afresh
  private final Map<String, PayerRules> payers = new ConcurrentHashMap<>();

  ClaimRules(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  public PayerRules payer(String payerId) {
    String payer = payerId == null ? "" : payerId;
    // the caller must still be allowed to read the table: the query is authorization-checked like an evaluation
    DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(PAYER_RULES)
        .latestVersion().withoutTenantId().singleResult();
    if (latest == null) {
      return read(payer);
    }
    return payers.computeIfAbsent(latest.getId() + "|" + payer, k -> read(payer));
  }

  private PayerRules read(String payerId) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(PAYER_RULES,
        Variables.createVariables().putValue("payerId", payerId)).getSingleResult();
    if (row == null) {
      throw new IllegalStateException("payer-rules.dmn has no row for payer " + payerId + " (add a default row)");
    }
    return new PayerRules(row.getEntry("payerKey"), row.getEntry("payerLabel"), row.getEntry("product"),
        number(row, "level1Days"), number(row, "level2Days"), number(row, "level3Days"), number(row, "decisionDays"),
        number(row, "correctedClaimDays"), number(row, "timelyFilingDays"), number(row, "noticeToReceiptDays"),
        BigDecimal.valueOf(((Number) row.getEntry("level3Minimum")).doubleValue()));
  }

  /** The contracted allowed amount, or null when no contract row covers the code. */
  public BigDecimal contracted(String payerKey, String procedureCode) {
    var result = decisions.evaluateDecisionTableByKey(CONTRACTED_RATES,
        Map.of("payerKey", payerKey, "procedureCode", procedureCode)).getFirstResult();
    Object amount = result == null ? null : result.getEntry("contractedAmount");
    return amount == null ? null : BigDecimal.valueOf(((Number) amount).doubleValue());
  }

  private static int number(DmnDecisionRuleResult row, String name) {
    Object value = row.getEntry(name);
    return value == null ? 0 : ((Number) value).intValue();
  }
}

package com.practiceflow.deployment.guard;

import java.util.Set;

/**
 * What PracticeFlow's code and processes exchange with a decision table: the variables they provide as inputs and
 * the output columns they read. A redesigned DMN must keep to it, or the process would fail in front of staff.
 */
public record DecisionContract(String decisionKey, Set<String> provides, Set<String> reads) {
}

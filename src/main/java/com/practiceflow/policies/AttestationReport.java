package com.practiceflow.policies;

import java.util.List;

/** Per policy: the version to attest, how many in scope have, the rate, and who is outstanding. */
public record AttestationReport(String policy, Integer version, int inScope, int attested, double completionRate,
    List<String> outstanding) {
}

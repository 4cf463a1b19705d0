/**
 * Patient complaints (process {@code complaintResolution}) and the privacy breach assessment they can start
 * (process {@code breachAssessment}): intake by form or API, triage by DMN, acknowledgement, investigation, interim
 * letter, written response, approval, closure, and the complaint record kept 6 years.
 */
package com.practiceflow.complaints;

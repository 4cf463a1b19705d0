/**
 * Deploys the practice's process models, decision tables and forms from the {@code processes/} and {@code forms/}
 * folders at start-up, under names relative to those folders so unchanged files never redeploy.
 */
package com.practiceflow.deployment;

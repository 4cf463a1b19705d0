/**
 * Shared record-keeping helpers: human-readable case references such as {@code CMP-2026-0001}, and finding a
 * record by one.
 */
package com.practiceflow.records;

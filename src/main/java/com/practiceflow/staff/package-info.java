/**
 * The practice's staff records, shared by the staff processes and later by policies: staff members, requisitions,
 * screening searches, credentials, trainings, I-9 dates, vaccine offers and review outcomes, each with its retention
 * date. I-9 and screening details are readable by {@code hr} and {@code compliance} only.
 */
package com.practiceflow.staff;

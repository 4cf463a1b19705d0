/**
 * The staff lifecycle as processes: hiring ({@code staffHiring}), onboarding ({@code staffOnboarding}), offboarding
 * ({@code staffOffboarding}) and the recurring checks ({@code exclusionRescreen}, {@code licenceRenewal},
 * {@code bloodborneRetraining}). Delegates here are thin: the records are kept by {@link com.practiceflow.staff}.
 */
package com.practiceflow.onboarding;

package org.surgalt.cohort;

/** A cohort as a form or the API gives it; dates as ISO text (yyyy-mm-dd), either may be empty. */
public record NewCohort(String code, String name, String description, String startsOn, String endsOn) {
}

package org.surgalt.reporting;

import org.surgalt.platform.DomainException;

/** The report's query parameters as typed into an address: refused with the parameter's name when wrong. */
final class ReportParameters {

    private ReportParameters() {
    }

    static Long school(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("school", "must be a school's id (0: no school recorded)");
        }
    }

    static Integer days(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReportService.inactiveDays(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("inactiveDays", "must be between 1 and " + ReportService.MAX_INACTIVE_DAYS);
        }
    }
}

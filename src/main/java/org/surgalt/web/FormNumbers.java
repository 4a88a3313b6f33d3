package org.surgalt.web;

import org.surgalt.platform.DomainException;

/** A whole number typed into a form field: null when left empty, a field error when it is not one. */
public final class FormNumbers {

    private FormNumbers() {
    }

    public static Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a whole number");
        }
    }
}

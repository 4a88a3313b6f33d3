package org.surgalt.identity;

public enum InstitutionKind {
    SCHOOL, UNIVERSITY, MINISTRY
}

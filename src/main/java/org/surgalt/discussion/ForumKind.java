package org.surgalt.discussion;

/** General talk; questions and answers (an accepted answer, answers seen after one's own); staff announcements. */
public enum ForumKind {
    GENERAL, QUESTIONS, ANNOUNCEMENTS
}

package org.surgalt.xapi.activity;

import java.time.Instant;

/**
 * One thing a learner did that Surgalt exports as a statement: a completion fact (with the item
 * and course it was about, in the version it happened in) or an issued certificate.
 * {@code kind}: the fact's kind, or "CERTIFICATE"; {@code itemKind} null for certificates;
 * {@code revokes} for a revocation of attendance, the id of the attendance fact it takes back.
 */
record ActivityRecord(String stream, long id, long userId, Long institutionId, String kind, Integer score,
        String source, Instant at, int courseVersion, String courseCode, String courseTitleEn, String courseTitleMn,
        long itemId, String itemKind, String itemTitleEn, String itemTitleMn, String certificateCode, Long revokes) {

    static final String FACTS = "facts";
    static final String CERTIFICATES = "certificates";
}

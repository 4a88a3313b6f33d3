package org.surgalt.progress;

import java.math.BigDecimal;

/**
 * The hours of face-to-face sessions a learner attended in a course (present or late), which a
 * certificate states besides the course's online hours. Implemented by the sessions feature.
 */
public interface FaceToFaceHours {

    BigDecimal attended(long userId, long courseId);
}

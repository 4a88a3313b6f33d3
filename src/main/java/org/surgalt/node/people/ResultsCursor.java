package org.surgalt.node.people;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.platform.DomainException;

/**
 * Where a node's results stream stands: the last completion fact sent (by id) and the last grade sent
 * (by the submission's change time, then id). Written {@code f<fact>-g<micros>-<submission>}; opaque
 * to the node, which sends back what it was given.
 */
record ResultsCursor(long fact, long gradeMicros, long grade) {

    static final ResultsCursor START = new ResultsCursor(0, 0, 0);
    private static final Pattern FORM = Pattern.compile("f(\\d{1,18})-g(\\d{1,18})-(\\d{1,18})");
    static final String BAD_CURSOR = "is not a cursor this server gave";

    static ResultsCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw DomainException.invalid("after", BAD_CURSOR);
        }
        return new ResultsCursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }

    Instant gradeAt() {
        return Instant.ofEpochSecond(gradeMicros / 1_000_000L, (gradeMicros % 1_000_000L) * 1_000L);
    }

    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000L;
    }

    @Override
    public String toString() {
        return "f" + fact + "-g" + gradeMicros + "-" + grade;
    }
}

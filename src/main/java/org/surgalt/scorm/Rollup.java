package org.surgalt.scorm;

import org.surgalt.scorm.manifest.PackageStructure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An attempt's status from its SCOs' statuses. Without sequencing: complete when every SCO is,
 * failed when any SCO failed, passed when none failed, at least one passed and every SCO is
 * complete; the score is the mean of the SCOs' scores; time adds up. With SCORM 2004 sequencing
 * the player's runtime rolls the activity tree up by the package's own rules and reports the
 * root's status, which is taken instead where it says something.
 */
final class Rollup {

    private Rollup() {
    }

    static Status of(PackageStructure structure, Map<String, Status> bySco, Status reportedRoot) {
        List<String> scos = structure.scos().stream().filter(PackageStructure.Sco::sco).map(PackageStructure.Sco::id)
                .toList();
        if (scos.isEmpty()) {
            scos = structure.scos().stream().map(PackageStructure.Sco::id).toList();
        }
        List<Status> statuses = scos.stream().map(bySco::get).filter(Objects::nonNull).toList();
        long seconds = bySco.values().stream().mapToLong(Status::seconds).sum();
        if (statuses.isEmpty()) {
            return new Status(Status.Completion.NOT_ATTEMPTED, Status.Success.UNKNOWN, null, seconds);
        }
        boolean allComplete = statuses.size() == scos.size()
                && statuses.stream().allMatch(s -> s.completion() == Status.Completion.COMPLETED);
        Status.Completion completion = allComplete ? Status.Completion.COMPLETED : Status.Completion.INCOMPLETE;
        Status.Success success;
        if (statuses.stream().anyMatch(s -> s.success() == Status.Success.FAILED)) {
            success = Status.Success.FAILED;
        } else if (allComplete && statuses.stream().anyMatch(s -> s.success() == Status.Success.PASSED)) {
            success = Status.Success.PASSED;
        } else {
            success = Status.Success.UNKNOWN;
        }
        List<BigDecimal> scores = statuses.stream().map(Status::score).filter(Objects::nonNull).toList();
        BigDecimal score = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, java.math.RoundingMode.HALF_UP);
        Status fromScos = new Status(completion, success, score, seconds);
        if (reportedRoot == null) {
            return fromScos;
        }
        return new Status(
                reportedRoot.completion() == Status.Completion.UNKNOWN ? completion : reportedRoot.completion(),
                reportedRoot.success() == Status.Success.UNKNOWN ? success : reportedRoot.success(),
                reportedRoot.score() == null ? score : reportedRoot.score(), seconds);
    }
}

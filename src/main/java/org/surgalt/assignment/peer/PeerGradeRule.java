package org.surgalt.assignment.peer;

import java.util.List;
import java.util.Optional;

/**
 * The declared grading rule, in the assignment's points (out of {@code max}):
 * <ul>
 * <li>the submission's score S = w·teacher + (1−w)·median of the peers' points (overrides applied)
 * when both exist; the teacher's alone when no peer assessed it; the peers' median alone when the
 * teacher did not assess it; none (flagged for the teacher) when nobody did;</li>
 * <li>the grade for assessing A = max · done / allocated (a peer who did not assess by the
 * assessment deadline gets 0 for that one); nobody allocated to assess gets no A;</li>
 * <li>final = (1−a)·S + a·A with a the weight of assessing, or S when there is no A; rounded half up.</li>
 * </ul>
 */
final class PeerGradeRule {

    private PeerGradeRule() {
    }

    static Optional<Integer> score(Integer teacher, List<Integer> peers, int teacherWeightPercent) {
        if (peers.isEmpty()) {
            return Optional.ofNullable(teacher);
        }
        double median = median(peers);
        if (teacher == null) {
            return Optional.of(round(median));
        }
        return Optional.of(round((teacherWeightPercent * teacher + (100 - teacherWeightPercent) * median) / 100.0));
    }

    static Optional<Integer> assessing(int done, int allocated, int max) {
        return allocated == 0 ? Optional.empty() : Optional.of(round((double) max * done / allocated));
    }

    static Optional<Integer> finalGrade(Optional<Integer> score, Optional<Integer> assessing, int assessingWeightPercent) {
        if (score.isEmpty() || assessing.isEmpty()) {
            return score;
        }
        return Optional.of(round(((100 - assessingWeightPercent) * score.get()
                + assessingWeightPercent * assessing.get()) / 100.0));
    }

    static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static int round(double value) {
        return (int) Math.floor(value + 0.5);
    }
}

package org.surgalt.assignment.peer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Who assesses whom. Every handed-in submission goes to {@code peers} of the people who handed one
 * in (never its own author), each to the least loaded candidates first, so each person gets about
 * {@code peers} to assess. With {@link PeerSettings.Allocation#OTHER_SCHOOL} the candidates from
 * other schools come first; when there are not enough of them, the submission is filled up from its
 * own school (the fallback rule) and those allocations are marked {@code sameSchool} for the teacher.
 * A person without a school counts as a school of their own. A team's submission (issue 22, school
 * teams) is assessed by none of the people it counts for, and its author assesses for the team; two
 * submissions that count for a same person never assess each other. Deterministic for a given seed.
 */
final class PeerAllocator {

    /** One author of a handed-in submission; {@code people}: everyone it counts for (a team's members and its author). */
    record Author(long submissionId, long learnerId, Long schoolId, Set<Long> people) {

        Author(long submissionId, long learnerId, Long schoolId) {
            this(submissionId, learnerId, schoolId, Set.of(learnerId));
        }

        /** {@code people} always holds the author. */
        Author {
            people = Set.copyOf(people);
            if (!people.contains(learnerId)) {
                throw new IllegalArgumentException("a submission counts for its author");
            }
        }

        boolean shares(Author other) {
            return people.stream().anyMatch(other.people::contains);
        }
    }

    record Allocation(long submissionId, long assessorId, boolean sameSchool) {
    }

    private PeerAllocator() {
    }

    static List<Allocation> allocate(List<Author> authors, int peers, PeerSettings.Allocation mode, long seed) {
        List<Author> order = new ArrayList<>(authors);
        order.sort(Comparator.comparingLong(Author::submissionId));
        Collections.shuffle(order, new Random(seed));
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i).learnerId(), i);
        }
        Map<Long, Integer> load = new HashMap<>();
        List<Allocation> result = new ArrayList<>();
        for (Author submission : order) {
            List<Author> candidates = new ArrayList<>(order.stream()
                    .filter(other -> !other.shares(submission)).toList());
            // Least loaded first; a tie goes to the next in the shuffled circle after the author.
            candidates.sort(Comparator.<Author>comparingInt(c -> load.getOrDefault(c.learnerId(), 0))
                    .thenComparingInt(c -> Math.floorMod(rank.get(c.learnerId()) - rank.get(submission.learnerId()),
                            order.size())));
            int wanted = Math.min(peers, candidates.size());
            List<Author> chosen = new ArrayList<>();
            if (mode == PeerSettings.Allocation.OTHER_SCHOOL) {
                candidates.stream().filter(c -> !sameSchool(c, submission)).limit(wanted).forEach(chosen::add);
            }
            candidates.stream().filter(c -> !chosen.contains(c)).limit(wanted - chosen.size()).forEach(chosen::add);
            for (Author assessor : chosen) {
                load.merge(assessor.learnerId(), 1, Integer::sum);
                result.add(new Allocation(submission.submissionId(), assessor.learnerId(),
                        sameSchool(assessor, submission)));
            }
        }
        return result;
    }

    private static boolean sameSchool(Author a, Author b) {
        return a.schoolId() != null && Objects.equals(a.schoolId(), b.schoolId());
    }
}

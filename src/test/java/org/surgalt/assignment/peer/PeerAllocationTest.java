package org.surgalt.assignment.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import static org.hamcrest.Matchers.equalTo;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;
import org.surgalt.assignment.peer.PeerAllocator.Allocation;
import org.surgalt.assignment.peer.PeerAllocator.Author;

/**
 * Who assesses whom: balance, never oneself, other schools first and the fallback, repeatable by
 * seed; late work handed in before the allocation is allocated, work handed in after it (an
 * extension) is not and is flagged for the teacher; missing assessments.
 */
@QuarkusTest
class PeerAllocationTest {

    @Inject
    PeerAllocationJob job;

    @Inject
    EntityManager entities;

    @Test
    void lateWorkBeforeTheAllocationIsAllocatedAndWorkAfterItIsFlaggedForTheTeacher() {
        PeerFixture p = new PeerFixture(true);
        // Past the due date but before the cut-off: late, and still allocated like the rest.
        p.f.settings(java.util.Map.of("dueAt", PeerFixture.in(-1), "cutOffAt", PeerFixture.in(30), "maxPoints", 100));
        Sessions.Session late = Sessions.as(aPerson().enrolledIn(p.f.course.code()).create());
        json(late).body(java.util.Map.of("body", "Late plan")).when().post(p.f.api() + "/submission/submit").then()
                .statusCode(200).body("late", equalTo(true));
        org.surgalt.testsupport.PersonBuilder.TestPerson afterwards = aPerson().enrolledIn(p.f.course.code()).create();
        assertEquals(10, p.allocate(job), "five submissions, two peers each");
        assertEquals(2, p.allocatedTo(late).size());

        json(p.f.grader).body(java.util.Map.of("until", PeerFixture.in(90))).when()
                .put(p.f.api() + "/extensions/" + afterwards.id()).then().statusCode(200);
        Sessions.Session extended = Sessions.as(afterwards);
        json(extended).body(java.util.Map.of("body", "After the allocation")).when()
                .post(p.f.api() + "/submission/submit").then().statusCode(200);
        assertEquals(0, p.allocate(job), "allocated once; later work is not");
        assertEquals(0, p.allocatedTo(extended).size());
        long count = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "SELECT COUNT(*) FROM peer_assessment WHERE item_id = ?1").setParameter(1, p.f.itemId)
                .getSingleResult()).longValue());
        assertEquals(10L, count);
        json(p.f.grader).when().get(p.peer() + "/assessments").then().statusCode(200)
                .body("results.find { it.learnerId == " + afterwards.id() + " }.flagged", equalTo(true));
    }

    private static List<Author> authors(int count, int schools) {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            authors.add(new Author(1000 + i, 1 + i, schools == 0 ? null : (long) (i % schools)));
        }
        return authors;
    }

    private static Map<Long, Long> loads(List<Allocation> made) {
        return made.stream().collect(Collectors.groupingBy(Allocation::assessorId, Collectors.counting()));
    }

    @Test
    void randomAllocationGivesEachSubmissionNDistinctPeersAndEachPeerAboutN() {
        for (long s = 0; s < 20; s++) {
            long seed = s;
            List<Author> authors = authors(11, 0);
            List<Allocation> made = PeerAllocator.allocate(authors, 3, PeerSettings.Allocation.RANDOM, seed);
            assertEquals(33, made.size());
            Map<Long, List<Allocation>> bySubmission = made.stream()
                    .collect(Collectors.groupingBy(Allocation::submissionId));
            bySubmission.values().forEach(list -> assertEquals(3,
                    list.stream().map(Allocation::assessorId).distinct().count()));
            loads(made).values().forEach(load -> assertEquals(3L, load, "seed " + seed + ": " + loads(made)));
            assertEquals(11, loads(made).size());
        }
    }

    @Test
    void nobodyIsEverAllocatedTheirOwnSubmission() {
        for (int count = 2; count < 9; count++) {
            List<Author> authors = authors(count, 2);
            for (PeerSettings.Allocation mode : PeerSettings.Allocation.values()) {
                for (Allocation a : PeerAllocator.allocate(authors, 4, mode, count)) {
                    long author = authors.stream().filter(x -> x.submissionId() == a.submissionId()).findFirst()
                            .orElseThrow().learnerId();
                    assertTrue(author != a.assessorId(), "self-assessment " + a);
                }
            }
        }
    }

    @Test
    void aTeamsSubmissionIsNeverAssessedByItsOwnMembersNorByWorkThatCountsForThem() {
        // Team {1, 2, 3} handed in as 1; member 2 also has work of their own from before joining; 4 and 5 alone.
        List<Author> authors = List.of(new Author(10, 1, null, Set.of(1L, 2L, 3L)), new Author(20, 2, null),
                new Author(40, 4, null), new Author(50, 5, null));
        for (long seed = 0; seed < 10; seed++) {
            List<Allocation> made = PeerAllocator.allocate(authors, 3, PeerSettings.Allocation.RANDOM, seed);
            made.stream().filter(a -> a.submissionId() == 10)
                    .forEach(a -> assertTrue(Set.of(4L, 5L).contains(a.assessorId()), "a member assessed: " + a));
            made.stream().filter(a -> a.submissionId() == 20)
                    .forEach(a -> assertTrue(a.assessorId() != 1, "the team's author assessed a member: " + a));
            assertEquals(2, made.stream().filter(a -> a.submissionId() == 10).count(), "the two outside the team");
        }
    }

    @Test
    void fewerPeersThanAskedGivesEveryoneElseAndASingleSubmissionGoesToNobody() {
        List<Allocation> three = PeerAllocator.allocate(authors(3, 0), 5, PeerSettings.Allocation.RANDOM, 1);
        assertEquals(6, three.size(), "each of 3 goes to the other 2");
        assertTrue(PeerAllocator.allocate(authors(1, 0), 3, PeerSettings.Allocation.RANDOM, 1).isEmpty());
        assertTrue(PeerAllocator.allocate(List.of(), 3, PeerSettings.Allocation.RANDOM, 1).isEmpty());
    }

    @Test
    void otherSchoolAllocationNeverPairsASchoolWithItselfWhenOthersAreEnough() {
        List<Author> authors = authors(12, 3);
        List<Allocation> made = PeerAllocator.allocate(authors, 2, PeerSettings.Allocation.OTHER_SCHOOL, 7);
        assertEquals(24, made.size());
        made.forEach(a -> assertFalse(a.sameSchool(), "same school " + a));
        Map<Long, Long> school = authors.stream().collect(Collectors.toMap(Author::learnerId, Author::schoolId));
        Map<Long, Long> authorOf = authors.stream().collect(Collectors.toMap(Author::submissionId, Author::learnerId));
        made.forEach(a -> assertFalse(school.get(a.assessorId()).equals(school.get(authorOf.get(a.submissionId())))));
        loads(made).values().forEach(load -> assertTrue(load >= 1 && load <= 3, "balanced: " + loads(made)));
    }

    @Test
    void otherSchoolFallsBackToTheOwnSchoolWhenThereAreNotEnoughOthersAndMarksIt() {
        // School 0 has five people, school 1 one: a school-0 submission has only one peer from elsewhere.
        List<Author> authors = List.of(new Author(1, 11, 0L), new Author(2, 12, 0L), new Author(3, 13, 0L),
                new Author(4, 14, 0L), new Author(5, 15, 0L), new Author(6, 16, 1L));
        List<Allocation> made = PeerAllocator.allocate(authors, 3, PeerSettings.Allocation.OTHER_SCHOOL, 3);
        assertEquals(18, made.size(), "every submission still gets 3 peers");
        for (long submission = 1; submission <= 5; submission++) {
            long id = submission;
            List<Allocation> its = made.stream().filter(a -> a.submissionId() == id).toList();
            assertEquals(1, its.stream().filter(a -> a.assessorId() == 16).count(), "the other school comes first");
            assertEquals(2, its.stream().filter(Allocation::sameSchool).count(), "the rest is the marked fallback");
        }
        made.stream().filter(a -> a.submissionId() == 6).forEach(a -> assertFalse(a.sameSchool()));
        // A person without a school is nobody's schoolmate.
        List<Allocation> noSchool = PeerAllocator.allocate(authors(4, 0), 2, PeerSettings.Allocation.OTHER_SCHOOL, 1);
        noSchool.forEach(a -> assertFalse(a.sameSchool()));
    }

    @Test
    void theSameSeedGivesTheSameAllocationAndAnotherSeedAnother() {
        List<Author> authors = authors(10, 0);
        List<Author> reversed = new ArrayList<>(authors);
        java.util.Collections.reverse(reversed);
        assertEquals(PeerAllocator.allocate(authors, 3, PeerSettings.Allocation.RANDOM, 42),
                PeerAllocator.allocate(reversed, 3, PeerSettings.Allocation.RANDOM, 42));
        Set<List<Allocation>> seen = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            seen.add(PeerAllocator.allocate(authors, 3, PeerSettings.Allocation.RANDOM, seed));
        }
        assertTrue(seen.size() > 1);
    }

    @Test
    void aPeerWhoDoesNotAssessGetsZeroForItAndTheGradeUsesTheAssessmentsThatCameIn() {
        assertEquals(Optional.of(50), PeerGradeRule.assessing(1, 2, 100), "one of two done");
        assertEquals(Optional.of(0), PeerGradeRule.assessing(0, 3, 100), "none done");
        assertEquals(Optional.empty(), PeerGradeRule.assessing(0, 0, 100), "nothing allocated (handed in late)");
        assertEquals(Optional.of(70), PeerGradeRule.score(null, List.of(70), 50), "the one that came in");
        assertEquals(Optional.of(40), PeerGradeRule.score(40, List.of(), 50), "none came in: the teacher's");
        assertEquals(Optional.empty(), PeerGradeRule.score(null, List.of(), 50), "none at all: flagged");
    }
}

package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.surgalt.cohort.team.TeamDirectory;

/**
 * Whom a submission counts for (issue 22): one learner's, that learner; a team's, the team's members
 * now and whoever handed it in or started it. Handing in, grading and passing record their facts
 * for each of them, as individual work records them for its learner.
 */
@ApplicationScoped
public class SubmissionTeams {

    private final TeamDirectory teams;

    SubmissionTeams(TeamDirectory teams) {
        this.teams = teams;
    }

    public List<Long> countsFor(Submission submission, long actingMember) {
        if (submission.teamId() == null) {
            return List.of(submission.learnerId());
        }
        Set<Long> people = new LinkedHashSet<>(teams.memberIds(submission.teamId()));
        people.add(submission.learnerId());
        people.add(actingMember);
        return List.copyOf(people);
    }

    /** The team's name, for a team's submission ("" for one learner's, or a team deleted since). */
    public String teamName(Submission submission) {
        return submission.teamId() == null ? ""
                : teams.team(submission.teamId()).map(TeamDirectory.TeamView::name).orElse("");
    }
}

package org.surgalt.cohort.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;

/**
 * The enrolment file's team column (cohort/EnrolmentImportService, which has checked that the
 * importer runs the cohort): which teams exist, and putting the file's people into theirs. Team
 * names are matched without case, as the database compares them.
 */
@ApplicationScoped
public class TeamImport {

    /** How many people one query asks about. */
    private static final int BATCH = 1000;

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final AuditLog audit;

    TeamImport(TeamRepository teams, TeamMemberRepository members, AuditLog audit) {
        this.teams = teams;
        this.members = members;
        this.audit = audit;
    }

    public static final int MAX_NAME = Team.MAX_NAME;

    /** The names of the cohort's teams (a set that ignores case). */
    @Transactional
    public Set<String> names(long cohortId) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        teams.ofCohort(cohortId).forEach(team -> names.add(team.name()));
        return names;
    }

    /**
     * Puts each person (cohort members now) into the team named for them, made if missing, out of any
     * other team of the cohort. One audit entry for the whole file, not one per person.
     */
    @Transactional
    public void place(Viewer viewer, long cohortId, Map<Long, String> teamByPerson) {
        if (teamByPerson.isEmpty()) {
            return;
        }
        Map<String, Team> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        teams.ofCohort(cohortId).forEach(team -> byName.put(team.name(), team));
        List<String> made = new ArrayList<>();
        List<Long> people = List.copyOf(teamByPerson.keySet());
        int moved = 0;
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            Map<Long, Long> current = members.teamsOf(cohortId, batch);
            for (Long person : batch) {
                Team team = byName.computeIfAbsent(teamByPerson.get(person), name -> {
                    Team created = new Team(cohortId, name, null);
                    teams.persist(created);
                    teams.flush();
                    made.add(created.name());
                    return created;
                });
                Long was = current.get(person);
                if (was != null && was == team.id()) {
                    continue;
                }
                if (was != null) {
                    members.delete("teamId = ?1 and userId = ?2", was, person);
                    moved++;
                }
                members.persist(new TeamMember(team, person));
            }
            members.flush();
        }
        audit.record(AuditLog.by(viewer, "team.import").object("cohort", cohortId)
                .after(Map.of("people", teamByPerson.size(), "moved", moved, "teamsMade", made)));
    }
}

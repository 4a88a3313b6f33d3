package org.surgalt.cohort.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortAccess;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * A cohort's teams, as its coordinators run them (who they are: {@link CohortAccess#canManage}):
 * create, rename, delete, and who is in which. A team's members are members of the cohort, each in
 * at most one team of it: adding someone who is in another team moves them.
 */
@ApplicationScoped
public class TeamService {

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final CohortAccess access;
    private final AuditLog audit;

    TeamService(TeamRepository teams, TeamMemberRepository members, CohortAccess access, AuditLog audit) {
        this.teams = teams;
        this.members = members;
        this.access = access;
        this.audit = audit;
    }

    public record TeamRow(long id, String name, long members) {
    }

    public record TeamDetail(Team team, List<TeamMemberRepository.Row> members) {
    }

    /** "One team per school": how many teams were made and how many members were placed. */
    public record PerSchool(int created, int placed) {
    }

    @Transactional
    public List<TeamRow> teams(Viewer viewer, Cohort cohort) {
        access.requireCanManage(viewer, cohort);
        Map<Long, Long> counts = members.counts(cohort.id());
        return teams.ofCohort(cohort.id()).stream()
                .map(team -> new TeamRow(team.id(), team.name(), counts.getOrDefault(team.id(), 0L))).toList();
    }

    @Transactional
    public TeamDetail team(Viewer viewer, Cohort cohort, long teamId) {
        Team team = managed(viewer, cohort, teamId);
        return new TeamDetail(team, members.rows(team.id()));
    }

    @Transactional
    public Team create(Viewer viewer, Cohort cohort, String name) {
        access.requireCanManage(viewer, cohort);
        Team team = new Team(cohort.id(), name, null);
        requireFreeName(cohort.id(), team.name(), null);
        teams.persist(team);
        teams.flush();
        audit.record(AuditLog.by(viewer, "team.create").object("team", team.id())
                .after(Map.of("cohort", cohort.code(), "name", team.name())));
        return team;
    }

    @Transactional
    public Team rename(Viewer viewer, Cohort cohort, long teamId, String name) {
        Team team = managed(viewer, cohort, teamId);
        String before = team.name();
        String after = Team.validName(name);
        requireFreeName(cohort.id(), after, team.id());
        team.rename(after);
        audit.record(AuditLog.by(viewer, "team.rename").object("team", team.id())
                .before(Map.of("name", before)).after(Map.of("name", after)));
        return team;
    }

    /** Refused while the team has a submission or a forum: its work and its talk are kept. */
    @Transactional
    public void delete(Viewer viewer, Cohort cohort, long teamId) {
        Team team = managed(viewer, cohort, teamId);
        List<Long> before = members.userIds(team.id());
        try {
            members.delete("teamId", team.id());
            teams.delete(team);
            teams.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("This team has handed in work or has its own forum; it is kept.");
        }
        audit.record(AuditLog.by(viewer, "team.delete").object("team", teamId)
                .before(Map.of("cohort", cohort.code(), "name", team.name(), "members", before.size())));
    }

    /** Adds a cohort member, named by email, to the team (moving them from another team of the cohort). */
    @Transactional
    public void addByEmail(Viewer viewer, Cohort cohort, long teamId, String email) {
        Team team = managed(viewer, cohort, teamId);
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw DomainException.invalid("email", "is required: the email of a member of the cohort");
        }
        long userId = members.memberByEmail(cohort.id(), address)
                .orElseThrow(() -> DomainException.invalid("email", "is not the email of a member of this cohort"));
        place(viewer, team, userId);
    }

    @Transactional
    public void add(Viewer viewer, Cohort cohort, long teamId, long userId) {
        Team team = managed(viewer, cohort, teamId);
        if (!members.isCohortMember(cohort.id(), userId)) {
            throw DomainException.notFound("member of the cohort", userId);
        }
        place(viewer, team, userId);
    }

    @Transactional
    public void remove(Viewer viewer, Cohort cohort, long teamId, long userId) {
        Team team = managed(viewer, cohort, teamId);
        if (members.delete("teamId = ?1 and userId = ?2", team.id(), userId) == 0) {
            throw DomainException.notFound("member of the team", userId);
        }
        audit.record(AuditLog.by(viewer, "team.remove_member").object("team", team.id()).person(userId)
                .before(Map.of("team", team.name())));
    }

    /**
     * A team for each school of the cohort's members (named after the school), with the members of
     * that school who are in no team yet. Again later, it only adds: the teams made before are found
     * by their school, members placed by hand stay where they are.
     */
    @Transactional
    public PerSchool perSchool(Viewer viewer, Cohort cohort) {
        access.requireCanManage(viewer, cohort);
        int created = 0;
        int placed = 0;
        Map<Long, Team> bySchool = new java.util.HashMap<>();
        for (TeamMemberRepository.Placed member : members.placed(cohort.id())) {
            if (member.teamId() != null || member.institutionId() == null) {
                continue;
            }
            Team team = bySchool.get(member.institutionId());
            if (team == null) {
                team = teams.forSchool(cohort.id(), member.institutionId()).or(() -> teams.named(cohort.id(),
                        schoolTeamName(member.institution()))).orElse(null);
                if (team == null) {
                    team = new Team(cohort.id(), schoolTeamName(member.institution()), member.institutionId());
                    teams.persist(team);
                    teams.flush();
                    created++;
                }
                bySchool.put(member.institutionId(), team);
            }
            members.persist(new TeamMember(team, member.userId()));
            placed++;
        }
        audit.record(AuditLog.by(viewer, "team.per_school").object("cohort", cohort.id())
                .after(Map.of("created", created, "placed", placed)));
        return new PerSchool(created, placed);
    }

    private static String schoolTeamName(String school) {
        return school.length() <= Team.MAX_NAME ? school : school.substring(0, Team.MAX_NAME);
    }

    /** Puts a cohort member into the team, out of any other team of the cohort. */
    void place(Viewer viewer, Team team, long userId) {
        java.util.Optional<TeamMember> current = members.inCohort(team.cohortId(), userId);
        if (current.isPresent() && current.get().teamId() == team.id()) {
            return;
        }
        current.ifPresent(members::delete);
        members.flush();
        members.persist(new TeamMember(team, userId));
        audit.record(AuditLog.by(viewer, "team.add_member").object("team", team.id()).person(userId)
                .before(current.map(m -> Map.<String, Object>of("team", m.teamId())).orElse(Map.of()))
                .after(Map.of("team", team.name())));
    }

    private Team managed(Viewer viewer, Cohort cohort, long teamId) {
        access.requireCanManage(viewer, cohort);
        return teams.inCohort(cohort.id(), teamId).orElseThrow(() -> DomainException.notFound("team", teamId));
    }

    private void requireFreeName(long cohortId, String name, Long self) {
        teams.named(cohortId, name).filter(other -> self == null || other.id() != self).ifPresent(other -> {
            throw DomainException.invalid("name", "is the name of another team of this cohort");
        });
    }
}

package org.surgalt.cohort;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.surgalt.cohort.ImportReport.Outcome;
import org.surgalt.cohort.ImportReport.Problem;
import org.surgalt.cohort.ImportReport.RowResult;
import org.surgalt.cohort.team.TeamImport;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Institution;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;

/**
 * Bulk enrolment from a CSV file: a dry run says what each row would do and writes nothing; a
 * commit writes everything in one transaction, or nothing when any row is an error. People are
 * matched by email (without case); a matched person's name and institution are left as they are.
 * New people get no password: an admin or coordinator of their institution sends them a
 * password-reset link (SSO sign-in never links to an existing account by email).
 */
@ApplicationScoped
public class EnrolmentImportService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 200;
    private static final int FLUSH_EVERY = 1000;

    private final CohortService cohorts;
    private final CohortMemberRepository members;
    private final CohortImportRepository imports;
    private final IdentityService identity;
    private final CohortConfig config;
    private final CohortAccess access;
    private final TeamImport teams;

    private final org.surgalt.identity.AuditLog audit;

    EnrolmentImportService(CohortService cohorts, CohortMemberRepository members, CohortImportRepository imports,
            IdentityService identity, CohortConfig config, CohortAccess access, TeamImport teams,
            org.surgalt.identity.AuditLog audit) {
        this.teams = teams;
        this.audit = audit;
        this.access = access;
        this.cohorts = cohorts;
        this.members = members;
        this.imports = imports;
        this.identity = identity;
        this.config = config;
    }

    // A 50,000-row commit inserts people, memberships and enrolments in one transaction: more
    // than the default minute on a busy machine.
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportReport run(Viewer viewer, long cohortId, InputStream csv, String filename, boolean commit,
            CohortMember.Source source) {
        Cohort cohort = cohorts.manageable(viewer, cohortId);
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.read(csv, config.importing().maxRows(),
                config.importing().maxBytes());
        if (parsed.refused()) {
            return new ImportReport(parsed.sha256(), filename, parsed.problem(), parsed.detail(), List.of(),
                    new ImportReport.Totals(0, 0, 0, 0, 0), false);
        }
        Checked checked = check(viewer, cohort, parsed.rows());
        ImportReport.Totals totals = totals(checked.results());
        boolean write = commit && totals.errors() == 0;
        if (write) {
            try {
                write(viewer, cohort, parsed, checked, totals, filename, source);
                audit.record(org.surgalt.identity.AuditLog.by(viewer, "cohort.import").object("cohort", cohort.id())
                        .after(totals).detail(filename));
            } catch (jakarta.persistence.PersistenceException e) {
                // Someone created one of these people or members meanwhile (a unique key): the whole
                // transaction rolls back, and a new check shows the file as it now stands.
                throw org.surgalt.platform.DomainException.conflict(
                        "Some of these people were enrolled by someone else meanwhile; nothing was written. Check the file again.");
            }
        }
        return new ImportReport(parsed.sha256(), filename, null, null, checked.results(), totals, write);
    }

    private record Checked(List<RowResult> results, Map<String, Institution> institutions, Map<String, User> users,
            List<EnrolmentCsv.Row> rows) {
    }

    private Checked check(Viewer viewer, Cohort cohort, List<EnrolmentCsv.Row> rows) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        for (EnrolmentCsv.Row row : rows) {
            if (!row.institutionCode().isEmpty()) {
                codes.add(row.institutionCode());
            }
            if (validEmail(row.email())) {
                emails.add(row.email().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Institution> institutions = identity.institutionsByCode(codes);
        Map<String, User> users = identity.usersByEmail(emails);
        Set<Long> alreadyMembers = members.membersAmong(cohort.id(),
                users.values().stream().map(User::id).toList());
        // Whether an address has an account is said (it decides what the commit does); whose it is,
        // only to whoever may see that person already (this cohort's members among them).
        Set<Long> shown = access.identifiable(viewer, users.values());
        shown.addAll(alreadyMembers);
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowResult> results = new ArrayList<>(rows.size());
        for (EnrolmentCsv.Row row : rows) {
            String key = row.email().toLowerCase(Locale.ROOT);
            Problem problem = null;
            String detail = null;
            Integer earlier = validEmail(row.email()) ? firstRow.putIfAbsent(key, row.row()) : null;
            if (row.problem() != null) {
                problem = Problem.MISSING_VALUES;
            } else if (!validEmail(row.email())) {
                problem = Problem.INVALID_EMAIL;
            } else if (earlier != null) {
                problem = Problem.DUPLICATE;
                detail = earlier.toString();
            } else if (row.name().isEmpty()) {
                problem = Problem.EMPTY_NAME;
            } else if (row.name().length() > MAX_NAME) {
                problem = Problem.NAME_TOO_LONG;
                detail = Integer.toString(MAX_NAME);
            } else if (row.institutionCode().isEmpty()) {
                problem = Problem.EMPTY_INSTITUTION;
            } else if (!institutions.containsKey(row.institutionCode())) {
                problem = Problem.UNKNOWN_INSTITUTION;
            } else if (!row.locale().isEmpty() && !EnrolmentCsv.LOCALES.contains(row.locale().toLowerCase(Locale.ROOT))) {
                problem = Problem.BAD_LOCALE;
                detail = row.locale();
            }
            if (problem != null) {
                results.add(new RowResult(row.row(), row.email(), row.name(), row.institutionCode(), Outcome.ERROR,
                        problem, detail, null, false));
                continue;
            }
            User user = users.get(key);
            if (user == null) {
                results.add(new RowResult(row.row(), row.email(), row.name(), row.institutionCode(), Outcome.NEW_USER,
                        null, null, null, false));
                continue;
            }
            if (!shown.contains(user.id())) {
                results.add(new RowResult(row.row(), row.email(), row.name(), row.institutionCode(),
                        Outcome.MATCHED, null, null, null, true));
                continue;
            }
            String other = user.institution() == null ? ""
                    : user.institution().code().equals(row.institutionCode()) ? null : user.institution().code();
            results.add(new RowResult(row.row(), user.email(), user.displayName(), row.institutionCode(),
                    alreadyMembers.contains(user.id()) ? Outcome.ALREADY_MEMBER : Outcome.MATCHED, null, null, other,
                    false));
        }
        withTeams(cohort, rows, results);
        return new Checked(results, institutions, users, rows);
    }

    /** The team column (issue 22): each row's team, said to be new when the cohort has none of that name. */
    private void withTeams(Cohort cohort, List<EnrolmentCsv.Row> rows, List<RowResult> results) {
        if (rows.stream().allMatch(row -> row.team().isEmpty())) {
            return;
        }
        Set<String> existing = teams.names(cohort.id());
        for (int i = 0; i < rows.size(); i++) {
            String team = rows.get(i).team();
            RowResult result = results.get(i).withTeam(team, !team.isEmpty() && !existing.contains(team));
            if (team.length() > TeamImport.MAX_NAME && result.outcome() != Outcome.ERROR) {
                result = result.refused(Problem.TEAM_TOO_LONG, Integer.toString(TeamImport.MAX_NAME));
            }
            results.set(i, result);
        }
    }

    private static boolean validEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    private static ImportReport.Totals totals(List<RowResult> results) {
        int[] counts = new int[Outcome.values().length];
        results.forEach(result -> counts[result.outcome().ordinal()]++);
        return new ImportReport.Totals(results.size(), counts[Outcome.NEW_USER.ordinal()],
                counts[Outcome.MATCHED.ordinal()], counts[Outcome.ALREADY_MEMBER.ordinal()],
                counts[Outcome.ERROR.ordinal()]);
    }

    private void write(Viewer viewer, Cohort cohort, EnrolmentCsv.Parsed parsed, Checked checked,
            ImportReport.Totals totals, String filename, CohortMember.Source source) {
        List<Long> joining = new ArrayList<>();
        Map<Long, String> teamOf = new HashMap<>();
        for (int i = 0; i < checked.rows().size(); i++) {
            EnrolmentCsv.Row row = checked.rows().get(i);
            RowResult result = checked.results().get(i);
            Long person = null;
            if (result.outcome() == Outcome.NEW_USER) {
                String locale = row.locale().isEmpty() ? "mn" : row.locale().toLowerCase(Locale.ROOT);
                person = identity.createUser(row.email(), row.name(), locale,
                        checked.institutions().get(row.institutionCode())).id();
                joining.add(person);
                if (joining.size() % FLUSH_EVERY == 0) {
                    // Rows are inserted as they are persisted; what stays in the session is only memory.
                    members.getEntityManager().flush();
                    members.getEntityManager().clear();
                }
            } else if (result.outcome() == Outcome.MATCHED) {
                person = checked.users().get(row.email().toLowerCase(Locale.ROOT)).id();
                joining.add(person);
            } else if (result.outcome() == Outcome.ALREADY_MEMBER) {
                person = checked.users().get(row.email().toLowerCase(Locale.ROOT)).id();
            }
            if (person != null && !row.team().isEmpty()) {
                teamOf.put(person, row.team());
            }
        }
        int added = cohorts.addMembers(cohort, joining, viewer.userId(), source);
        members.flush();
        teams.place(viewer, cohort.id(), teamOf);
        imports.persist(new CohortImport(cohort.id(), parsed.sha256(), filename, totals.rows(), totals.newUsers(),
                totals.matched() + totals.alreadyMembers(), added, viewer.userId()));
    }
}

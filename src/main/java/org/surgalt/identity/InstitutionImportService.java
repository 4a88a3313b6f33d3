package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgalt.identity.InstitutionImport.Outcome;
import org.surgalt.identity.InstitutionImport.Problem;
import org.surgalt.identity.place.Places;
import org.surgalt.platform.CsvFile;
import org.surgalt.platform.DomainException;

/**
 * A list of schools (or universities, ministries) from CSV, as bulk enrolment does it: a dry run
 * says what each row would do and writes nothing; applying writes every row in one transaction, or
 * nothing when any row is an error. Rows are matched by code: a new code creates an institution, a
 * known one is updated to the row's name, kind and place. Recorded as one audit event per applied
 * file ("institution.import", with the counts and the codes created and updated).
 */
@ApplicationScoped
public class InstitutionImportService {

    /** Mongolia has under a thousand schools: a file of 5,000 rows or 2 MB is surely a mistake. */
    public static final int MAX_ROWS = 5000;
    public static final long MAX_BYTES = 2_000_000;
    private static final CsvFile.Columns COLUMNS = new CsvFile.Columns(List.of("code", "name", "kind", "aimag",
            "soum"), List.of());
    private static final Map<String, InstitutionKind> KIND_WORDS = Map.of("сургууль", InstitutionKind.SCHOOL,
            "их сургууль", InstitutionKind.UNIVERSITY, "яам", InstitutionKind.MINISTRY);

    private final InstitutionRepository institutions;
    private final InstitutionAccess access;
    private final Places places;
    private final AuditLog audit;

    InstitutionImportService(InstitutionRepository institutions, InstitutionAccess access, Places places,
            AuditLog audit) {
        this.institutions = institutions;
        this.access = access;
        this.places = places;
        this.audit = audit;
    }

    @Transactional
    public InstitutionImport run(Viewer viewer, InputStream csv, String filename, boolean apply, boolean addSoums) {
        access.requireManage(viewer);
        CsvFile.Parsed parsed = CsvFile.read(csv, COLUMNS, MAX_ROWS, MAX_BYTES);
        if (parsed.refused()) {
            return new InstitutionImport(parsed.sha256(), filename, parsed.problem(), parsed.detail(), List.of(),
                    new InstitutionImport.Totals(0, 0, 0, 0, 0), false);
        }
        List<Planned> plan = check(parsed.lines(), addSoums);
        List<InstitutionImport.Row> rows = plan.stream().map(Planned::row).toList();
        InstitutionImport.Totals totals = totals(rows);
        boolean write = apply && totals.errors() == 0;
        if (write) {
            write(viewer, plan, totals, filename, parsed.sha256());
        }
        return new InstitutionImport(parsed.sha256(), filename, null, null, rows, totals, write);
    }

    /** A row's outcome and, for rows that write, what they write. */
    private record Planned(InstitutionImport.Row row, Institution existing, InstitutionKind kind, Places.Aimag aimag,
            String soum) {
    }

    private List<Planned> check(List<CsvFile.Line> lines, boolean addSoums) {
        Set<String> codes = new LinkedHashSet<>();
        lines.forEach(line -> codes.add(line.get("code").toLowerCase(Locale.ROOT)));
        Map<String, Institution> existing = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            institutions.list("code in ?1", all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(i -> existing.put(i.code(), i));
        }
        List<Places.Soum> soums = places.soums();
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned> plan = new ArrayList<>(lines.size());
        for (CsvFile.Line line : lines) {
            String code = line.get("code").toLowerCase(Locale.ROOT);
            String name = line.get("name");
            String kindText = line.get("kind");
            Optional<InstitutionKind> kind = kind(kindText);
            Optional<Places.Aimag> aimag = places.aimag(line.get("aimag"));
            Optional<Places.Soum> soum = aimag.flatMap(a -> Places.soum(soums, a, line.get("soum")));
            Integer earlier = InstitutionService.validCode(code) ? firstRow.putIfAbsent(code, line.row()) : null;
            Institution known = existing.get(code);
            Problem problem = null;
            String detail = null;
            if (line.problem() != null) {
                problem = Problem.MISSING_VALUES;
            } else if (!InstitutionService.validCode(code)) {
                problem = Problem.BAD_CODE;
            } else if (earlier != null) {
                problem = Problem.DUPLICATE;
                detail = earlier.toString();
            } else if (name.isEmpty()) {
                problem = Problem.EMPTY_NAME;
            } else if (name.length() > 255) {
                problem = Problem.NAME_TOO_LONG;
            } else if (kind.isEmpty()) {
                problem = Problem.BAD_KIND;
            } else if (aimag.isEmpty()) {
                problem = Problem.UNKNOWN_AIMAG;
            } else if (soum.isEmpty() && (!addSoums || line.get("soum").isEmpty() || line.get("soum").length() > 100)) {
                problem = Problem.UNKNOWN_SOUM;
            } else if (known != null && known.retired()) {
                problem = Problem.RETIRED;
            }
            if (problem != null) {
                plan.add(new Planned(new InstitutionImport.Row(line.row(), code, name, kindText, line.get("aimag"),
                        line.get("soum"), Outcome.ERROR, problem, detail, false), null, null, null, null));
                continue;
            }
            String aimagName = aimag.get().nameMn();
            String soumName = soum.map(Places.Soum::nameMn).orElse(line.get("soum"));
            Outcome outcome = known == null ? Outcome.CREATED
                    : known.name().equals(name) && known.kind() == kind.get() && known.aimag().equals(aimagName)
                            && known.soum().equals(soumName) ? Outcome.UNCHANGED : Outcome.UPDATED;
            plan.add(new Planned(new InstitutionImport.Row(line.row(), code, name, kind.get().name(), aimagName,
                    soumName, outcome, null, null, soum.isEmpty()), known, kind.get(), aimag.get(), soumName));
        }
        return plan;
    }

    private void write(Viewer viewer, List<Planned> plan, InstitutionImport.Totals totals, String filename,
            String sha256) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (Planned planned : plan) {
            InstitutionImport.Row row = planned.row();
            if (row.newSoum()) {
                places.addSoum(viewer, planned.aimag(), planned.soum());
            }
            if (row.outcome() == Outcome.CREATED) {
                institutions.persist(new Institution(row.code(), row.name(), planned.kind(), row.aimag(), row.soum()));
                created.add(row.code());
            } else if (row.outcome() == Outcome.UPDATED) {
                planned.existing().change(row.code(), row.name(), planned.kind(), row.aimag(), row.soum());
                updated.add(row.code());
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("totals", totals);
        after.put("created", created);
        after.put("updated", updated);
        try {
            institutions.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Someone created one of these codes meanwhile: everything rolls back; a new check shows it.
            throw DomainException.conflict(
                    "Some of these institutions were created by someone else meanwhile; nothing was written. Check the file again.");
        }
        audit.record(AuditLog.by(viewer, "institution.import").object("institution", null).after(after)
                .detail((filename == null ? "CSV" : filename) + " " + sha256));
    }

    static Optional<InstitutionKind> kind(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (InstitutionKind kind : InstitutionKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(KIND_WORDS.get(key));
    }

    private static InstitutionImport.Totals totals(List<InstitutionImport.Row> rows) {
        int[] counts = new int[Outcome.values().length];
        rows.forEach(row -> counts[row.outcome().ordinal()]++);
        return new InstitutionImport.Totals(rows.size(), counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.ERROR.ordinal()]);
    }
}

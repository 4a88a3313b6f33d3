package org.surgalt.identity;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.surgalt.identity.place.Places;
import org.surgalt.platform.DomainException;

/**
 * Institutions as the programme's admins run them: search, create, edit, retire and merge, each
 * recorded in the audit log with the state before and after. Who may do what: {@link InstitutionAccess}.
 */
@ApplicationScoped
public class InstitutionService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final int MAX_NAME = 255;
    private static final int MAX_LIST = 500;

    /** What a list shows: text in the code or name, an aimag, a kind; retired ones only when asked. */
    public record Filter(String text, String aimag, InstitutionKind kind, boolean retired) {
        public static final Filter ALL = new Filter(null, null, null, false);
    }

    /** What a form or a JSON body gives; {@code addSoum}: a soum not yet known is added to the aimag. */
    public record Input(String code, String name, String kind, String aimag, String soum, boolean addSoum) {
    }

    /** An institution as the audit log and the API show it. */
    public record View(long id, String code, String name, InstitutionKind kind, String aimag, String soum,
            boolean retired, Long mergedInto) {
        public static View of(Institution i) {
            return new View(i.id(), i.code(), i.name(), i.kind(), i.aimag(), i.soum(), i.retired(), i.mergedInto());
        }
    }

    private final InstitutionRepository institutions;
    private final InstitutionAccess access;
    private final InstitutionMerger merger;
    private final Places places;
    private final AuditLog audit;

    InstitutionService(InstitutionRepository institutions, InstitutionAccess access, InstitutionMerger merger,
            Places places, AuditLog audit) {
        this.institutions = institutions;
        this.access = access;
        this.merger = merger;
        this.places = places;
        this.audit = audit;
    }

    /** Site admins: every match; institution admins: their own institutions that match. */
    @Transactional
    public List<Institution> search(Viewer viewer, Filter filter) {
        access.requireSeeList(viewer);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.text() != null && !filter.text().isBlank()) {
            query.append(" and (lower(code) like :text or lower(name) like :text)");
            parameters.and("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.aimag() != null && !filter.aimag().isBlank()) {
            query.append(" and aimag = :aimag");
            parameters.and("aimag", filter.aimag().strip());
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", filter.kind());
        }
        query.append(filter.retired() ? " and retiredAt is not null" : " and retiredAt is null");
        if (!access.mayManage(viewer)) {
            List<Long> own = viewer.grants().stream().filter(g -> g.role() == Role.INSTITUTION_ADMIN
                    && g.scope() == RoleGrant.Scope.INSTITUTION).map(Grant::scopeId).toList();
            if (own.isEmpty()) {
                return List.of();
            }
            query.append(" and id in :own");
            parameters.and("own", own);
        }
        return institutions.find(query.toString(), Sort.by("name").and("code"), parameters).page(0, MAX_LIST).list();
    }

    @Transactional
    public Institution get(Viewer viewer, long id) {
        Institution institution = find(id);
        access.requireRename(viewer, institution);
        return institution;
    }

    @Transactional
    public Institution create(Viewer viewer, Input input) {
        access.requireManage(viewer);
        Checked checked = check(viewer, input, null);
        Institution institution = new Institution(checked.code(), checked.name(), checked.kind(), checked.aimag(),
                checked.soum());
        institutions.persist(institution);
        audit.record(AuditLog.by(viewer, "institution.create").object("institution", institution.id())
                .after(View.of(institution)));
        return institution;
    }

    /** Site admins change everything; an institution admin only the name (anything else: 403). */
    @Transactional
    public Institution edit(Viewer viewer, long id, Input input) {
        Institution institution = find(id);
        access.requireRename(viewer, institution);
        View before = View.of(institution);
        if (access.mayManage(viewer)) {
            Checked checked = check(viewer, input, institution);
            institution.change(checked.code(), checked.name(), checked.kind(), checked.aimag(), checked.soum());
        } else {
            if (changesMoreThanName(input, institution)) {
                throw DomainException.forbidden("Only site admins change an institution's code, kind or place.");
            }
            institution.rename(name(input.name()));
        }
        audit.record(AuditLog.by(viewer, "institution.edit").object("institution", id).before(before)
                .after(View.of(institution)));
        return institution;
    }

    @Transactional
    public Institution retire(Viewer viewer, long id, boolean retired) {
        access.requireManage(viewer);
        Institution institution = find(id);
        View before = View.of(institution);
        if (retired == institution.retired()) {
            return institution;
        }
        if (retired) {
            institution.retire();
        } else if (institution.mergedInto() != null) {
            throw DomainException.conflict("This institution was merged into another; it stays retired.");
        } else {
            institution.unretire();
        }
        audit.record(AuditLog.by(viewer, retired ? "institution.retire" : "institution.unretire")
                .object("institution", id).before(before).after(View.of(institution)));
        return institution;
    }

    /** Everything of {@code fromId} moves to {@code intoId}; {@code fromId} is retired, pointing at it. */
    @Transactional
    public Institution merge(Viewer viewer, long fromId, long intoId) {
        access.requireManage(viewer);
        Institution gone = find(fromId);
        Institution kept = find(intoId);
        if (gone.id().equals(kept.id())) {
            throw DomainException.invalid("into", "choose another institution to merge into");
        }
        if (kept.retired()) {
            throw DomainException.invalid("into", "cannot merge into a retired institution");
        }
        if (gone.retired()) {
            throw DomainException.conflict("This institution is retired already; un-retire it first to merge it.");
        }
        View goneBefore = View.of(gone);
        institutions.flush();
        Map<String, Integer> moved = merger.move(gone.id(), kept.id());
        gone.mergedInto(kept);
        audit.record(AuditLog.by(viewer, "institution.merge").object("institution", kept.id())
                .before(Map.of("merged", goneBefore, "kept", View.of(kept)))
                .after(Map.of("merged", View.of(gone), "kept", View.of(kept), "moved", moved))
                .detail(gone.code() + " into " + kept.code()));
        return kept;
    }

    /** Institutions by code, retired ones too (the import reports what exists). */
    @Transactional
    public Map<String, Institution> byCode(java.util.Collection<String> codes) {
        Map<String, Institution> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            institutions.list("code in ?1", all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(i -> found.put(i.code(), i));
        }
        return found;
    }

    private Institution find(long id) {
        return institutions.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("institution", id));
    }

    record Checked(String code, String name, InstitutionKind kind, String aimag, String soum) {
    }

    /** Validates a whole form: the code (unique), name, kind and a known place (or one to add). */
    Checked check(Viewer viewer, Input input, Institution editing) {
        String code = input.code() == null ? "" : input.code().strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid("code",
                    "use 1 to 64 lower-case Latin letters, digits, dots, dashes or underscores");
        }
        institutions.findByCode(code).filter(other -> editing == null || !other.id().equals(editing.id()))
                .ifPresent(other -> {
                    throw DomainException.invalid("code", "another institution has this code");
                });
        String name = name(input.name());
        InstitutionKind kind = kind(input.kind());
        Places.Aimag aimag = places.aimag(input.aimag())
                .orElseThrow(() -> DomainException.invalid("aimag", "choose an aimag or the capital"));
        String soumName = input.soum() == null ? "" : input.soum().strip();
        if (soumName.isEmpty() || soumName.length() > 100) {
            throw DomainException.invalid("soum", "give the soum or district (at most 100 characters)");
        }
        Places.Soum soum = places.soum(aimag, soumName).orElseGet(() -> {
            if (!input.addSoum()) {
                throw DomainException.invalid("soum", "is not a known soum of this aimag; tick \"add new soums\" to add it");
            }
            return places.addSoum(viewer, aimag, soumName);
        });
        return new Checked(code, name, kind, aimag.nameMn(), soum.nameMn());
    }

    static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw DomainException.invalid("name", "give a name of at most 255 characters");
        }
        return stripped;
    }

    private static InstitutionKind kind(String kind) {
        return InstitutionImportService.kind(kind)
                .orElseThrow(() -> DomainException.invalid("kind", "choose school, university or ministry"));
    }

    private static boolean changesMoreThanName(Input input, Institution institution) {
        List<Boolean> changes = new ArrayList<>();
        changes.add(input.code() != null && !input.code().strip().equalsIgnoreCase(institution.code()));
        changes.add(input.kind() != null && !input.kind().strip().equalsIgnoreCase(institution.kind().name()));
        changes.add(input.aimag() != null && !input.aimag().strip().equals(institution.aimag()));
        changes.add(input.soum() != null && !input.soum().strip().equals(institution.soum()));
        return changes.contains(true);
    }
}

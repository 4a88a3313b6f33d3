package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Course editors set when their course counts as complete; a change is applied to everyone in the background. */
@ApplicationScoped
public class CompletionRuleService {

    private final CompletionRuleRepository rules;
    private final CourseService courses;
    private final CourseAccess access;
    private final RecomputeService recomputes;
    private final ProgressService progress;
    private final org.surgalt.identity.AuditLog audit;

    CompletionRuleService(CompletionRuleRepository rules, CourseService courses, CourseAccess access,
            RecomputeService recomputes, ProgressService progress, org.surgalt.identity.AuditLog audit) {
        this.audit = audit;
        this.progress = progress;
        this.rules = rules;
        this.courses = courses;
        this.access = access;
        this.recomputes = recomputes;
    }

    /** The course's rule as an editor sees it; with no row, "every module" (version 0). */
    @Transactional
    public RuleView view(Viewer viewer, long courseId) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        CompletionRule rule = rules.findById(courseId);
        return rule == null ? new RuleView(courseId, true, List.of(), null, 0)
                : new RuleView(courseId, rule.allModules(), rule.conditions(), rule.onlineHours(), rule.version());
    }

    /** The draft's modules and items, which the rule's conditions choose from. */
    @Transactional
    public CourseContent draft(Viewer viewer, long courseId) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        return CourseContent.ofDraft(course);
    }

    /**
     * Saves the rule when {@code expectedVersion} is the one stored (else a conflict: someone else
     * saved meanwhile). Conditions may name items of the draft or of the published version.
     */
    @Transactional
    public RuleView save(Viewer viewer, long courseId, long expectedVersion, boolean allModules,
            List<RuleCondition> conditions, BigDecimal onlineHours) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        Set<Long> known = CourseContent.ofDraft(course).items().map(CourseContent.ItemContent::id)
                .collect(Collectors.toSet());
        if (course.publishedVersion().isPresent()) {
            courses.published(course.code()).items().forEach(item -> known.add(item.id()));
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (!known.containsAll(conditions.get(i).items())) {
                throw DomainException.invalid("conditions[" + i + "].items", "must be items of this course");
            }
        }
        CompletionRule rule = rules.findById(courseId);
        long stored = rule == null ? 0 : rule.version();
        if (expectedVersion != stored) {
            throw DomainException.conflict("Someone else saved the completion rule while you were editing it.");
        }
        boolean changed = rule == null ? !(allModules && conditions.isEmpty())
                : rule.allModules() != allModules || !rule.conditions().equals(conditions);
        boolean hoursChanged = rule == null ? onlineHours != null
                : !Objects.equals(rule.onlineHours() == null ? null : rule.onlineHours().stripTrailingZeros(),
                        onlineHours == null ? null : onlineHours.stripTrailingZeros());
        java.util.Map<String, Object> before = rule == null ? null : audited(rule);
        if (rule == null) {
            rule = new CompletionRule(courseId);
            rule.change(allModules, conditions, onlineHours, viewer.userId());
            rules.persist(rule);
        } else if (changed || hoursChanged) {
            rule.change(allModules, conditions, onlineHours, viewer.userId());
        }
        rules.flush();
        if (rule.version() != stored || before == null) {
            audit.record(org.surgalt.identity.AuditLog.by(viewer, "completion_rule.change").object("course", courseId)
                    .before(before).after(audited(rule)));
        }
        if (changed) {
            progress.forgetRule(courseId);
            recomputes.request(courseId, RecomputeLog.Reason.RULE_CHANGED.name(), viewer.userId());
        }
        return new RuleView(courseId, rule.allModules(), rule.conditions(), rule.onlineHours(), rule.version());
    }

    private static java.util.Map<String, Object> audited(CompletionRule rule) {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("allModules", rule.allModules());
        state.put("conditions", List.copyOf(rule.conditions()));
        state.put("onlineHours", rule.onlineHours());
        return state;
    }

    /** {@code version}: the optimistic-lock version to send back with a change. */
    public record RuleView(long courseId, boolean allModules, List<RuleCondition> conditions, BigDecimal onlineHours,
            long version) {
    }
}

package org.surgalt.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.lti.LtiContexts.ToolContext;
import org.surgalt.lti.LtiLineItemService.Ref;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Assignment and Grade Services 2.0, scores: a tool posts a learner's score to one of its own line
 * items; the latest is kept (its results). On an LTI item's own line item a fully graded score
 * also becomes completion facts under the item's rule through ProgressService: GRADED with the
 * percentage, and PASSED when the item has a passing score and the percentage reaches it. A line
 * item the tool created is a grade record only: it completes nothing (the item's rule is about
 * the item's own line item, and a tool could otherwise complete items by making line items).
 */
@ApplicationScoped
public class LtiGradeService {

    private final LtiContexts contexts;
    private final LtiLineItemService lineItems;
    private final LtiLineItemRepository lines;
    private final ProgressService progress;

    LtiGradeService(LtiContexts contexts, LtiLineItemService lineItems, LtiLineItemRepository lines,
            ProgressService progress) {
        this.contexts = contexts;
        this.lineItems = lineItems;
        this.lines = lines;
        this.progress = progress;
    }

    /** A score (AGS 2.0): the learner (our {@code sub}), given and maximum, and the tool's progress. */
    public record Score(String userId, Double scoreGiven, Double scoreMaximum, String comment,
            String activityProgress, String gradingProgress, String timestamp) {
    }

    @Transactional
    public void score(long toolId, String code, Ref ref, Score score) {
        if (score == null) {
            throw DomainException.invalid("userId", "must be the learner's id from the launch");
        }
        ToolContext context = contexts.of(toolId, code);
        LtiLineItem line = lineItems.resolve(context, ref);
        long learner;
        try {
            learner = Long.parseLong(score.userId() == null ? "" : score.userId());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("userId", "must be the learner's id from the launch");
        }
        if (!contexts.isEnrolled(learner, context)) {
            throw DomainException.invalid("userId", "must be a learner of the course");
        }
        if (score.scoreGiven() != null && (score.scoreMaximum() == null || !(score.scoreMaximum() > 0)
                || score.scoreGiven() < 0 || score.scoreGiven().isInfinite() || score.scoreGiven().isNaN())) {
            throw DomainException.invalid("scoreMaximum", "must be above zero, and the score given not below zero");
        }
        LtiScore kept = lines.score(line.id(), learner).orElseGet(() -> {
            LtiScore made = new LtiScore(line.id(), learner);
            lines.persistScore(made);
            return made;
        });
        kept.post(score);
        if (!line.ownedByItem() || !"FullyGraded".equals(score.gradingProgress()) || score.scoreGiven() == null) {
            return;
        }
        ItemContent item = context.item(line.itemId());
        int percent = (int) Math.round(Math.max(0, Math.min(1, score.scoreGiven() / score.scoreMaximum())) * 100);
        progress.record(learner, context.content(), item, CompletionFact.Kind.GRADED, percent, "lti");
        if (item.minScore() != null && percent >= item.minScore()) {
            progress.record(learner, context.content(), item, CompletionFact.Kind.PASSED, percent, "lti");
        }
    }
}

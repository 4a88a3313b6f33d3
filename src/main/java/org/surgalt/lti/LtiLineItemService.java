package org.surgalt.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.lti.LtiContexts.ToolContext;
import org.surgalt.lti.LtiLineItem.Definition;
import org.surgalt.platform.DomainException;

/**
 * Assignment and Grade Services 2.0, line items: a tool lists the line items it has in a course
 * (each of its LTI items has one, made on first use; the ones it created besides), creates line
 * items of its own and reads, replaces or deletes them, and reads their results. A tool never sees
 * another tool's line items; an item's own line item is the platform's (the tool cannot change it).
 */
@ApplicationScoped
public class LtiLineItemService {

    private final LtiContexts contexts;
    private final LtiLineItemRepository lines;

    LtiLineItemService(LtiContexts contexts, LtiLineItemRepository lines) {
        this.contexts = contexts;
        this.lines = lines;
    }

    /** The container's filters (AGS 2.0 §3.2.4): null for none. */
    public record Filter(String resourceLinkId, String tag, String resourceId) {
    }

    @Transactional
    List<LtiLineItem> list(long toolId, String code, Filter filter) {
        ToolContext context = contexts.of(toolId, code);
        context.items().forEach(item -> ofItem(context, item));
        return lines.of(toolId, context.course().id()).stream()
                .filter(line -> filter.resourceLinkId() == null
                        || Objects.equals(filter.resourceLinkId(), String.valueOf(line.resourceLinkId())))
                .filter(line -> filter.tag() == null || filter.tag().equals(line.tag()))
                .filter(line -> filter.resourceId() == null || filter.resourceId().equals(line.resourceId()))
                .toList();
    }

    @Transactional
    LtiLineItem create(long toolId, String code, Input input) {
        ToolContext context = contexts.of(toolId, code);
        LtiLineItem line = LtiLineItem.created(toolId, context.course().id(), definition(context, input));
        lines.persist(line);
        return line;
    }

    @Transactional
    LtiLineItem read(long toolId, String code, Ref ref) {
        return resolve(contexts.of(toolId, code), ref);
    }

    @Transactional
    LtiLineItem replace(long toolId, String code, Ref ref, Input input) {
        ToolContext context = contexts.of(toolId, code);
        LtiLineItem line = resolve(context, ref);
        if (line.ownedByItem()) {
            throw DomainException.forbidden("An item's own line item follows the item; create a line item to change one.");
        }
        line.define(definition(context, input));
        return line;
    }

    @Transactional
    void delete(long toolId, String code, Ref ref) {
        LtiLineItem line = resolve(contexts.of(toolId, code), ref);
        if (line.ownedByItem()) {
            throw DomainException.forbidden("An item's own line item follows the item; create a line item to change one.");
        }
        lines.delete(line);
    }

    /** A line item's results, by learner: {@code userId} for one learner's (null for all). */
    @Transactional
    List<LtiScore> results(long toolId, String code, Ref ref, Long userId, int offset, int limit) {
        LtiLineItem line = resolve(contexts.of(toolId, code), ref);
        return lines.scores(line.id(), userId, offset, limit);
    }

    /** Which line item a path names: an item's own ({@code itemId}) or one the tool created ({@code id}). */
    public record Ref(Long itemId, Long id) {
        static Ref item(long itemId) {
            return new Ref(itemId, null);
        }

        static Ref created(long id) {
            return new Ref(null, id);
        }
    }

    /** The line item, in this course and the tool's own; 404 for another course's or tool's. */
    LtiLineItem resolve(ToolContext context, Ref ref) {
        if (ref.itemId() != null) {
            return ofItem(context, context.item(ref.itemId()));
        }
        return lines.findByIdOptional(ref.id())
                .filter(line -> line.courseId() == context.course().id() && line.toolId() == context.toolId())
                .orElseThrow(() -> DomainException.notFound("line item", ref.id()));
    }

    private LtiLineItem ofItem(ToolContext context, ItemContent item) {
        String title = item.title().in(Locale.forLanguageTag(context.content().language() == null ? "mn"
                : context.content().language()));
        LtiLineItem line = lines.ofItem(context.toolId(), context.course().id(), item.id(), title);
        // It follows the item: its title, and the tool its address now launches (another registered there).
        line.follow(title, context.toolId());
        return line;
    }

    /** A line item as a tool sends it (AGS 2.0 line item JSON). */
    public record Input(String label, Double scoreMaximum, String resourceLinkId, String tag, String resourceId) {
    }

    private static Definition definition(ToolContext context, Input input) {
        if (input == null || input.label() == null || input.label().isBlank() || input.label().length() > 255) {
            throw DomainException.invalid("label", "give the line item a label of at most 255 characters");
        }
        if (input.scoreMaximum() == null || !(input.scoreMaximum() > 0) || input.scoreMaximum().isInfinite()) {
            throw DomainException.invalid("scoreMaximum", "must be a number above zero");
        }
        Long resourceLink = null;
        if (input.resourceLinkId() != null && !input.resourceLinkId().isBlank()) {
            resourceLink = context.items().stream().map(ItemContent::id)
                    .filter(id -> Long.toString(id).equals(input.resourceLinkId())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("resourceLinkId", "must be one of the tool's links in the course"));
        }
        return new Definition(input.label().strip(), input.scoreMaximum(), resourceLink, limited(input.tag(), "tag"),
                limited(input.resourceId(), "resourceId"));
    }

    private static String limited(String value, String field) {
        if (value != null && value.length() > 255) {
            throw DomainException.invalid(field, "must be at most 255 characters");
        }
        return value == null || value.isEmpty() ? null : value;
    }

    static List<LtiLineItem> page(List<LtiLineItem> all, int offset, int limit) {
        return new ArrayList<>(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    }
}

package org.surgalt.node.bundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseModule;
import org.surgalt.course.Item;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.client.NodeLinks.Kind;

/**
 * Makes a course's draft the content of a version that came from another instance, keeping the ids
 * of what it had: a module or item linked (NodeLinks) to the source's id is edited in place, so the
 * facts and progress learners have on it carry over, as they do across versions on the source; one
 * the draft lacks is created and linked; one the version no longer has leaves the draft (published
 * versions keep it). Runs in the caller's transaction; links are written in it too.
 */
@ApplicationScoped
class DraftCopy {

    private final NodeLinks links;
    private final EntityManager em;

    DraftCopy(NodeLinks links, EntityManager em) {
        this.links = links;
        this.em = em;
    }

    void rewrite(Course course, CourseContent version) {
        if (course.workflowState() == Course.WorkflowState.IN_REVIEW) {
            course.leaveReview(); // the source's version wins over a review begun here
        }
        course.describe(version.title(), version.description());
        Map<Long, CourseModule> modules = new LinkedHashMap<>();
        Map<CourseModule, Long> newModules = new LinkedHashMap<>();
        for (CourseContent.ModuleContent source : version.modules()) {
            CourseModule module = local(Kind.MODULE, source.id(), course.modules(), CourseModule::id).orElse(null);
            if (module == null) {
                module = course.addModule(source.title());
                newModules.put(module, source.id());
            }
            // Prerequisites are set once every module is there; cleared first, so no step makes a circle.
            module.edit(source.title(), null);
            modules.put(source.id(), module);
        }
        for (CourseModule module : new ArrayList<>(course.modules())) {
            if (!modules.containsValue(module)) {
                module.items().forEach(item -> links.unlink(Kind.ITEM, item.id()));
                links.unlink(Kind.MODULE, module.id());
                course.removeModule(module);
            }
        }
        Map<Item, Long> newItems = new LinkedHashMap<>();
        List<Item> order = new ArrayList<>();
        for (CourseContent.ModuleContent source : version.modules()) {
            CourseModule module = modules.get(source.id());
            Set<Item> kept = new HashSet<>();
            for (CourseContent.ItemContent from : source.items()) {
                Item item = local(Kind.ITEM, from.id(), module.items(), Item::id)
                        .filter(found -> found.kind() == from.kind()).orElse(null);
                if (item == null) {
                    item = module.addItem(from.kind(), from.title(), from.body(), from.url());
                    newItems.put(item, from.id());
                }
                item.edit(item.version(), from.title(), from.body(), from.url(), from.completion(), from.minScore(),
                        from.required());
                if (from.file() != null) {
                    item.attach(from.file());
                }
                kept.add(item);
                order.add(item);
            }
            for (Item item : new ArrayList<>(module.items())) {
                if (!kept.contains(item)) {
                    if (item.id() != null) {
                        links.unlink(Kind.ITEM, item.id());
                    }
                    module.removeItem(item);
                }
            }
        }
        for (CourseContent.ModuleContent source : version.modules()) {
            if (source.prerequisiteId() != null) {
                modules.get(source.id()).edit(source.title(), modules.get(source.prerequisiteId()));
            }
        }
        version.assets().values().forEach(course::putAsset);
        em.flush();
        newModules.forEach((module, nationalId) -> links.link(Kind.MODULE, module.id(), nationalId));
        newItems.forEach((item, nationalId) -> links.link(Kind.ITEM, item.id(), nationalId));
        renumber(new ArrayList<>(modules.values()), order);
        em.refresh(course);
    }

    /**
     * The local row linked to the source's id, if it is among {@code rows}. A link to a row that is
     * gone (or elsewhere) is dropped, so the row made in its place can take the link.
     */
    private <T> Optional<T> local(Kind kind, long nationalId, List<T> rows, java.util.function.Function<T, Long> id) {
        Optional<Long> localId = links.local(kind, nationalId);
        if (localId.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> found = rows.stream().filter(row -> localId.get().equals(id.apply(row))).findFirst();
        if (found.isEmpty()) {
            links.unlink(kind, localId.get());
        }
        return found;
    }

    /**
     * Positions as the version orders modules and items. Bulk updates, as the authors' editor moves
     * them (authoring/DraftService), then the course is read again in that order.
     */
    private void renumber(List<CourseModule> modules, List<Item> items) {
        for (int i = 0; i < modules.size(); i++) {
            em.createQuery("update CourseModule set position = :position where id = :id")
                    .setParameter("position", i + 1).setParameter("id", modules.get(i).id()).executeUpdate();
        }
        Map<Long, Integer> next = new LinkedHashMap<>();
        for (Item item : items) {
            int position = next.merge(item.module().id(), 1, Integer::sum);
            em.createQuery("update Item set position = :position where id = :id")
                    .setParameter("position", position).setParameter("id", item.id()).executeUpdate();
        }
    }
}

package org.surgalt.course.release;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.surgalt.course.CourseContent.ItemContent;

/** The items of a version closed to one learner, each with the conditions that hold it back ({@link Release}). */
public record ReleaseState(Map<Long, List<Unmet>> closed) {

    /** Nothing closed: the course's staff, and anyone reading a draft. */
    public static final ReleaseState OPEN = new ReleaseState(Map.of());

    public boolean isOpen(ItemContent item) {
        return !closed.containsKey(item.id());
    }

    public boolean isOpen(long itemId) {
        return !closed.containsKey(itemId);
    }

    /** Empty for an open item. */
    public List<Unmet> unmet(ItemContent item) {
        return closed.getOrDefault(item.id(), List.of());
    }

    public Set<Long> closedItems() {
        return closed.keySet();
    }

    /** Closed only by its module's prerequisite, as before conditions existed (ItemAccess keeps that message). */
    public boolean onlyPrerequisite(ItemContent item) {
        List<Unmet> unmet = unmet(item);
        return !unmet.isEmpty() && unmet.stream().allMatch(u -> u.kind() == Unmet.Kind.MODULE);
    }
}

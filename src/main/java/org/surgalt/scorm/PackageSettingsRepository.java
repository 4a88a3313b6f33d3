package org.surgalt.scorm;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class PackageSettingsRepository implements PanacheRepositoryBase<PackageSettings, Long> {

    /** The settings of an item, the defaults when its author never saved any. */
    public PackageSettings of(long itemId, long courseId) {
        PackageSettings found = findById(itemId);
        return found != null ? found : PackageSettings.defaults(itemId, courseId);
    }

    /** The row, stored with the defaults if there is none, and locked until the transaction ends. */
    public PackageSettings lockedOrNew(long itemId, long courseId) {
        getEntityManager().createNativeQuery("""
                INSERT IGNORE INTO package_settings (item_id, course_id, grading, new_window, version)
                VALUES (:item, :course, 'HIGHEST', FALSE, 0)""")
                .setParameter("item", itemId).setParameter("course", courseId).executeUpdate();
        return findById(itemId, LockModeType.PESSIMISTIC_WRITE);
    }
}

package org.surgalt.progress;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

import org.jboss.logging.Logger;

/**
 * Facts recorded before the derived-progress tables existed have no derived rows: at start-up,
 * each course with facts but not one course_progress row gets a recompute. Afterwards every
 * course with facts has rows, so this finds nothing; two instances starting together may both
 * enqueue one, which a recompute bears.
 */
@ApplicationScoped
class ProgressBackfill {

    private static final Logger LOG = Logger.getLogger(ProgressBackfill.class);

    private final EntityManager em;
    private final RecomputeService recomputes;

    ProgressBackfill(EntityManager em, RecomputeService recomputes) {
        this.em = em;
        this.recomputes = recomputes;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        @SuppressWarnings("unchecked")
        List<Number> courses = em.createNativeQuery("""
                SELECT DISTINCT f.course_id FROM completion_fact f
                WHERE NOT EXISTS (SELECT 1 FROM course_progress p WHERE p.course_id = f.course_id)""").getResultList();
        for (Number course : courses) {
            recomputes.request(course.longValue(), RecomputeLog.Reason.REQUESTED.name(), null);
        }
        if (!courses.isEmpty()) {
            LOG.infof("Derived progress missing for %d course(s) with facts: recomputes enqueued", courses.size());
        }
    }
}

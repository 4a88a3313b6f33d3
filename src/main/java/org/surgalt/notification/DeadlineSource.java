package org.surgalt.notification;

import java.time.Instant;
import java.util.List;

/**
 * Where due dates come from, for the "deadline in 48 hours" reminder: implemented by the feature
 * that owns due dates (assignments, with their extensions), as an {@code @ApplicationScoped} bean.
 * With no implementation the periodic check finds nothing to remind anyone of.
 */
public interface DeadlineSource {

    /**
     * Every learner who still has to hand something in that is due in [{@code from}, {@code until}):
     * one entry per learner and item, with the due date that applies to that learner (their
     * extension, if they have one). Items already handed in are left out.
     */
    List<DeadlineApproaching> dueBetween(Instant from, Instant until);
}

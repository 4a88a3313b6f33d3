package org.surgalt.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while the inspector is stalled: as many abandoned readers as allowed are still burning CPU
 * here. Readiness, not liveness: the load balancer stops sending this instance requests it would
 * serve slowly, and it rejoins by itself when the readers end. A liveness failure would restart
 * it, which kills the readers but also everything else in flight, and would let anyone who can
 * upload a few hostile files restart every instance in turn.
 */
@Readiness
@ApplicationScoped
class InspectionHealthCheck implements HealthCheck {

    private final Inspector inspector;

    InspectionHealthCheck(Inspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public HealthCheckResponse call() {
        int stuck = inspector.abandonedWorkers();
        int limit = inspector.maxAbandonedWorkers();
        return HealthCheckResponse.named("inspection").status(stuck < limit)
                .withData("abandonedWorkers", stuck).withData("maxAbandonedWorkers", limit).build();
    }
}

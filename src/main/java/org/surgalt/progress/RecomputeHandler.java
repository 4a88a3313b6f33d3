package org.surgalt.progress;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import org.surgalt.platform.jobs.JobHandler;

/** The job a publication or a rule change enqueues: recompute one course's progress. */
@ApplicationScoped
class RecomputeHandler implements JobHandler {

    private final RecomputeService recomputes;

    RecomputeHandler(RecomputeService recomputes) {
        this.recomputes = recomputes;
    }

    @Override
    public String kind() {
        return RecomputeService.JOB;
    }

    @Override
    public void run(JsonNode payload) {
        recomputes.run(payload.path("recompute").asLong());
    }
}

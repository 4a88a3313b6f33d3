package org.surgalt.scorm;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.h5p.H5pPackages;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Unpacks the packages of a version just published, in the background, so that the first
 * learner does not wait for it (and publishing does not either). Idempotent: a package already
 * unpacked is skipped. An H5P package is unpacked for the H5P player; one that is neither (Common
 * Cartridge, cmi5) has nothing to unpack.
 */
@ApplicationScoped
public class UnpackHandler implements JobHandler {

    static final String JOB = "scorm-unpack";
    private static final Logger LOG = Logger.getLogger(UnpackHandler.class);

    private final ScormPackages packages;
    private final H5pPackages h5p;
    private final JobQueue jobs;

    UnpackHandler(ScormPackages packages, H5pPackages h5p, JobQueue jobs) {
        this.packages = packages;
        this.h5p = h5p;
        this.jobs = jobs;
    }

    /** Enqueues the unpacking of the version's packages, in the publisher's transaction. */
    public void request(CourseContent version) {
        version.items().filter(item -> item.kind() == ItemKind.PACKAGE && item.file() != null)
                .map(item -> item.file().sha256()).distinct()
                .forEach(sha -> jobs.enqueue(JOB, Map.of("sha256", sha)));
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        String sha = payload.path("sha256").asText();
        try {
            packages.unpack(sha);
        } catch (DomainException notScorm) {
            try {
                h5p.unpack(sha);
            } catch (DomainException notH5p) {
                LOG.debugf("Package %s is not played here: %s", sha, notScorm.getMessage());
            }
        }
    }
}

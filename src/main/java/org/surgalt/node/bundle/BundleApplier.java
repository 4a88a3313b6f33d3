package org.surgalt.node.bundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.surgalt.course.CourseContent;
import org.surgalt.identity.Viewer;
import org.surgalt.node.bundle.BundleReport.Line;

/**
 * Writes a verified bundle's courses in one transaction, after its files are stored: either every
 * version the report calls imported is there, or (when one cannot be rebuilt) none is. Each version
 * goes through the {@link VersionApplier} a node's link uses too, oldest first.
 */
@ApplicationScoped
class BundleApplier {

    private final VersionApplier versions;

    BundleApplier(VersionApplier versions) {
        this.versions = versions;
    }

    @Transactional
    List<Line> apply(Viewer viewer, BundleFile bundle) {
        VersionApplier.Origin origin = new VersionApplier.Origin(viewer.userId(), "bundle.import",
                String.valueOf(bundle.source()));
        List<Line> lines = new ArrayList<>();
        for (BundleFile.Course bundled : bundle.courses()) {
            List<CourseContent> sorted = bundled.versions().stream()
                    .sorted(Comparator.comparingInt(CourseContent::version)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                // The settings are the source's current ones: written with the newest version only.
                lines.add(versions.apply(origin, sorted.get(i), i == sorted.size() - 1 ? bundled.extras() : null));
            }
        }
        return lines;
    }
}

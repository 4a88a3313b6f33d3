package org.surgalt.cartridge.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;

/**
 * The authoring page's export link beside a published version ({@code inject:cartridgeExports.href(code, n)}
 * in the editor's template): null for whoever may not export it (a reviewer), so the page shows no
 * link that person cannot follow.
 */
@RequestScoped
@Named("cartridgeExports")
public class CartridgeExportLinks {

    private final CartridgeExportService exports;
    private final CourseService courses;
    private final CurrentUser currentUser;

    CartridgeExportLinks(CartridgeExportService exports, CourseService courses, CurrentUser currentUser) {
        this.exports = exports;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    public String href(String courseCode, int version) {
        return mayExport(courseCode) ? "/author/courses/" + courseCode + "/versions/" + version + "/cartridge.imscc"
                : null;
    }

    public boolean mayExport(String courseCode) {
        return currentUser.viewer().filter(viewer -> exports.mayExport(viewer, courses.courseByCode(courseCode)))
                .isPresent();
    }
}

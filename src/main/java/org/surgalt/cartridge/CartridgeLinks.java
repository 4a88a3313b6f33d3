package org.surgalt.cartridge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;

/**
 * The draft editor's link to the report of the import that made the course, for the author who ran
 * it ({@code inject:cartridgeLinks.report(draft.code)} in the editor's template): null for anyone else.
 */
@RequestScoped
@Named("cartridgeLinks")
public class CartridgeLinks {

    private final CartridgeImportService imports;
    private final CourseService courses;
    private final CurrentUser currentUser;

    CartridgeLinks(CartridgeImportService imports, CourseService courses, CurrentUser currentUser) {
        this.imports = imports;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    public String report(String courseCode) {
        return currentUser.viewer().flatMap(viewer -> imports.reportOf(viewer, courses.courseByCode(courseCode).id()))
                .map(id -> "/author/cartridges/reports/" + id).orElse(null);
    }
}

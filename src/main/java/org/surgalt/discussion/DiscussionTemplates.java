package org.surgalt.discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.surgalt.platform.DomainException;

/** The discussion pages (templates/DiscussionResource/), shared by the page and moderation resources. */
@CheckedTemplate(basePath = "DiscussionResource")
class DiscussionTemplates {

    /** {@code moduleId}: a course forum's module (null for the whole course); {@code team}: the team a new cohort forum is for ("" for the whole cohort). */
    record ForumForm(String title, String kind, Long moduleId, String team) {
        ForumForm(String title, String kind) {
            this(title, kind, null, "");
        }

        public boolean isModule(Long id) {
            return id != null && id.equals(moduleId);
        }

        public boolean selects(long teamId) {
            return team.equals(Long.toString(teamId));
        }
    }

    /** A module of the course, for the forum form's choice "the whole course or one module". */
    record ModuleChoice(long id, String title) {
    }

    record ThreadForm(String title, String body) {
    }

    static native TemplateInstance forums(String heading, List<Forum> forums, boolean canCreate, String createAction,
            ForumForm form, List<DomainException.FieldError> errors, List<ModuleChoice> modules,
            List<org.surgalt.cohort.team.TeamDirectory.TeamView> teams);

    static native TemplateInstance forum(ForumService.ForumPage page, ThreadForm form,
            List<DomainException.FieldError> errors, String mail);

    static native TemplateInstance thread(ThreadService.ThreadPage page, String form, List<Forum> moveTargets,
            List<DomainException.FieldError> errors, String mail,
            java.util.Map<Long, List<AttachmentService.Shown>> files);


    static native TemplateInstance edit(long postId, long threadId, String body,
            List<DomainException.FieldError> errors);
}

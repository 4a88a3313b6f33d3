package org.surgalt.discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.surgalt.platform.DomainException;

/** The discussion pages (templates/DiscussionResource/), shared by the page and moderation resources. */
@CheckedTemplate(basePath = "DiscussionResource")
class DiscussionTemplates {

    record ForumForm(String title, String kind, Long moduleId) {
        ForumForm(String title, String kind) {
            this(title, kind, null);
        }

        public boolean isModule(Long id) {
            return id != null && id.equals(moduleId);
        }
    }

    /** A module of the course, for the forum form's choice "the whole course or one module". */
    record ModuleChoice(long id, String title) {
    }

    record ThreadForm(String title, String body) {
    }

    static native TemplateInstance forums(String heading, List<Forum> forums, boolean canCreate, String createAction,
            ForumForm form, List<DomainException.FieldError> errors, List<ModuleChoice> modules);

    static native TemplateInstance forum(ForumService.ForumPage page, ThreadForm form,
            List<DomainException.FieldError> errors, String mail);

    static native TemplateInstance thread(ThreadService.ThreadPage page, String form, List<Forum> moveTargets,
            List<DomainException.FieldError> errors, String mail,
            java.util.Map<Long, List<AttachmentService.Shown>> files);


    static native TemplateInstance edit(long postId, long threadId, String body,
            List<DomainException.FieldError> errors);
}

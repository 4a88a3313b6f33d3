package org.surgalt.admin.people;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.surgalt.platform.DomainException;
import org.surgalt.identity.GrantAccess;
import org.surgalt.identity.PeopleDirectory;
import org.surgalt.identity.RoleGrantService;
import org.surgalt.identity.User;
import org.surgalt.identity.UserAccess;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.sso.IdentityLinkService;
import org.surgalt.admin.rights.PersonDataAccess;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** Builds the person's page for the viewer, for the page itself and for forms re-rendered with their errors. */
@RequestScoped
public class PersonPages {

    /** Which form a re-rendered page carries back, with what was typed and what was wrong. */
    public record Typed(PersonPage.EditForm edit, PersonPage.GrantForm grant, PersonPage.LinkForm link,
            List<FieldError> editErrors, List<FieldError> grantErrors, List<FieldError> linkErrors) {
        static Typed none() {
            return new Typed(null, null, null, List.of(), List.of(), List.of());
        }
    }

    private final PeopleDirectory directory;
    private final RoleGrantService roles;
    private final IdentityLinkService links;
    private final UserAccess people;
    private final GrantAccess grants;
    private final Layout layout;
    private final Language language;
    private final PersonDataAccess personalData;

    PersonPages(PeopleDirectory directory, RoleGrantService roles, IdentityLinkService links, UserAccess people,
            GrantAccess grants, Layout layout, Language language, PersonDataAccess personalData) {
        this.personalData = personalData;
        this.directory = directory;
        this.roles = roles;
        this.links = links;
        this.people = people;
        this.grants = grants;
        this.layout = layout;
        this.language = language;
    }

    PeopleMessages words() {
        return MessageBundles.get(PeopleMessages.class, Localized.Literal.of(language.code()));
    }

    public Response render(Viewer viewer, long userId, String done, Typed typed, Response.Status status) {
        return layout.render(status, PeopleResource.Templates.person(page(viewer, userId, done, typed)));
    }

    /**
     * Runs a form's action and goes back to the page saying what was done; a refusal of the form's
     * fields brings the page back (400) with them and everything typed.
     */
    public Response submit(Viewer viewer, long userId, String done, Runnable action,
            Function<List<FieldError>, Typed> typed) {
        try {
            action.run();
            return PeopleResource.done(userId, done);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return render(viewer, userId, null, typed.apply(e.formErrors()), Response.Status.BAD_REQUEST);
        }
    }

    PersonPage page(Viewer viewer, long userId, String done, Typed typed) {
        User user = directory.person(viewer, userId);
        PeopleMessages words = words();
        boolean manage = people.mayManage(viewer, user);
        boolean linked = links.signsInThroughProvider(user.id());
        PersonPage.Person person = new PersonPage.Person(user.id(), user.email(), user.displayName(),
                user.locale().getLanguage(), user.institution() == null ? "" : user.institution().code(),
                user.institution() == null ? null : user.institution().name(), user.isDisabled(), linked);
        PersonPage.Abilities can = new PersonPage.Abilities(manage, viewer.isAdmin(), manage && !user.isDisabled(),
                manage && user.isDisabled(), manage, people.mayReset(viewer, user),
                links.mayLink(viewer, userId), personalData.mayHandle(viewer, user));
        List<PersonPage.RoleRow> held = roles.held(viewer, userId).stream()
                .map(h -> new PersonPage.RoleRow(PermissionWords.of(words, h), h.grant().role().name(),
                        h.grant().scope().name(), h.grant().scopeId(), grants.mayChange(viewer, user, h.grant())))
                .toList();
        List<PersonPage.Choice> choices = grants.grantable(viewer, user).stream()
                .map(kind -> new PersonPage.Choice(kind.key(), PermissionWords.label(words, kind))).toList();
        Typed form = typed == null ? Typed.none() : typed;
        return new PersonPage(person, can, held, choices, links.pending(viewer, userId),
                form.edit() != null ? form.edit() : new PersonPage.EditForm(person.email(), person.displayName(),
                        person.locale(), person.institution()),
                form.grant() != null ? form.grant() : new PersonPage.GrantForm("", ""),
                form.link() != null ? form.link() : new PersonPage.LinkForm("", ""),
                form.editErrors(), form.grantErrors(), form.linkErrors(), notice(words, done));
    }

    private static String notice(PeopleMessages words, String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "saved" -> words.people_done_saved();
            case "created" -> words.people_done_created();
            case "disabled" -> words.people_done_disabled();
            case "enabled" -> words.people_done_enabled();
            case "signed-out" -> words.people_done_signed_out();
            case "reset" -> words.people_done_reset();
            case "granted" -> words.people_done_granted();
            case "revoked" -> words.people_done_revoked();
            case "linked" -> words.people_done_linked();
            case "unlinked" -> words.people_done_unlinked();
            default -> null;
        };
    }
}

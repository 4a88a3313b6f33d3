package org.surgalt.admin.people;

import java.util.List;
import org.surgalt.identity.sso.IdentityLinkService;
import org.surgalt.platform.DomainException.FieldError;

/** Everything the person's page shows; the booleans say which forms the viewer may use (no rules in the template). */
public record PersonPage(Person person, Abilities can, List<RoleRow> roles, List<Choice> grantable,
        List<IdentityLinkService.Pending> pending, EditForm edit, GrantForm grant, LinkForm link,
        List<FieldError> editErrors, List<FieldError> grantErrors, List<FieldError> linkErrors, String notice) {

    public record Person(long id, String email, String displayName, String locale, String institution,
            String institutionName, boolean disabled, boolean signsInThroughProvider) {
    }

    public record Abilities(boolean edit, boolean moveInstitution, boolean disable, boolean enable, boolean signOut,
            boolean reset, boolean link, boolean personalData) {
    }

    /** A held role in words, and what the revoke form sends back. */
    public record RoleRow(String words, String role, String scope, long scopeId, boolean canRevoke) {
    }

    public record Choice(String value, String label) {
    }

    public record EditForm(String email, String displayName, String locale, String institution) {
    }

    public record GrantForm(String kind, String scope) {
    }

    public record LinkForm(String provider, String login) {
    }
}

package org.surgalt.admin.people;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import org.surgalt.identity.RoleGrantService.Held;

/**
 * What a person's roles let them do, in words of the reader's language: the one place that says
 * what each role in each scope means (messages/people.properties, people_grant_*), for the person's
 * page and the JSON API alike.
 */
public final class PermissionWords {

    private PermissionWords() {
    }

    public static List<String> of(List<Held> held, String language) {
        PeopleMessages words = MessageBundles.get(PeopleMessages.class, Localized.Literal.of(language));
        return held.stream().map(grant -> of(words, grant)).toList();
    }

    static String of(PeopleMessages words, Held held) {
        String scope = held.scopeName() == null ? "" : held.scopeName();
        if (held.kind() == null) {
            return words.people_grant_other(held.grant().role().id(), scope);
        }
        return switch (held.kind()) {
            case ADMIN_SITE -> words.people_grant_admin_site();
            case COORDINATOR_SITE -> words.people_grant_coordinator_site();
            case INSTITUTION_ADMIN_INSTITUTION -> words.people_grant_institution_admin_institution(scope);
            case COORDINATOR_INSTITUTION -> words.people_grant_coordinator_institution(scope);
            case AUTHOR_INSTITUTION -> words.people_grant_author_institution(scope);
            case COORDINATOR_COHORT -> words.people_grant_coordinator_cohort(scope);
            case AUTHOR_COURSE -> words.people_grant_author_course(scope);
            case GRADER_COURSE -> words.people_grant_grader_course(scope);
            case REVIEWER_COURSE -> words.people_grant_reviewer_course(scope);
        };
    }

    /** The role's name alone, for the grant form's choices: the sentence up to its colon. */
    static String label(PeopleMessages words, org.surgalt.identity.RoleScope kind) {
        String sentence = of(words, new Held(kind.grant(0), kind, "…"));
        int colon = sentence.indexOf(':');
        return colon < 0 ? sentence : sentence.substring(0, colon);
    }
}

package org.surgalt.identity;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Attaches the {@link Viewer} to every authenticated request, with its grants as role names
 * ("admin", "author", ...), whichever way the person signed in.
 */
@ApplicationScoped
public class ViewerAugmentor implements SecurityIdentityAugmentor {

    private final ViewerService viewers;

    ViewerAugmentor(ViewerService viewers) {
        this.viewers = viewers;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // Anonymous, or a local session, whose viewer came with it (LocalSessionIdentityProvider).
        if (identity.isAnonymous() || identity.getAttribute(Viewer.ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> viewers.viewerOf(identity)
                .map(viewer -> {
                    QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                            .addAttribute(Viewer.ATTRIBUTE, viewer);
                    addRoles(builder, viewer);
                    return (SecurityIdentity) builder.build();
                })
                .orElse(identity));
    }

    /** The viewer's grants as role names ("admin", "author", ...). */
    public static void addRoles(QuarkusSecurityIdentity.Builder builder, Viewer viewer) {
        viewer.grants().forEach(grant -> builder.addRole(grant.role().id()));
    }
}

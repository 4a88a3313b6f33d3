package org.surgalt.node.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who may set up and watch this node: its site admins, and only when it runs as a node. On the national
 * server the node's pages do not exist (404 for everyone, signed in or not).
 */
@ApplicationScoped
public class NodeSiteAdmins {

    private final NodeClientConfig config;
    private final CurrentUser currentUser;

    NodeSiteAdmins(NodeClientConfig config, CurrentUser currentUser) {
        this.config = config;
        this.currentUser = currentUser;
    }

    public Viewer require() {
        if (!config.isNode()) {
            throw new NotFoundException();
        }
        Viewer viewer = currentUser.require();
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only the node's site admins set it up and see its status.");
        }
        return viewer;
    }
}

package org.surgalt.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** STUB of the LRS helper's API (issue20-lrs); replaced by the real class when that branch is merged. */
@ApplicationScoped
public class XapiStatements {

    public List<UUID> store(XapiCaller caller, List<ObjectNode> statements) {
        throw new IllegalStateException("The LRS (issue20-lrs) is not merged yet");
    }

    public XapiCaller lms() {
        throw new IllegalStateException("The LRS (issue20-lrs) is not merged yet");
    }
}

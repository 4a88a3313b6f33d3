package org.surgalt.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** A statement as the LRS stored it: its id, and the statement with id, stored, timestamp, authority and version set. */
public record StoredStatement(UUID id, ObjectNode statement) {
}

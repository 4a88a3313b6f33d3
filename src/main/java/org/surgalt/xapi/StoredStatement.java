package org.surgalt.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * A statement as the LRS stored it: its id, and the statement with id, stored, timestamp, authority
 * and version set. {@code idGiven}: the sender chose the id (false: the LRS assigned it), which
 * some profiles require (cmi5 9.1.0.0-1).
 */
public record StoredStatement(UUID id, ObjectNode statement, boolean idGiven) {
}

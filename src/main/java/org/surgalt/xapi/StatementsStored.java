package org.surgalt.xapi;

import java.util.List;

/**
 * Fired (synchronously, a CDI event) inside the transaction that stores statements, after they are
 * inserted and before it commits. Features that turn statements into progress (cmi5 satisfaction,
 * H5P scores) observe it and record their facts in the same transaction; an observer that throws
 * {@link XapiRejected} refuses the whole request, and nothing of it is stored.
 */
public record StatementsStored(XapiCaller caller, List<StoredStatement> statements) {
}

package org.surgalt.node.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** surgalt.node.sync-window: a day window, a night window across midnight, and a setting that is no window. */
class NodeSyncWindowTest {

    @Test
    void aDayWindowHoldsItsStartButNotItsEnd() {
        assertTrue(NodeSync.inWindow("09:00-17:00", LocalTime.of(9, 0)));
        assertTrue(NodeSync.inWindow("09:00-17:00", LocalTime.of(16, 59)));
        assertFalse(NodeSync.inWindow("09:00-17:00", LocalTime.of(17, 0)));
        assertFalse(NodeSync.inWindow("09:00-17:00", LocalTime.of(3, 0)));
    }

    @Test
    void aNightWindowWrapsMidnight() {
        assertTrue(NodeSync.inWindow("22:00-06:00", LocalTime.of(23, 30)));
        assertTrue(NodeSync.inWindow("22:00 - 06:00", LocalTime.of(2, 0)));
        assertFalse(NodeSync.inWindow("22:00-06:00", LocalTime.of(6, 0)));
        assertFalse(NodeSync.inWindow("22:00-06:00", LocalTime.of(12, 0)));
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NodeSync.inWindow("nights", LocalTime.NOON));
    }
}

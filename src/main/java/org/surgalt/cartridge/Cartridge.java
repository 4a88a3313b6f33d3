package org.surgalt.cartridge;

import java.util.List;
import java.util.Map;

/**
 * What a Common Cartridge's manifest says, as the import needs it: its title and language, its
 * organisation as modules of entries (each naming a resource, or none for a heading), and every
 * resource by identifier, in manifest order.
 */
record Cartridge(String title, String language, List<Module> modules, Map<String, Resource> resources) {

    record Module(String title, List<Entry> entries) {
    }

    /** {@code ref}: the resource's identifier; empty for a heading (a Canvas "text header"). */
    record Entry(String title, String ref) {
    }

    /**
     * {@code href}: the resource's own file (or its first file when it names none), as a path inside
     * the archive; {@code alternative}: a variant of another resource (a Canvas fallback page).
     */
    record Resource(String identifier, String type, String href, List<String> files, boolean alternative) {
    }
}

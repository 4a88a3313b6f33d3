package org.surgalt.node.client.down;

import java.util.List;

/** One course of the national catalog as the node reads it (node/catalog NodeCatalogService.Entry). */
record CatalogEntry(String code, long courseId, int version, String fingerprint, String settings, List<Blob> files) {

    record Blob(String sha256, long size, String mediaType) {
    }

    public List<Blob> files() {
        return files == null ? List.of() : files;
    }
}

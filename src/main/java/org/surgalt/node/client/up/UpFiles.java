package org.surgalt.node.client.up;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.surgalt.content.AssetStore;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;

/**
 * A file of the node's going up before the record that names it (NODE-PROTOCOL.md §5): asked for with
 * HEAD (it may be there already, or partly), then sent in pieces from the national offset, so a cut
 * upload goes on where the national side stands.
 */
@ApplicationScoped
public class UpFiles {

    /** 128 KiB: 4 s at 256 kbit/s; a cut loses at most this much, and a piece costs one signed request. */
    static final int PIECE = 128 * 1024;
    static final String PATH = "/api/node/uploads/";

    private final NationalClient client;
    private final AssetStore store;

    UpFiles(NationalClient client, AssetStore store) {
        this.client = client;
        this.store = store;
    }

    /** Sends the file unless the national server has it; null once it has, otherwise why not (for the round's line). */
    public String upload(NodeIdentity node, String sha256, long size) throws IOException {
        String path = PATH + sha256;
        NationalClient.Answer head = client.send(node, "HEAD", path, new byte[0]);
        if (!head.ok()) {
            return "the national server answered " + head.status() + " for file " + sha256;
        }
        if (complete(head)) {
            return null;
        }
        long offset = offset(head);
        if (offset < 0 || offset > size) {
            return "the national server gave no usable offset for file " + sha256;
        }
        try (InputStream in = store.open(sha256)) {
            in.skipNBytes(offset);
            while (offset < size) {
                byte[] piece = in.readNBytes((int) Math.min(PIECE, size - offset));
                NationalClient.Answer put = client.send(node, "PUT", path, piece, Map.of(
                        "Content-Type", "application/octet-stream",
                        "Content-Range", "bytes " + offset + "-" + (offset + piece.length - 1) + "/" + size));
                if (complete(put)) {
                    return null;
                }
                if (put.status() != 204 || offset(put) != offset + piece.length) {
                    return "the national server answered " + put.status() + " for file " + sha256;
                }
                offset += piece.length;
            }
        }
        return "file " + sha256 + " did not complete";
    }

    private static boolean complete(NationalClient.Answer answer) {
        return answer.ok() && "true".equals(answer.header("Upload-Complete").orElse(""));
    }

    private static long offset(NationalClient.Answer answer) {
        try {
            return Long.parseLong(answer.header("Upload-Offset").orElse("-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package org.surgalt.node.client.down;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.surgalt.node.bundle.BundleReport;
import org.surgalt.node.bundle.VersionPayload;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.SyncStep;
import org.surgalt.platform.DomainException;

/**
 * Content down (order 10, first in a round): the national catalog of the node's courses is compared with what the node
 * took; for a course whose version, content or settings changed, the files it lacks are fetched
 * (content-addressed: a file the node has never travels again; a cut one resumes), then the version is
 * fetched and applied in one transaction. A version is applied only once all its files are here, so
 * learners never meet a lesson whose video is missing.
 */
@ApplicationScoped
class ContentStep implements SyncStep {

    private static final Logger LOG = Logger.getLogger(ContentStep.class);
    /** The most one round fetches; a larger backlog goes on in the next round, from the last byte. */
    static final long ROUND_BYTES = 256L * 1024 * 1024;

    private final NationalClient client;
    private final BlobDownloads downloads;
    private final ContentCopies copies;
    private final ObjectMapper json;
    private final AtomicReference<Backlog> backlog = new AtomicReference<>(Backlog.NONE);

    ContentStep(NationalClient client, BlobDownloads downloads, ContentCopies copies, ObjectMapper json) {
        this.client = client;
        this.downloads = downloads;
        this.copies = copies;
        this.json = VersionPayload.mapper(json);
    }

    @Override
    public String name() {
        return "content";
    }

    @Override
    public Direction direction() {
        return Direction.DOWN;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Backlog backlog() {
        return backlog.get();
    }

    @Override
    public Outcome run(NodeIdentity node) throws IOException {
        List<CatalogEntry> catalog = read(client.send(node, "GET", "/api/node/catalog", new byte[0]), "the catalog",
                new TypeReference<List<CatalogEntry>>() { });
        List<CatalogEntry> wanted = catalog.stream().filter(entry -> !copies.current(entry)).toList();
        Set<String> missing = new HashSet<>();
        wanted.forEach(entry -> entry.files().stream().map(CatalogEntry.Blob::sha256)
                .filter(sha -> !downloads.has(sha)).forEach(missing::add));
        downloads.forgetAllBut(missing);
        count(wanted);
        long budget = ROUND_BYTES;
        int applied = 0;
        long fetched = 0;
        List<String> waiting = new ArrayList<>();
        for (CatalogEntry entry : wanted) {
            boolean filesHere = true;
            for (CatalogEntry.Blob blob : entry.files()) {
                if (downloads.has(blob.sha256())) {
                    continue;
                }
                BlobDownloads.Fetched got = budget > 0 ? downloads.fetch(node, blob.sha256(), blob.size(), budget)
                        : new BlobDownloads.Fetched(0, false);
                budget -= got.bytes();
                fetched += got.bytes();
                filesHere &= got.verified();
            }
            if (!filesHere) {
                waiting.add(entry.code());
                continue;
            }
            VersionPayload payload = read(client.send(node, "GET", "/api/node/courses/" + entry.code() + "/versions/"
                    + entry.version(), new byte[0]), entry.code() + " " + entry.version(), new TypeReference<>() { });
            try {
                BundleReport.Line line = copies.apply(entry, payload, node.nationalUrl());
                LOG.infof("node content: %s %d %s %s", entry.code(), entry.version(), line.outcome(), line.reason());
                applied++;
            } catch (DomainException e) {
                // Nothing of it was written (one transaction); the other courses go on, this one next round.
                LOG.warnf("node content: %s %d not applied: %s", entry.code(), entry.version(), e.getMessage());
                waiting.add(entry.code());
            }
        }
        count(wanted);
        String detail = catalog.size() + " courses, " + applied + " versions taken, " + fetched + " bytes fetched";
        return waiting.isEmpty() ? Outcome.done(detail)
                : Outcome.unfinished(detail + ", not yet taken: " + String.join(", ", waiting));
    }

    /** The files and bytes still to fetch for the catalog's courses the node has not taken. */
    private void count(List<CatalogEntry> wanted) throws IOException {
        Set<String> seen = new HashSet<>();
        long files = 0;
        long bytes = 0;
        for (CatalogEntry entry : wanted) {
            for (CatalogEntry.Blob blob : entry.files()) {
                if (seen.add(blob.sha256()) && !downloads.has(blob.sha256())) {
                    files++;
                    bytes += Math.max(0, blob.size() - downloads.partialBytes(blob.sha256()));
                }
            }
        }
        backlog.set(new Backlog(0, files, bytes));
    }

    private <T> T read(NationalClient.Answer answer, String what, TypeReference<T> type) throws IOException {
        if (!answer.ok()) {
            throw new IOException("the national server answered " + answer.status() + " for " + what);
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (JacksonException e) {
            throw new IOException("the national server's answer for " + what + " is not what a node reads", e);
        }
    }
}

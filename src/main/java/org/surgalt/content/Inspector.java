package org.surgalt.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.jboss.logging.Logger;

/**
 * Decides whether an uploaded file may be kept, treating it as hostile until proven otherwise.
 *
 * <p>The media type comes from the bytes alone (Tika's default detector, magic and container
 * detection). The original name is never passed to the detector: a name hint would let
 * "evil.html" renamed "notes.txt" borrow the type of its name when the content is ambiguous. When
 * Tika cannot tell, the file is {@code application/octet-stream} and rejected; the name only
 * appears in the reason. One exception, and only towards the harmless side: a file named
 * {@code .txt} that Tika cannot place but whose bytes hold no control characters is plain text in
 * a legacy 8-bit charset (CP866, KOI8), so it becomes {@code text/plain} (see {@link InspectionSniffer}).
 *
 * <p>Everything runs on a worker thread with a wall-clock limit. On time-out the worker is
 * interrupted and abandoned. A parser that ignores interrupts keeps its thread and CPU until it
 * finishes on its own (the text limit and the secure handler bound most of them); those are
 * counted, and at {@code maxAbandoned} no new inspection starts ({@link InspectorStalled}) until
 * one of them ends, which readiness reports ({@link InspectionHealthCheck}). The workers are
 * daemon threads, so they never keep the JVM alive. A forked parser process would bound them
 * for good, at the cost of a JVM per worker.
 */
@ApplicationScoped
public class Inspector {

    private static final Logger LOG = Logger.getLogger(Inspector.class);
    private static final String UNKNOWN = MediaType.OCTET_STREAM.toString();
    private static final Set<String> PROTECTED = Set.of("application/x-tika-ooxml-protected", "application/encrypted");
    private static final Set<String> PROGRAMS = Set.of("application/x-executable", "application/x-sharedlib",
            "application/x-msdownload", "application/x-dosexec", "application/x-elf", "application/x-coredump",
            "application/x-object", "application/x-mach-o-executable", "application/java-archive",
            "application/x-java-applet", "application/java-vm", "application/x-ms-installer", "application/x-sh",
            "application/x-bat", "application/javascript", "text/javascript", "application/x-msi");

    private final InspectionLimits limits;
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final InspectionExtractor extractor;
    private final ArchiveInspector archives;
    private final ManifestParser manifests;
    private final InspectionWorkers workers;

    @Inject
    Inspector(ContentConfig config) {
        this(InspectionLimits.of(config), new AutoDetectParser(), config.h5pLibraries().orElse(H5pLibraries.SHIPPED));
    }

    public Inspector(InspectionLimits limits) {
        this(limits, new AutoDetectParser());
    }

    /** {@code parser} extracts the text of everything but packages; tests pass one that misbehaves. */
    Inspector(InspectionLimits limits, Parser parser) {
        this(limits, parser, H5pLibraries.SHIPPED);
    }

    /** {@code h5pLibraries}: the H5P libraries packages may use (machine names). */
    Inspector(InspectionLimits limits, Parser parser, Set<String> h5pLibraries) {
        this.limits = limits;
        this.manifests = new ManifestParser(h5pLibraries);
        this.extractor = new InspectionExtractor(parser);
        this.archives = new ArchiveInspector(limits);
        this.workers = new InspectionWorkers(limits.maxAbandoned());
    }

    /**
     * @throws InspectorStalled when too many earlier inspections overran and are still running;
     *     the file was not looked at, so this says nothing about it
     */
    public Inspection inspect(Path file, String originalName, FileKind allowedFor) {
        long start = System.nanoTime();
        AtomicReference<String> detected = new AtomicReference<>(UNKNOWN);
        try {
            return workers.run(() -> run(file, originalName, allowedFor, detected, start), limits.timeout(),
                    originalName);
        } catch (TimeoutException e) {
            return Inspection.rejected(detected.get(), "Reading the file took longer than "
                    + limits.timeout().toSeconds() + " s; it may be damaged or built to overload the server",
                    since(start));
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "Inspecting %s (%s) failed", originalName, detected.get());
            return Inspection.rejected(detected.get(), InspectionFailures.reasonFor(e.getCause()).getMessage(),
                    since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Inspection.rejected(detected.get(), "The inspection was interrupted", since(start));
        }
    }

    private Inspection run(Path file, String name, FileKind kind, AtomicReference<String> detected, long start) {
        try {
            if (Files.size(file) == 0) {
                throw new InspectionRejected("The file is empty");
            }
            String type = detect(file, name);
            detected.set(type);
            checkAllowed(type, name, kind);
            checkImageSize(file, type);
            if (kind == FileKind.PACKAGE) {
                return inspectPackage(file, type, start);
            }
            if (kind == FileKind.BUNDLE) {
                return inspectBundle(file, type, start);
            }
            InspectionExtractor.Extracted found = extractor.extract(file, type, limits.maxTextChars());
            if (type.equals("text/plain") && InspectionSniffer.looksLikeMarkup(found.text())) {
                throw new InspectionRejected("The file is really HTML or XML markup, which is not allowed for "
                        + kind.plural() + " (allowed: " + kind.allowedLabels() + ")");
            }
            return new Inspection(Inspection.Outcome.ACCEPTED, type, null, found.metadata(), found.text(),
                    found.truncated(), since(start), null);
        } catch (InspectionRejected rejected) {
            return Inspection.rejected(detected.get(), rejected.getMessage(), since(start));
        } catch (IOException e) {
            return Inspection.rejected(detected.get(), "The file could not be read: " + e.getMessage(), since(start));
        }
    }

    private String detect(Path file, String name) throws IOException {
        String type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, new Metadata()).getBaseType().toString();
        }
        return InspectionSniffer.refine(type, file, name);
    }

    private static void checkAllowed(String type, String name, FileKind kind) throws InspectionRejected {
        if (kind.allows(type)) {
            return;
        }
        if (PROTECTED.contains(type)) {
            throw new InspectionRejected(InspectionFailures.PASSWORD);
        }
        if (PROGRAMS.contains(type)) {
            throw new InspectionRejected("The file is really a program or script (" + type
                    + "); these are never accepted");
        }
        // The "(allowed: ...)" stays a literal of each text: the Mongolian catalogue then translates
        // the kind and the list as parts of their own (web/ErrorTexts).
        if (type.equals(UNKNOWN)) {
            throw new InspectionRejected("The type of \"" + name + "\" could not be recognised from its contents, "
                    + "so it is not allowed for " + kind.plural() + " (allowed: " + kind.allowedLabels() + ")");
        }
        throw new InspectionRejected("The file is really " + type + ", which is not allowed for " + kind.plural()
                + " (allowed: " + kind.allowedLabels() + ")");
    }

    /** Before any parser decodes it: what the header declares is what a browser would allocate. */
    private void checkImageSize(Path file, String type) throws IOException, InspectionRejected {
        if (!type.startsWith("image/")) {
            return;
        }
        ImageDimensions.Size size = ImageDimensions.of(file, type).orElse(null);
        if (size == null || size.pixels() <= limits.maxImagePixels() && size.width() <= limits.maxImageSide()
                && size.height() <= limits.maxImageSide()) {
            return;
        }
        throw new InspectionRejected("The image is " + size.width() + " × " + size.height() + " pixels; images may"
                + " have at most " + limits.maxImagePixels() / 1_000_000 + " megapixels and " + limits.maxImageSide()
                + " pixels a side, so that learners' phones can show them. Save a smaller copy and upload that");
    }

    private Inspection inspectPackage(Path file, String type, long start) throws InspectionRejected {
        ArchiveListing listing = archives.list(file);
        Manifest manifest = manifests.parse(listing);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("title", manifest.title());
        metadata.put("standard", manifest.standard().name());
        if (manifest.launch() != null) {
            metadata.put("launch", manifest.launch());
        }
        metadata.put("files", Integer.toString(listing.files().size()));
        metadata.put("uncompressedBytes", Long.toString(listing.uncompressedBytes()));
        metadata.put("nestedArchives", Integer.toString(listing.nestedArchives()));
        String text = (manifest.title() + "\n" + manifest.items().stream().map(Manifest.Item::title)
                .collect(Collectors.joining("\n"))).strip();
        boolean truncated = text.length() > limits.maxTextChars();
        return new Inspection(Inspection.Outcome.ACCEPTED, type, null, metadata,
                truncated ? text.substring(0, limits.maxTextChars()) : text, truncated, since(start), manifest);
    }

    /** A content bundle: the archive checks every package gets; its bundle.json is read by node/bundle. */
    private Inspection inspectBundle(Path file, String type, long start) throws InspectionRejected {
        ArchiveListing listing = archives.list(file);
        if (!listing.files().contains("bundle.json")) {
            throw new InspectionRejected("The archive has no bundle.json at its root, so it is no Surgalt content bundle");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("files", Integer.toString(listing.files().size()));
        metadata.put("uncompressedBytes", Long.toString(listing.uncompressedBytes()));
        return new Inspection(Inspection.Outcome.ACCEPTED, type, null, metadata, "", false, since(start), null);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Inspections that timed out and whose reader is still running. */
    public int abandonedWorkers() {
        return workers.abandoned();
    }

    /** At this many abandoned workers, no new inspection starts. */
    public int maxAbandonedWorkers() {
        return workers.maxAbandoned();
    }

    @PreDestroy
    void stop() {
        workers.stop();
    }
}

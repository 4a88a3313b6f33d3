package org.surgalt.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import io.quarkus.runtime.configuration.MemorySize;
import org.jboss.logging.Logger;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.jobs.Job;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Resumable uploads (the tus protocol's semantics; {@link TusResource} speaks the HTTP). The state
 * is in the database and the bytes in {@code <asset root>/incoming/<id>.part} on the shared
 * volume, so any instance can take the next chunk. A chunk is streamed to the file at the
 * recorded offset under an exclusive file lock, fsynced, and only then is the new offset
 * committed: the offset never claims bytes that are not on disk. If the client goes away
 * mid-chunk, what did arrive is kept, and HEAD tells the client where to go on.
 *
 * <p>The SHA-256 is computed once, over the complete file, when the last byte has arrived. That
 * reads the file a second time, but keeping a running digest across chunks would mean persisting
 * MessageDigest state between requests and instances, which the JDK does not offer.
 */
@ApplicationScoped
public class UploadService {

    public static final String INSPECT_JOB = "upload.inspect";

    private static final Logger LOG = Logger.getLogger(UploadService.class);
    private static final int BUFFER = 256 * 1024;

    private final UploadRepository uploads;
    private final AssetRepository assetRows;
    private final AssetStore assets;
    private final JobQueue jobs;
    private final AssetsConfig config;

    UploadService(UploadRepository uploads, AssetRepository assetRows, AssetStore assets, JobQueue jobs,
            AssetsConfig config) {
        this.uploads = uploads;
        this.assetRows = assetRows;
        this.assets = assets;
        this.jobs = jobs;
        this.config = config;
    }

    public long maxSize() {
        return config.maxUploadSize().asLongValue();
    }

    /** Refuses what is too large before anything is written. */
    public Upload create(Viewer viewer, long length, String filename, String declaredType, FileKind kind)
            throws IOException {
        if (length < 0) {
            throw DomainException.invalid("Upload-Length", "must be a number of bytes, 0 or more");
        }
        if (length > maxSize()) {
            throw DomainException.tooLarge("The file is " + length + " bytes; uploads may be at most " + maxSize()
                    + " bytes (" + label(config.maxUploadSize()) + ").");
        }
        Files.createDirectories(incoming());
        requireRoom(length);
        Upload upload = QuarkusTransaction.requiringNew().call(() -> {
            Upload created = new Upload(viewer.userId(), filename, declaredType, length, kind);
            uploads.persist(created);
            return created;
        });
        Files.createFile(partFile(upload.id()));
        if (length == 0) {
            finish(upload, 0);
        }
        return upload;
    }

    public MemorySize maxFormSize() {
        return config.maxFormUploadSize();
    }

    /** "50 MB", "2 GB": a size as people read it (MemorySize has no readable form of its own). */
    public static String label(MemorySize size) {
        long bytes = size.asLongValue();
        for (String unit : new String[] { "GB", "MB", "KB" }) {
            long scale = 1L << (unit.equals("GB") ? 30 : unit.equals("MB") ? 20 : 10);
            if (bytes >= scale && bytes % scale == 0) {
                return bytes / scale + " " + unit;
            }
        }
        return bytes + " bytes";
    }

    /**
     * A plain form's file (multipart, field {@code file}, no JavaScript) as an upload of the sender's of
     * this kind, its inspection queued, as {@link #receive(Viewer, Path, String, String, FileKind)}; the
     * field is required.
     */
    public String receiveForm(Viewer viewer, org.jboss.resteasy.reactive.multipart.FileUpload file, FileKind kind) {
        requireFormFile(file);
        try {
            return receive(viewer, file.uploadedFile(), file.fileName(), file.contentType(), kind);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plain form sent without choosing a file is refused on its {@code file} field. */
    public static void requireFormFile(org.jboss.resteasy.reactive.multipart.FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw DomainException.invalid("file", "is required: choose a file and upload it");
        }
    }

    /**
     * A file posted whole by a plain form, for browsers without JavaScript: it becomes an upload
     * by the same steps as a tus one (creation with its limits, the bytes appended, stored and
     * queued for the same inspection), only in one request; the caller gets its id.
     */
    public String receive(Viewer viewer, Path posted, String filename, String declaredType, FileKind kind)
            throws IOException {
        long length = Files.size(posted);
        if (length > maxFormSize().asLongValue()) {
            throw DomainException.invalid("file", "is larger than " + label(maxFormSize())
                    + ", the most a page without JavaScript may send; with JavaScript, files up to "
                    + label(config.maxUploadSize()) + " can be uploaded");
        }
        Upload upload = create(viewer, length, TusResource.filename(filename), declaredType, kind);
        if (length > 0) {
            try (InputStream in = Files.newInputStream(posted)) {
                append(viewer, upload.id(), 0, in);
            }
        }
        return upload.id();
    }

    /** Appends the body at {@code at}; returns the new offset. */
    public long append(Viewer viewer, String id, long at, InputStream body) throws IOException {
        Upload upload = QuarkusTransaction.requiringNew().call(() -> {
            Upload owned = owned(viewer, id);
            owned.requireAppendableAt(at);
            return owned;
        });
        long written = write(partFile(id), at, upload.length() - at, body);
        long offset = at + written;
        if (offset == upload.length()) {
            finish(upload, at);
        } else if (written > 0) {
            QuarkusTransaction.requiringNew().run(() -> {
                Upload locked = uploads.findById(id, LockModeType.PESSIMISTIC_WRITE);
                locked.requireAppendableAt(at);
                locked.received(offset);
            });
        }
        return offset;
    }

    @Transactional
    public Upload owned(Viewer viewer, String id) {
        return uploads.findByIdOptional(id)
                .filter(upload -> upload.ownerId() == viewer.userId() && upload.status() != UploadStatus.EXPIRED)
                .orElseThrow(() -> DomainException.notFound("upload", id));
    }

    /** An inspected, accepted upload of the caller's, as the content of an item. */
    public record ReadyUpload(String sha256, String filename, String mediaType) {
    }

    public ReadyUpload ready(Viewer viewer, String id, FileKind kind) {
        Upload upload = owned(viewer, id);
        if (upload.state() == ProcessingState.REJECTED) {
            throw DomainException.invalid("upload", "was refused: " + upload.rejectionReason());
        }
        if (upload.state() != ProcessingState.READY) {
            throw DomainException.invalid("upload", "is not ready yet (" + (upload.state() == null
                    ? upload.status().name().toLowerCase(java.util.Locale.ROOT)
                    : upload.state().name().toLowerCase(java.util.Locale.ROOT)) + "); try again when it is");
        }
        if (upload.kind() != kind) {
            throw DomainException.invalid("upload", "was uploaded as a " + upload.kind().name().toLowerCase(
                    java.util.Locale.ROOT) + ", not a " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new ReadyUpload(upload.sha256(), upload.filename(), upload.detectedType());
    }

    /**
     * The caller's upload as a file that something will carry (a submission's, a library resource's):
     * accepted, or still arriving or being inspected; a refused or expired one is refused with why.
     */
    public Stage pendingFile(Viewer viewer, String uploadId) {
        Stage stage = stage(owned(viewer, uploadId).id()).orElseThrow();
        if (stage.kind() != FileKind.FILE) {
            throw DomainException.invalid("upload", "was uploaded as a "
                    + stage.kind().name().toLowerCase(java.util.Locale.ROOT) + ", not a file");
        }
        if ("rejected".equals(stage.name())) {
            // Throws the rejection with inspection's reason.
            ready(viewer, uploadId, FileKind.FILE);
        }
        if ("expired".equals(stage.name())) {
            throw DomainException.invalid("upload", "has expired; upload the file again");
        }
        return stage;
    }

    /** Where an upload is, whoever owns it: for the item that waits for it. */
    public record Stage(String id, String filename, String name, long offset, long length, FileKind kind,
            String reason, ReadyUpload ready) {
    }

    /**
     * Gives a file waiting on an upload inspection's verdict once there is one: accepted, or refused
     * with the reason; an upload that is gone or expired before it was checked is refused too.
     * Nothing changes while the upload is still being sent or inspected.
     */
    @Transactional
    public void settle(AwaitsInspection file) {
        java.util.Optional<Stage> stage = file.uploadId() == null ? java.util.Optional.empty() : stage(file.uploadId());
        if (stage.isEmpty() || "expired".equals(stage.get().name())) {
            file.rejected("the upload expired before it was checked; upload the file again");
        } else if (stage.get().ready() != null) {
            file.accepted(stage.get().ready());
        } else if ("rejected".equals(stage.get().name())) {
            file.rejected(stage.get().reason());
        }
    }

    @Transactional
    public java.util.Optional<Stage> stage(String id) {
        return uploads.findByIdOptional(id).map(upload -> {
            String name = upload.status() == UploadStatus.EXPIRED ? "expired"
                    : upload.state() != null ? upload.state().name().toLowerCase(java.util.Locale.ROOT)
                    : upload.status() == UploadStatus.COMPLETE ? "queued" : "uploading";
            ReadyUpload ready = upload.state() == ProcessingState.READY
                    ? new ReadyUpload(upload.sha256(), upload.filename(), upload.detectedType()) : null;
            return new Stage(upload.id(), upload.filename(), name, upload.offset(), upload.length(), upload.kind(),
                    upload.rejectionReason(), ready);
        });
    }

    @Transactional
    public UploadStatusJson status(Viewer viewer, String id) {
        Upload upload = owned(viewer, id);
        Job job = upload.jobId() == null ? null : jobs.find(upload.jobId()).orElse(null);
        return new UploadStatusJson(upload.id(), upload.filename(), upload.status().name(), upload.offset(),
                upload.length(), upload.sha256(), upload.state() == null ? null : upload.state().name(),
                job == null ? null : job.state().name(), job == null ? null : job.lastError(),
                upload.kind().name().toLowerCase(java.util.Locale.ROOT), upload.detectedType(),
                upload.rejectionReason());
    }

    /** tus termination: the upload and its partial bytes are gone; a stored asset stays. */
    public void terminate(Viewer viewer, String id) throws IOException {
        QuarkusTransaction.requiringNew().run(() -> uploads.delete(owned(viewer, id)));
        Files.deleteIfExists(partFile(id));
    }

    /** Expires uploads nobody added to within the configured time and deletes their bytes. */
    public int expireIdle() {
        List<String> expired = QuarkusTransaction.requiringNew().call(() -> {
            List<Upload> idle = uploads.idleSince(Instant.now().minus(config.uploadExpiry()));
            idle.forEach(Upload::expire);
            return idle.stream().map(Upload::id).toList();
        });
        for (String id : expired) {
            try {
                Files.deleteIfExists(partFile(id));
            } catch (IOException e) {
                LOG.warnf(e, "Could not delete the partial file of expired upload %s", id);
            }
        }
        return expired.size();
    }

    /** For the processing job: what inspection found. */
    @Transactional
    public void inspected(String id, Inspection inspection) {
        uploads.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("upload", id)).inspected(inspection);
    }

    /** For the processing job: QUEUED → PROCESSING. */
    @Transactional
    public void processing(String id, ProcessingState state) {
        uploads.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> DomainException.notFound("upload", id)).processing(state);
    }

    Path partFile(String id) {
        return incoming().resolve(id + ".part");
    }

    private Path incoming() {
        return config.root().resolve("incoming");
    }

    /**
     * Refuses an upload of {@code length} bytes that would leave less than the configured reserve
     * free where its bytes go: the part file in incoming/ and, when that is another volume, the copy
     * in the store. Other uploads under way are not counted: a write that still meets a full disk
     * is undone (see {@link #write}) and answered with 507 too.
     */
    private void requireRoom(long length) throws IOException {
        long reserve = config.minFree().asLongValue();
        FileStore incoming = Files.getFileStore(incoming());
        FileStore store = Files.getFileStore(config.root());
        long usable = incoming.getUsableSpace();
        if (!store.equals(incoming)) {
            usable = Math.min(usable, store.getUsableSpace());
        }
        if (length > usable - reserve) {
            LOG.warnf("Upload of %d bytes refused: %d bytes usable on the asset volume, %d kept free", length,
                    usable, reserve);
            throw DomainException.insufficientStorage("The server has no room for this file (" + length
                    + " bytes) right now: its disk is full. Ask an administrator to free space, then upload it again.");
        }
    }

    /** A write to the asset volume failed: after its bytes were undone, what the client is told. */
    private static DomainException storageFailed(String id, long kept, IOException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("No space left") || reason.contains("quota")) {
            LOG.warnf("Upload %s: the asset volume is full (%s); kept its first %d bytes", id, reason, kept);
        } else {
            LOG.errorf(e, "Upload %s: could not write to the asset volume; kept its first %d bytes", id, kept);
        }
        return DomainException.insufficientStorage("The server could not store this upload: its disk is full"
                + " or failing. The first " + kept + " bytes are kept; resume the upload once an administrator"
                + " has freed space.");
    }

    /**
     * Streams at most {@code room} bytes to the file at {@code at}; more than that is refused. If
     * the disk refuses a write (full, or failing), the file is cut back to {@code at}, where the
     * recorded offset still is, so the upload can go on from there once there is room again.
     */
    private static long write(Path part, long at, long room, InputStream body) throws IOException {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw DomainException.conflict("Another request is adding bytes to this upload right now.");
            }
            try {
                if (channel.size() < at) {
                    throw DomainException.conflict("The bytes received so far are lost; start the upload again.");
                }
                long written;
                try {
                    written = copy(body, channel, at, room);
                    // Bytes past the end may be left from a chunk whose offset was never committed.
                    channel.truncate(at + Math.max(written, 0));
                    channel.force(false);
                } catch (IOException diskRefused) {
                    // copy() throws only for the file: a body that ends early is a client gone away.
                    cutBack(channel, at);
                    drain(body, room);
                    throw storageFailed(part.getFileName().toString().replace(".part", ""), at, diskRefused);
                }
                if (written < 0) {
                    throw DomainException.invalid("body", "has more bytes than are left of Upload-Length (" + room + ")");
                }
                return written;
            } finally {
                lock.release();
            }
        } catch (NoSuchFileException e) {
            throw DomainException.conflict("The bytes received so far are lost; start the upload again.");
        }
    }

    /** The number of bytes written, or -1 if the body was longer than {@code room}. */
    private static long copy(InputStream body, FileChannel channel, long at, long room) throws IOException {
        byte[] buffer = new byte[BUFFER];
        ByteBuffer wrapped = ByteBuffer.wrap(buffer);
        long written = 0;
        channel.position(at);
        while (true) {
            int read;
            try {
                read = body.read(buffer);
            } catch (IOException clientGone) {
                // A dropped connection: keep what arrived, the client resumes from there.
                LOG.debugf("Upload body ended early after %d bytes: %s", written, clientGone.getMessage());
                return written;
            }
            if (read < 0) {
                return written;
            }
            if (written + read > room) {
                return -1;
            }
            wrapped.clear().limit(read);
            while (wrapped.hasRemaining()) {
                channel.write(wrapped);
            }
            written += read;
        }
    }

    /** Back to the acknowledged offset: frees what the failed write took and keeps file and row agreeing. */
    private static void cutBack(FileChannel channel, long at) {
        try {
            channel.truncate(at);
            channel.force(false);
        } catch (IOException e) {
            // The next write truncates too; until then HEAD still tells the recorded offset.
            LOG.warnf("Could not cut a partial upload back to %d bytes: %s", at, e.getMessage());
        }
    }

    /**
     * Reads and drops the rest of a body the server will not keep, so that the client, which is
     * still sending it, gets the answer rather than a connection reset.
     */
    private static void drain(InputStream body, long limit) {
        byte[] buffer = new byte[BUFFER];
        long read = 0;
        try {
            for (int n = body.read(buffer); n >= 0 && read <= limit; n = body.read(buffer)) {
                read += n;
            }
        } catch (IOException clientGone) {
            // Nothing to answer then.
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /**
     * Hash, then in one transaction: the asset row, the bytes into the store, complete, processing
     * job. The row comes before the bytes: inserting it, or finding it, locks its key, and
     * {@link AssetCollector} deletes bytes only while it holds that key with no row in it, so it
     * cannot delete the bytes of content that is being uploaded again as it collects it.
     */
    private void finish(Upload upload, long acknowledged) throws IOException {
        Path part = partFile(upload.id());
        try {
            store(upload, part);
        } catch (IOException e) {
            // Not stored (the store leaves no partial asset): back to the offset the row still has.
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    cutBack(channel, acknowledged);
                    lock.release();
                }
            } catch (IOException | RuntimeException ignored) {
                // The part file is gone or busy: the next request finds out.
            }
            throw storageFailed(upload.id(), acknowledged, e);
        }
    }

    private void store(Upload upload, Path part) throws IOException {
        String sha256 = sha256(part);
        long size = Files.size(part);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Upload locked = uploads.findById(upload.id(), LockModeType.PESSIMISTIC_WRITE);
                if (locked == null || locked.status() != UploadStatus.UPLOADING) {
                    throw DomainException.conflict("This upload was completed or ended by another request.");
                }
                assetRows.insertIfAbsent(sha256, size, upload.filename());
                try {
                    assets.store(part, sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long job = jobs.enqueue(INSPECT_JOB, Map.of("upload", upload.id()));
                locked.complete(sha256, job);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

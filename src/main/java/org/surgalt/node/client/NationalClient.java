package org.surgalt.node.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;

/**
 * The node's one way to the national server. Enrolment is its only unsigned call; every other request
 * is signed here, and only here, as deploy/NODE-PROTOCOL.md says: {@code Authorization: Node <JWS>},
 * ES256 by the node's key, bound to the method, the path as sent and the body's SHA-256, with a fresh
 * jti and a 60 s life.
 */
@ApplicationScoped
public class NationalClient {

    private static final Logger LOG = Logger.getLogger(NationalClient.class);

    /** A remote soum's link may take long to connect; a call that hangs longer is a dead link. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The largest answer body a node takes (an inflated JSON answer, or a file's range). */
    static final int MAX_ANSWER = 64 * 1024 * 1024;
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(60);
    /** The national clock is taken over when ours differs by more than this (lab computers drift). */
    private static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(5);

    /**
     * A call's answer. bitsPerSecond: the bytes of both bodies over the call's time; for a small call
     * that measures the link's latency more than its bandwidth, and it is the best a node knows.
     */
    public record Answer(int status, byte[] body, long bitsPerSecond, HttpHeaders headers) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A header of the answer (Content-Range, ETag, ...). */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final NodeClientConfig config;
    private final NodeKeyStore keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** The national clock minus ours, as its last Date header said (zero within the tolerance). */
    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);

    NationalClient(NodeClientConfig config, NodeKeyStore keys) {
        this.config = config;
        this.keys = keys;
    }

    /** POST /api/nodes/enrol with the one-time code and the public key; no credential of any kind. */
    Answer enrol(String nationalUrl, byte[] json) throws IOException {
        return call(nationalUrl, "POST", "/api/nodes/enrol", json, null, null, Map.of());
    }

    /**
     * A signed request. When the national server refuses it (401) and its Date header shows that our
     * clock was off, it is signed again with the national clock and sent once more.
     */
    public Answer send(NodeIdentity node, String method, String pathAndQuery, byte[] body) throws IOException {
        return send(node, method, pathAndQuery, body, Map.of());
    }

    /**
     * As {@link #send(NodeIdentity, String, String, byte[])} with more request headers: {@code Range},
     * {@code Content-Range}, or a {@code Content-Type} other than JSON for a file's bytes.
     */
    public Answer send(NodeIdentity node, String method, String pathAndQuery, byte[] body, Map<String, String> headers)
            throws IOException {
        Duration offset = clockOffset.get();
        Answer answer = call(node.nationalUrl(), method, pathAndQuery, body, node.privateKey(), node, headers);
        if (answer.status() == 401 && !clockOffset.get().equals(offset)) {
            answer = call(node.nationalUrl(), method, pathAndQuery, body, node.privateKey(), node, headers);
        }
        Optional<ECKey> pending = node.pendingKey();
        if (answer.status() == 401 && pending.isPresent()) {
            // A key replacement whose answer was lost: the national server may trust the new key only.
            answer = call(node.nationalUrl(), method, pathAndQuery, body, pending.get(), node, headers);
            if (answer.status() != 401) {
                keys.promotePending();
            }
        }
        return answer;
    }

    private Answer call(String nationalUrl, String method, String pathAndQuery, byte[] body, ECKey key,
            NodeIdentity signer, Map<String, String> headers) throws IOException {
        URI uri = URI.create(nationalUrl.replaceAll("/+$", "") + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!headers.containsKey("Range")) {
            // JSON answers (catalogues, versions, results) shrink several times; a file's range is sent as it is.
            request.header("Accept-Encoding", "gzip");
        }
        if (body.length > 0 && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        if (signer != null) {
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            request.header("Authorization", "Node " + sign(signer, key, method, target, body));
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling the national server", e);
        }
        long nanos = Math.max(1, System.nanoTime() - started);
        response.headers().firstValue("Date").ifPresent(this::learnClock);
        long bytes = body.length + response.body().length;
        long bitsPerSecond = bytes * 8L * 1_000_000_000L / nanos;
        keepUnderCap(bytes, nanos);
        byte[] answer = inflated(response.body(), response.headers().firstValue("Content-Encoding"));
        // What a round moved, call by call (bench/node-sync.sh adds these up): the bodies as sent and as read.
        LOG.debugf("node call: %s %s %d sent %d received %d inflated %d in %d ms", method, uri.getRawPath(),
                response.statusCode(), body.length, response.body().length, answer.length, nanos / 1_000_000L);
        return new Answer(response.statusCode(), answer, bitsPerSecond, response.headers());
    }

    /**
     * The answer's body as the national side meant it: inflated when it came gzipped. A HEAD answer or a
     * 204 has no body even when the national server names gzip for it (Vert.x's compression does, as it
     * would for a body of that type): nothing to inflate.
     */
    static byte[] inflated(byte[] body, Optional<String> contentEncoding) throws IOException {
        return body.length > 0 && contentEncoding.filter("gzip"::equalsIgnoreCase).isPresent() ? gunzip(body) : body;
    }

    /** A gzip answer, inflated; at most {@link #MAX_ANSWER} bytes, so a hostile answer cannot fill the memory. */
    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            byte[] inflated = in.readNBytes(MAX_ANSWER + 1);
            if (inflated.length > MAX_ANSWER) {
                throw new IOException("the national server's answer inflates past " + MAX_ANSWER + " bytes");
            }
            return inflated;
        }
    }

    /**
     * surgalt.node.bandwidth-cap: after a call whose bytes came faster than the cap allows, the node
     * waits until they would have taken the time the cap gives them, so the school's shared link keeps
     * room for everyone else. Calls are one after another, so this caps the node's average.
     */
    private void keepUnderCap(long bytes, long nanos) throws IOException {
        Optional<Long> cap = config.bandwidthCap();
        if (cap.isEmpty() || cap.get() <= 0) {
            return;
        }
        long allowedNanos = bytes * 8L * 1_000_000_000L / cap.get();
        long waitNanos = allowedNanos - nanos;
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while keeping under the bandwidth cap", e);
            }
        }
    }

    private String sign(NodeIdentity node, ECKey key, String method, String target, byte[] body) {
        Instant now = Instant.now().plus(clockOffset.get());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(node.nodeId()).audience(node.issuer())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(TOKEN_LIFE)))
                .jwtID(UUID.randomUUID().toString()).claim("htm", method).claim("htu", target)
                .claim("bsh", sha256(body)).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(new JOSEObjectType("node+jwt")).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the node's key cannot sign", e);
        }
    }

    private void learnClock(String date) {
        try {
            Instant national = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration offset = Duration.between(Instant.now(), national);
            clockOffset.set(offset.abs().compareTo(CLOCK_TOLERANCE) > 0 ? offset : Duration.ZERO);
        } catch (DateTimeParseException ignored) {
            // A proxy's odd Date header: keep the clock we had.
        }
    }

    static String sha256(byte[] body) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

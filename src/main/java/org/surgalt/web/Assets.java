package org.surgalt.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under META-INF/resources/static/ at addresses that name their content:
 * {@code {asset:url('surgalt.css')}} in a template gives {@code /static/surgalt.3f2a9c1b0e44.css},
 * which browsers may keep for a year (AssetResource), because new bytes get a new address. The
 * fingerprint is computed once per file from the bytes this build ships.
 */
public final class Assets {

    static final String ROOT = "META-INF/resources/static/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern FINGERPRINTED = Pattern.compile("(.+)\\.([0-9a-f]{12})(\\.[A-Za-z0-9]+)");
    private static final Map<String, Asset> CACHE = new ConcurrentHashMap<>();

    /** A static file: its bytes and the address that names them. */
    record Asset(String name, byte[] bytes, String fingerprint) {

        String fileName() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name + "." + fingerprint : name.substring(0, dot) + "." + fingerprint + name.substring(dot);
        }
    }

    /** A file name and the fingerprint an address gave for it. */
    record Requested(String name, String fingerprint) {
    }

    private Assets() {
    }

    /** The fingerprinted address of a file under static/; fails (at the first render) for a file that is not there. */
    @TemplateExtension(namespace = "asset")
    public static String url(String name) {
        return "/static/" + find(name).orElseThrow(() -> new IllegalArgumentException("no static file " + name))
                .fileName();
    }

    static Optional<Asset> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Asset cached = CACHE.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(CACHE.computeIfAbsent(name, n -> new Asset(n, bytes, fingerprint(bytes))));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** "surgalt.3f2a9c1b0e44.css" → surgalt.css and 3f2a9c1b0e44; empty for a name without a fingerprint. */
    static Optional<Requested> parse(String fileName) {
        Matcher matcher = FINGERPRINTED.matcher(fileName);
        return matcher.matches() ? Optional.of(new Requested(matcher.group(1) + matcher.group(3), matcher.group(2)))
                : Optional.empty();
    }

    /** The first 48 bits of the SHA-256 of the bytes, in hex: collisions between two versions of a file are not a worry. */
    static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

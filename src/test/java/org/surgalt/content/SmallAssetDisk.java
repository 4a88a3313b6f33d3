package org.surgalt.content;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The asset root on a real, small file system, so that a full disk is a real full disk: a 3 MiB
 * tmpfs at {@link #ROOT} and another at its {@code incoming/}, where uploads are written, so that
 * the store's final copy can meet a full disk too. Mounting needs root, as CI and the build
 * machine have; without it the test fails, saying so, rather than passing untested.
 */
public class SmallAssetDisk implements QuarkusTestResourceLifecycleManager {

    static final Path ROOT = Path.of("target", "small-asset-disk").toAbsolutePath();
    static final Path INCOMING = ROOT.resolve("incoming");
    static final long SIZE = 3 * 1024 * 1024;
    static final long MIN_FREE = 256 * 1024;

    @Override
    public Map<String, String> start() {
        try {
            unmountLeftovers();
            Files.createDirectories(ROOT);
            mount(ROOT);
            Files.createDirectories(INCOMING);
            mount(INCOMING);
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare " + ROOT, e);
        }
        return Map.of("surgalt.assets.root", ROOT.toString(), "surgalt.assets.min-free", String.valueOf(MIN_FREE));
    }

    @Override
    public void stop() {
        for (Path where : List.of(INCOMING, ROOT)) {
            String failed = run("umount", where.toString());
            if (failed != null) {
                System.err.println("SmallAssetDisk: " + failed);
            }
        }
    }

    private static void mount(Path where) {
        String output = run("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", where.toString());
        if (output != null) {
            throw new IllegalStateException("FullDiskTest mounts a " + SIZE + "-byte tmpfs at " + where
                    + " and needs root for it (CI runs as root): " + output);
        }
    }

    /** From a run that was killed before it could clean up. */
    private static void unmountLeftovers() throws IOException {
        String mounts = Files.readString(Path.of("/proc/mounts"), StandardCharsets.UTF_8);
        for (Path where : List.of(INCOMING, ROOT)) {
            if (mounts.contains(" " + where + " ")) {
                run("umount", where.toString());
            }
        }
    }

    /** Null when the command succeeded, else what it said. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            return process.exitValue() == 0 ? null : String.join(" ", command) + ": exit " + process.exitValue()
                    + ": " + output.strip();
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return String.join(" ", command) + ": interrupted";
        }
    }
}

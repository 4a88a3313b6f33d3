package org.surgalt.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test's handle on a {@link LinkProxy} process: started against a target port, steered line by line
 * (rate, cuts, duplicates, delay, down/up), and asked how many bytes crossed it.
 */
public final class Link implements AutoCloseable {

    /** What crossed the link since the last reset. */
    public record Stats(long toServer, long toClient, long connections, long cuts, long dups) {
        public long bytes() {
            return toServer + toClient;
        }
    }

    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;
    private final int port;

    private Link(Process process) throws IOException {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = answers.readLine();
        if (first == null || !first.startsWith("listening ")) {
            throw new IOException("the link proxy did not start: " + first);
        }
        this.port = Integer.parseInt(first.substring("listening ".length()).strip());
    }

    /** A link proxy process in front of 127.0.0.1:{@code targetPort}; {@code seed} makes its dice repeatable. */
    public static Link to(int targetPort, long seed) {
        String classpath = System.getProperty("java.class.path");
        try {
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp", classpath,
                    LinkProxy.class.getName(), Integer.toString(targetPort), Long.toString(seed)))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new Link(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Sends one command and returns its answer line. */
    public synchronized String command(String line) {
        try {
            commands.write(line + "\n");
            commands.flush();
            String answer = answers.readLine();
            if (answer == null) {
                throw new IOException("the link proxy exited");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Link rate(long bitsPerSecond) {
        command("rate " + bitsPerSecond);
        return this;
    }

    public Link cuts(double probability, long withinBytes) {
        command("cut " + probability);
        command("cut-within " + withinBytes);
        return this;
    }

    public Link duplicates(double probability) {
        command("dup " + probability);
        return this;
    }

    public Link delay(long millis) {
        command("delay " + millis);
        return this;
    }

    public Link down() {
        command("down");
        return this;
    }

    public Link up() {
        command("up");
        return this;
    }

    /** A clean link again: no cuts, duplicates or delay (the rate stays). */
    public Link clean() {
        return cuts(0, 64 * 1024).duplicates(0).delay(0).up();
    }

    public Stats stats() {
        String[] w = command("stats").split(" ");
        return new Stats(Long.parseLong(w[1]), Long.parseLong(w[2]), Long.parseLong(w[4]), Long.parseLong(w[6]),
                Long.parseLong(w[8]));
    }

    public void reset() {
        command("reset");
    }

    @Override
    public void close() {
        try {
            command("quit");
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (RuntimeException | InterruptedException e) {
            // already gone
        } finally {
            process.destroyForcibly();
        }
    }
}

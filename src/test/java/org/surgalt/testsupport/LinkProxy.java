package org.surgalt.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bad rural link between a school node and the national server, as a process of its own: a TCP proxy
 * on the loopback address that throttles both directions to a shared rate, cuts connections at random
 * byte positions, replays requests on new connections (duplicated requests, which may arrive after
 * later ones: reordered; a request is replayed once the server starts answering it), and delays new connections at random (reordering). It counts
 * the bytes that cross it: the bytes on the wire.
 *
 * <p>The dice are rolled per request, not per connection: a kept-alive connection (the node's HTTP
 * client sends a whole round over one) carries many, and the client sending again after an answer
 * starts the next one.
 *
 * <p>Started by {@link Link}: {@code java -cp <test classes> org.surgalt.testsupport.LinkProxy
 * <target port> <seed>}; prints {@code listening <port>}, then reads commands on standard input, one
 * per line, and answers each with one line: {@code rate <bits/s>} (0: unthrottled), {@code cut <p>}
 * (probability that a request is cut somewhere in the connection's next {@code cut-within} bytes), {@code
 * cut-within <bytes>}, {@code dup <p>} (probability that a request's client bytes are sent again
 * on a new connection, 0–2 s later, the answer thrown away), {@code delay <ms>} (each new connection
 * waits up to this long), {@code down} / {@code up} (every connection refused and open ones cut, or
 * not), {@code stats} (answers {@code bytes <to server> <to client> connections <n> cuts <n> dups
 * <n>}), {@code reset} (counters to zero), {@code quit}.
 */
public final class LinkProxy {

    private final int targetPort;
    private final Random random;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "link");
        t.setDaemon(true);
        return t;
    });
    private final Throttle toServer = new Throttle();
    private final Throttle toClient = new Throttle();
    private final AtomicLong bytesToServer = new AtomicLong();
    private final AtomicLong bytesToClient = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong cuts = new AtomicLong();
    private final AtomicLong dups = new AtomicLong();
    private volatile double cutProbability;
    private volatile long cutWithin = 64 * 1024;
    private volatile double dupProbability;
    private volatile long delayMillis;
    private volatile boolean down;
    private volatile long generation;

    private LinkProxy(int targetPort, long seed) {
        this.targetPort = targetPort;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        LinkProxy proxy = new LinkProxy(Integer.parseInt(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 1);
        ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        System.out.println("listening " + server.getLocalPort());
        System.out.flush();
        Thread acceptor = new Thread(() -> proxy.accept(server), "link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        proxy.commands(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        server.close();
        System.exit(0);
    }

    private void commands(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split("\\s+");
            String answer = "ok";
            switch (words[0]) {
                case "rate" -> {
                    toServer.rate(Long.parseLong(words[1]));
                    toClient.rate(Long.parseLong(words[1]));
                }
                case "cut" -> cutProbability = Double.parseDouble(words[1]);
                case "cut-within" -> cutWithin = Long.parseLong(words[1]);
                case "dup" -> dupProbability = Double.parseDouble(words[1]);
                case "delay" -> delayMillis = Long.parseLong(words[1]);
                case "down" -> {
                    down = true;
                    generation++;
                }
                case "up" -> down = false;
                case "stats" -> answer = "bytes " + bytesToServer.get() + " " + bytesToClient.get() + " connections "
                        + connections.get() + " cuts " + cuts.get() + " dups " + dups.get();
                case "reset" -> {
                    bytesToServer.set(0);
                    bytesToClient.set(0);
                    connections.set(0);
                    cuts.set(0);
                    dups.set(0);
                }
                case "quit" -> {
                    System.out.println("bye");
                    System.out.flush();
                    return;
                }
                default -> answer = "unknown " + words[0];
            }
            System.out.println(answer);
            System.out.flush();
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private synchronized double roll() {
        return random.nextDouble();
    }

    private synchronized long below(long bound) {
        return bound <= 0 ? 0 : (long) (random.nextDouble() * bound);
    }

    private void serve(Socket client) {
        connections.incrementAndGet();
        if (down) {
            abort(client);
            return;
        }
        long wait = below(delayMillis);
        sleep(wait);
        Socket server;
        try {
            server = new Socket("127.0.0.1", targetPort);
            server.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
        } catch (IOException e) {
            abort(client);
            return;
        }
        Connection connection = new Connection(client, server, generation);
        threads.execute(() -> connection.pump(true));
        connection.pump(false);
    }

    /** One proxied connection: the bytes both ways share its cut point; its client bytes may be replayed. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final long born;
        /** Where in the connection's bytes it is cut; rolled again for each request (guarded by sent). */
        private long cutAt;
        /** Whether the request now crossing is replayed; rolled again for each request (guarded by sent). */
        private boolean duplicate;
        /** The server has answered since the client last sent: the client's next bytes are a new request. */
        private boolean answered;
        private final AtomicLong moved = new AtomicLong();
        private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        private boolean replayed;
        private volatile boolean closed;

        Connection(Socket client, Socket server, long born) {
            this.client = client;
            this.server = server;
            this.born = born;
            roll(0);
        }

        /** The dice for the request that starts at byte {@code from} of the connection: a cut in it, a duplicate of it. */
        private void roll(long from) {
            synchronized (sent) {
                cutAt = LinkProxy.this.roll() < cutProbability ? from + below(cutWithin) : Long.MAX_VALUE;
                duplicate = LinkProxy.this.roll() < dupProbability;
            }
        }

        void pump(boolean up) {
            byte[] buffer = new byte[1024];
            try (InputStream in = (up ? client : server).getInputStream()) {
                OutputStream out = (up ? server : client).getOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    if (down || born != generation) {
                        cut();
                        return;
                    }
                    if (up) {
                        nextRequestIfAnswered();
                    }
                    long before = moved.getAndAdd(n);
                    long cutHere = cutPoint();
                    int allowed = n;
                    if (before + n > cutHere) {
                        allowed = (int) Math.max(0, cutHere - before);
                    }
                    (up ? toServer : toClient).take(allowed);
                    out.write(buffer, 0, allowed);
                    out.flush();
                    (up ? bytesToServer : bytesToClient).addAndGet(allowed);
                    if (up) {
                        synchronized (sent) {
                            if (duplicate) {
                                sent.write(buffer, 0, allowed);
                            }
                        }
                    } else {
                        // The server answers: the request before it is whole, and may be sent once more.
                        synchronized (sent) {
                            answered = true;
                        }
                        replay();
                    }
                    if (allowed < n) {
                        cuts.incrementAndGet();
                        cut();
                        return;
                    }
                }
                // One side finished: pass the half-close on, as TCP would.
                if (up) {
                    server.shutdownOutput();
                    replay();
                } else {
                    client.shutdownOutput();
                }
            } catch (IOException e) {
                cut();
            }
        }

        /**
         * A kept-alive connection (a node's HTTP client sends a whole round over one) carries many
         * requests: the client sending again after an answer starts the next one, whose dice for a cut
         * and a duplicate are rolled anew, as a new connection's would be.
         */
        private void nextRequestIfAnswered() {
            synchronized (sent) {
                if (answered) {
                    answered = false;
                    sent.reset();
                    replayed = false;
                    roll(moved.get());
                }
            }
        }

        private long cutPoint() {
            synchronized (sent) {
                return cutAt;
            }
        }

        private void cut() {
            if (!closed) {
                closed = true;
                abort(client);
                abort(server);
            }
            replay();
        }

        private void replay() {
            byte[] bytes;
            synchronized (sent) {
                if (!duplicate || replayed || sent.size() == 0) {
                    return;
                }
                replayed = true;
                bytes = sent.toByteArray();
            }
            dups.incrementAndGet();
            long later = below(2000);
            threads.execute(() -> {
                sleep(later);
                try (Socket again = new Socket("127.0.0.1", targetPort)) {
                    again.setSoTimeout(30_000);
                    again.getOutputStream().write(bytes);
                    again.getOutputStream().flush();
                    again.shutdownOutput();
                    again.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException ignored) {
                    // A duplicate's answer is thrown away, and so is its failure.
                }
            });
        }
    }

    /** A shared rate for one direction: each chunk waits until the link would have carried it. */
    private static final class Throttle {
        private long bitsPerSecond;
        private long freeAtNanos = System.nanoTime();

        synchronized void rate(long bitsPerSecond) {
            this.bitsPerSecond = bitsPerSecond;
            this.freeAtNanos = System.nanoTime();
        }

        void take(int bytes) {
            long waitUntil;
            synchronized (this) {
                if (bitsPerSecond <= 0 || bytes == 0) {
                    return;
                }
                long now = System.nanoTime();
                long start = Math.max(now, freeAtNanos);
                freeAtNanos = start + bytes * 8L * 1_000_000_000L / bitsPerSecond;
                waitUntil = freeAtNanos;
            }
            long nanos = waitUntil - System.nanoTime();
            if (nanos > 0) {
                sleep(nanos / 1_000_000L);
            }
        }
    }

    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

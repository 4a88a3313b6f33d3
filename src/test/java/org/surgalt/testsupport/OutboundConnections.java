package org.surgalt.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every outbound connection that code under test opens through the JDK (URL connections
 * and plain sockets both ask the default {@link ProxySelector}) and sends it to a dead proxy, so
 * nothing leaves the machine. Only threads whose names start with one of the given prefixes (and
 * the test's own thread) are recorded: a running Quarkus app in the same JVM talks to its
 * database all the time.
 */
public final class OutboundConnections extends ProxySelector {

    private final ProxySelector previous = ProxySelector.getDefault();
    private final List<String> prefixes;
    private final Thread owner = Thread.currentThread();
    private final List<URI> attempts = new CopyOnWriteArrayList<>();

    private OutboundConnections(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    public static OutboundConnections record(String... threadPrefixes) {
        OutboundConnections recorder = new OutboundConnections(List.of(threadPrefixes));
        ProxySelector.setDefault(recorder);
        return recorder;
    }

    @Override
    public List<Proxy> select(URI uri) {
        Thread current = Thread.currentThread();
        if (current == owner || prefixes.stream().anyMatch(current.getName()::startsWith)) {
            attempts.add(uri);
            // Port 9 (discard) on loopback: nothing listens, the connection fails at once.
            return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
        }
        return previous == null ? List.of(Proxy.NO_PROXY) : previous.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    }

    public List<URI> attempts() {
        return List.copyOf(attempts);
    }

    /** Puts the previous selector back and returns what was attempted meanwhile. */
    public List<URI> stop() {
        ProxySelector.setDefault(previous);
        return attempts();
    }
}

package org.surgalt.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bad link the node tests use really counts, cuts, duplicates and goes down (a small HTTP server behind it). */
class LinkProxyTest {

    private HttpServer server;
    private Link link;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = ("got " + body.length).getBytes();
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        link = Link.to(server.getAddress().getPort(), 7);
    }

    @AfterEach
    void stop() {
        link.close();
        server.stop(0);
    }

    private HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        // A new client each time: no kept-alive connection carries one test's state into the next request.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create(link.url() + "/x")).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCleanLinkCarriesAndCountsEveryByte() throws Exception {
        assertEquals("got 5000", post(new byte[5000]).body());
        Link.Stats stats = link.stats();
        assertTrue(stats.toServer() > 5000, "request headers and body: " + stats);
        assertTrue(stats.toClient() > "got 5000".length(), stats.toString());
        assertEquals(0, stats.cuts());
    }

    @Test
    void aCutLinkBreaksTheRequest() {
        link.cuts(1.0, 100);
        assertThrows(IOException.class, () -> post(new byte[5000]));
        assertEquals(1, link.stats().cuts());
        assertEquals(0, requests.get(), "the server never saw a whole request");
    }

    @Test
    void aDuplicatingLinkDeliversTheRequestAgain() throws Exception {
        link.duplicates(1.0);
        assertEquals("got 10", post(new byte[10]).body());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (requests.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, requests.get(), "the request arrived twice");
        assertEquals(1, link.stats().dups());
    }

    @Test
    void aLinkThatIsDownRefusesUntilItIsUp() throws Exception {
        link.down();
        assertThrows(IOException.class, () -> post(new byte[10]));
        link.up();
        assertEquals("got 10", post(new byte[10]).body());
    }
}

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the cohort dashboard (bench/dashboard.sh; a single-file Java program, no build):
 * signs in through the sign-in form, finds the first drill-down link (an aimag) on the cohort's
 * page, then requests the top level and that drill-down, each `requests` times from `clients`
 * concurrent clients sharing the session, and prints p50/p95/p99 and requests/s per page.
 *
 * java bench/DashboardLoad.java BASE_URL COHORT_CODE EMAIL PASSWORD [requests] [clients]
 */
public class DashboardLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java DashboardLoad.java BASE_URL COHORT_CODE EMAIL PASSWORD [requests] [clients]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        String cohort = args[1];
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        signIn(http, cookies, base, args[2], args[3]);

        String top = base + "/reports/cohorts/" + URLEncoder.encode(cohort, StandardCharsets.UTF_8);
        HttpResponse<String> page = http.send(get(top), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + top + " answered " + page.statusCode());
        }
        Matcher link = Pattern.compile("href=\"(/reports/cohorts/[^\"?]+\\?aimag=[^\"]+)\"").matcher(page.body());
        if (!link.find()) {
            throw new IllegalStateException("no aimag link on " + top);
        }
        String drill = base + link.group(1).replace("&amp;", "&");
        System.out.printf("page size: top level %,d bytes (uncompressed)%n", page.body().getBytes(StandardCharsets.UTF_8).length);
        run(http, "top level", top, requests, clients);
        run(http, "drill-down", drill, requests, clients);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").timeout(Duration.ofSeconds(60))
                .GET().build();
    }

    private static void signIn(HttpClient http, CookieManager cookies, String base, String email, String password)
            throws Exception {
        http.send(get(base + "/login"), HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("surgalt-csrf"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie"));
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check?_csrf=" + csrf))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        boolean signedIn = cookies.getCookieStore().getCookies().stream()
                .anyMatch(c -> c.getName().equals("surgalt-session"));
        if (!signedIn) {
            throw new IllegalStateException("signing in as " + email + " failed (" + login.statusCode() + ")");
        }
    }

    private static void run(HttpClient http, String name, String url, int requests, int clients) throws Exception {
        for (int i = 0; i < Math.min(5, requests); i++) {
            http.send(get(url), HttpResponse.BodyHandlers.discarding());
        }
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(get(url), HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    micros.add((System.nanoTime() - t) / 1_000);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%-11s %d requests, %d clients: p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms  "
                + "%.1f requests/s  %d errors%n", name, sorted.size(), clients, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0, sorted.size() / seconds, errors.get());
    }

    private static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }
}

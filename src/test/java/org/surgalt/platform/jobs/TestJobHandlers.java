package org.surgalt.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Job handlers that exist only in the test application. */
final class TestJobHandlers {

    /** How often each job ran, by its payload's "key". */
    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    private TestJobHandlers() {
    }

    @ApplicationScoped
    static class Counting implements JobHandler {
        @Override
        public String kind() {
            return "test.count";
        }

        @Override
        public void run(JsonNode payload) {
            RUNS.computeIfAbsent(payload.path("key").asText(), key -> new AtomicInteger()).incrementAndGet();
        }
    }

    @ApplicationScoped
    static class Failing implements JobHandler {
        @Override
        public String kind() {
            return "test.fail";
        }

        @Override
        public void run(JsonNode payload) {
            throw new IllegalStateException("the printer is on fire");
        }
    }

    @ApplicationScoped
    static class Rejecting implements JobHandler {
        @Override
        public String kind() {
            return "test.reject";
        }

        @Override
        public void run(JsonNode payload) {
            throw new JobRejected("This file is not a course package.");
        }
    }

    /** Waits for something of this instance the first two times it runs, then does its work. */
    @ApplicationScoped
    static class Waiting implements JobHandler {
        @Override
        public String kind() {
            return "test.wait";
        }

        @Override
        public void run(JsonNode payload) {
            int run = RUNS.computeIfAbsent(payload.path("key").asText(), key -> new AtomicInteger()).incrementAndGet();
            if (run <= 2) {
                throw new JobDeferred("The scanner is busy; this job waits for it.");
            }
        }
    }
}

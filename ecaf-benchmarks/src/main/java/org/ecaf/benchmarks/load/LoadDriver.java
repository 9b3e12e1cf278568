package org.ecaf.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.ecaf.forms.UkTime;

/**
 * A load driver for eCAF: N virtual users against one or more nodes (or HAProxy in front of them), with the JDK's
 * {@link HttpClient} and the JSON API (HTTP Basic with the demo accounts, so the target must run in demo mode).
 *
 * <p>The mix: most users are practitioners who search for a child, register one, add a parent, open a case,
 * record consent, fill the assessment section by section with autosave (a save every few seconds, each a new
 * revision based on the last), record that the child was seen and submit; some are team leads who read their
 * team's queue and approve what is submitted; some issue agency copies (PDF) of approved assessments. Each user
 * thinks between requests (exponential, mean {@code --think} ms). Every request is timed by kind; a request is an
 * error when it fails or answers anything but the status the step expects.
 *
 * <pre>
 * java -cp ecaf-benchmarks/target/benchmarks.jar org.ecaf.benchmarks.load.LoadDriver \
 *      --target http://127.0.0.1:8080 --users 50 --seconds 120 [--think 2000] [--ramp 20]
 * </pre>
 * The run is bounded: it stops by itself after {@code --seconds} (plus the requests then in flight).
 * {@code --mode register --users 16 --seconds 60}: registrations only, back to back, for registrations per second.
 */
public final class LoadDriver {

    static final ZoneId LONDON = UkTime.ZONE;

    private final List<String> targets;
    private final int users;
    private final Duration duration;
    private final long thinkMillis;
    private final Duration ramp;
    private final String password;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> lastError = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Submitted> submitted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Submitted> approved = new ConcurrentLinkedQueue<>();
    private volatile JsonObject completeAnswers;
    private volatile long deadline;
    private boolean registerOnly;

    LoadDriver(List<String> targets, int users, Duration duration, long thinkMillis, Duration ramp, String password) {
        this.targets = List.copyOf(targets);
        this.users = users;
        this.duration = duration;
        this.thinkMillis = thinkMillis;
        this.ramp = ramp;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<String> targets = List.of(options.getOrDefault("target", "http://127.0.0.1:8080").split(","));
        for (String target : targets) {
            String host = URI.create(target).getHost();
            if (!"localhost".equals(host) && !host.startsWith("127.") && !"[::1]".equals(host) && !"::1".equals(host)) {
                throw new IllegalArgumentException("The load driver only targets this machine (loopback), not " + host);
            }
        }
        if ("history".equals(options.get("mode"))) {
            int saves = Integer.parseInt(options.getOrDefault("saves", "1000"));
            LoadDriver driver = new LoadDriver(targets, 1, Duration.ofHours(1), 0, Duration.ZERO,
                    options.getOrDefault("password", "ecaf-demo"));
            System.out.println(driver.history(saves));
            return;
        }
        if ("register".equals(options.get("mode"))) {
            // registrations only, every user back to back (no think time): registrations per second
            LoadDriver driver = new LoadDriver(targets, Integer.parseInt(options.getOrDefault("users", "16")),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60"))), 0,
                    Duration.ZERO, options.getOrDefault("password", "ecaf-demo"));
            driver.registerOnly = true;
            System.out.println(driver.run());
            return;
        }
        LoadDriver driver = new LoadDriver(targets,
                Integer.parseInt(options.getOrDefault("users", "50")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "120"))),
                Long.parseLong(options.getOrDefault("think", "2000")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("ramp", "20"))),
                options.getOrDefault("password", "ecaf-demo"));
        System.out.println(driver.run());
    }

    /** Runs the mix and returns the report (a Markdown table). */
    String run() throws InterruptedException {
        if (!registerOnly) {
            completeAnswers = templateAnswers(new User("practitioner1", targets.get(0)));
        }
        long started = System.nanoTime();
        deadline = started + duration.toNanos();
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            int n = i;
            Thread user = new Thread(() -> {
                try {
                    sleep(ramp.toMillis() * n / Math.max(1, users));
                    play(n);
                } finally {
                    done.countDown();
                }
            }, "user-" + i);
            user.setDaemon(true);
            user.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        return report(seconds);
    }

    /**
     * Whether a save's cost grows with history: one practitioner saves {@code saves} revisions of one assessment in
     * a row (each a small change, as autosave makes them) and the time of the saves around revision 10 and around
     * the last is reported. The bytes each revision stores are read from the database (see docs/benchmarks.md).
     */
    String history(int saves) {
        deadline = Long.MAX_VALUE;
        User user = new User("practitioner1", targets.get(0));
        completeAnswers = templateAnswers(user);
        Random random = new Random(1);
        JsonObject child = user.call("register", "POST", "/api/v1/children", Json.createObjectBuilder()
                .add("givenNames", name(random)).add("familyName", name(random) + "-history")
                .add("dateOfBirth", LocalDate.now(LONDON).minusYears(9).toString()).add("gender", "female")
                .add("address", "1 History Street, Northbridge").add("postcode", "NB1 1ZZ").add("shielded", false)
                .add("notDuplicateReason", "Load test: history").build(), 201);
        long childId = child.getJsonNumber("id").longValue();
        JsonObject parent = user.call("family", "POST", "/api/v1/children/" + childId + "/family-members",
                Json.createObjectBuilder().add("name", "Parent " + name(random)).add("relationship", "MOTHER")
                        .add("parentalResponsibility", true).add("livesWithChild", true).build(), 201);
        long caseId = user.call("open", "POST", "/api/v1/cases", Json.createObjectBuilder().add("childId", childId).build(), 201)
                .getJsonNumber("id").longValue();
        user.call("consent", "POST", "/api/v1/cases/" + caseId + "/consents", Json.createObjectBuilder()
                .add("givenBy", "FAMILY_MEMBER").add("familyMemberId", parent.getJsonNumber("id").longValue())
                .add("givenOn", LocalDate.now(LONDON).toString()).add("scopes", Json.createArrayBuilder().add("RECORD"))
                .add("agencyIds", Json.createArrayBuilder()).add("familyMemberIds", Json.createArrayBuilder())
                .add("evidence", "Signed form").build(), 201);
        List<Long> nanos = new ArrayList<>();
        Integer revision = null;
        long started = System.nanoTime();
        for (int s = 1; s <= saves; s++) {
            JsonObjectBuilder answers = Json.createObjectBuilder(completeAnswers);
            answers.add("child_views", "Autosave " + s + ": " + completeAnswers.getString("child_views", ""));
            long t = System.nanoTime();
            JsonObject saved = user.call("save", "PUT", "/api/v1/cases/" + caseId + "/assessment",
                    Json.createObjectBuilder().add("answers", answers).build(), 200,
                    revision == null ? null : "\"" + revision + "\"");
            nanos.add(System.nanoTime() - t);
            if (saved == null) {
                return "save " + s + " failed: " + lastError;
            }
            revision = saved.getInt("revision");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] early = nanos.subList(0, Math.min(20, saves)).stream().mapToLong(Long::longValue).sorted().toArray();
        long[] late = nanos.subList(Math.max(0, saves - 20), saves).stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "case %d: %d saves in %.1f s (%.1f saves/s); revisions 1-20: median %.1f ms; "
                        + "revisions %d-%d: median %.1f ms", caseId, saves, seconds, saves / seconds,
                percentile(early, 50), Math.max(1, saves - 19), saves, percentile(late, 50));
    }

    /** User n's role: 1 in 10 a team lead, 1 in 20 issues copies, the rest practitioners. */
    private void play(int n) {
        String target = targets.get(n % targets.size());
        if (registerOnly) {
            registrar(new User(n % 3 == 2 ? "practitioner3" : n % 3 == 1 ? "practitioner2" : "practitioner1", target));
        } else if (n % 10 == 9) {
            teamLead(new User(n % 20 == 19 ? "teamlead2" : "teamlead1", target));
        } else if (n % 20 == 4) {
            copies(new User("practitioner1", target));
        } else {
            practitioner(new User(n % 3 == 2 ? "practitioner3" : n % 3 == 1 ? "practitioner2" : "practitioner1", target));
        }
    }

    /** Registers children one after another, with no think time (mode {@code register}). */
    /** A child no one has registered yet (random names, date of birth and address), as POST /children takes it. */
    private static JsonObject newChild(Random random) {
        return Json.createObjectBuilder()
                .add("givenNames", name(random)).add("familyName", name(random))
                .add("dateOfBirth", LocalDate.now(LONDON).minusYears(3 + random.nextInt(12)).minusDays(random.nextInt(365)).toString())
                .add("gender", random.nextBoolean() ? "female" : "male")
                .add("address", (1 + random.nextInt(200)) + " " + name(random) + " Street, Northbridge")
                .add("postcode", "NB" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "ZZ")
                .add("shielded", false)
                .add("notDuplicateReason", "Load test: a distinct child").build();
    }

    private void registrar(User user) {
        Random random = ThreadLocalRandom.current();
        while (running()) {
            user.call("register", "POST", "/api/v1/children", newChild(random), 201);
        }
    }

    private void practitioner(User user) {
        Random random = ThreadLocalRandom.current();
        while (running()) {
            user.call("search", "GET", "/api/v1/children?query=" + syllable(random) + syllable(random), null, 200);
            think();
            JsonObject child = user.call("register", "POST", "/api/v1/children", newChild(random), 201);
            if (child == null || !running()) {
                continue;
            }
            long childId = child.getJsonNumber("id").longValue();
            JsonObject parent = user.call("family", "POST", "/api/v1/children/" + childId + "/family-members",
                    Json.createObjectBuilder().add("name", "Parent " + name(random)).add("relationship", "MOTHER")
                            .add("parentalResponsibility", true).add("livesWithChild", true)
                            .add("phone", "07700 900000").add("address", "Same as the child").build(), 201);
            JsonObject opened = user.call("open", "POST", "/api/v1/cases", Json.createObjectBuilder().add("childId", childId).build(), 201);
            if (parent == null || opened == null) {
                continue;
            }
            long caseId = opened.getJsonNumber("id").longValue();
            long parentId = parent.getJsonNumber("id").longValue();
            JsonObject agencies = user.call("directory", "GET", "/api/v1/agencies", null, 200);
            long agencyId = agencies == null ? 0 : agencies.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            user.call("consent", "POST", "/api/v1/cases/" + caseId + "/consents", Json.createObjectBuilder()
                    .add("givenBy", "FAMILY_MEMBER").add("familyMemberId", parentId)
                    .add("givenOn", LocalDate.now(LONDON).toString())
                    .add("scopes", Json.createArrayBuilder().add("RECORD").add("SHARE"))
                    .add("agencyIds", Json.createArrayBuilder().add(agencyId))
                    .add("familyMemberIds", Json.createArrayBuilder().add(parentId))
                    .add("evidence", "Signed form held on paper").build(), 201);
            think();
            // the assessment, filled over several autosaves: each save holds what was typed so far
            List<String> keys = new ArrayList<>(completeAnswers.keySet());
            int saves = 8 + random.nextInt(8);
            Integer revision = null;
            for (int s = 1; s <= saves && running(); s++) {
                int upTo = s == saves ? keys.size() : Math.max(1, keys.size() * s / saves);
                JsonObjectBuilder answers = Json.createObjectBuilder();
                keys.subList(0, upTo).forEach(k -> answers.add(k, completeAnswers.get(k)));
                JsonObject saved = user.call("save", "PUT", "/api/v1/cases/" + caseId + "/assessment",
                        Json.createObjectBuilder().add("answers", answers).build(), 200,
                        revision == null ? null : "\"" + revision + "\"");
                if (saved == null) {
                    break;
                }
                revision = saved.getInt("revision");
                think();
            }
            if (!running() || revision == null) {
                continue;
            }
            LocalDateTime seen = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
            user.call("seen", "POST", "/api/v1/cases/" + caseId + "/child-seen", Json.createObjectBuilder()
                    .add("seenAt", seen.toString()).add("seenAlone", true).add("location", "School").build(), 201);
            if (user.call("submit", "POST", "/api/v1/cases/" + caseId + "/assessment/submission", null, 200) != null) {
                submitted.add(new Submitted(caseId, user.username));
            }
            user.call("case", "GET", "/api/v1/cases/" + caseId, null, 200);
            think();
        }
    }

    private void teamLead(User user) {
        while (running()) {
            JsonObject queue = user.call("queue", "GET", "/api/v1/cases?team=true&state=SUBMITTED", null, 200);
            think();
            Submitted next = submitted.poll();
            if (next != null && running()) {
                // the team lead of the case's team approves (a lead of another team would be answered 404)
                String lead = next.teamLead();
                User approver = lead.equals(user.username) ? user : new User(lead, user.target);
                JsonObject done = approver.call("approve", "POST", "/api/v1/cases/" + next.caseId() + "/assessment/approval",
                        Json.createObjectBuilder().add("comment", "Approved under load").build(), 200);
                if (done != null) {
                    approved.add(next);
                }
            } else if (queue == null) {
                think();
            }
            think();
        }
    }

    private void copies(User user) {
        while (running()) {
            Submitted done = approved.poll();
            if (done == null) {
                user.call("case-list", "GET", "/api/v1/cases?mine=true", null, 200);
                think();
                continue;
            }
            // the case's own practitioner issues the copy (a practitioner of another team may not)
            User issuer = done.practitioner().equals(user.username) ? user : new User(done.practitioner(), user.target);
            JsonObject agencies = issuer.call("directory", "GET", "/api/v1/agencies", null, 200);
            if (agencies != null) {
                long agencyId = agencies.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
                issuer.call("copy", "GET", "/api/v1/cases/" + done.caseId() + "/copies/agency.pdf?agency=" + agencyId,
                        null, 200);
            }
            think();
        }
    }

    /** A complete answer set: the latest revision of a demo case whose assessment is complete. */
    private JsonObject templateAnswers(User user) {
        JsonObject cases = user.call("setup", "GET", "/api/v1/cases?mine=true", null, 200);
        if (cases == null) {
            throw new IllegalStateException("cannot list practitioner1's cases: is the target in demo mode? " + lastError);
        }
        for (JsonValue value : cases.getJsonArray("items")) {
            JsonObject c = value.asJsonObject();
            if (List.of("APPROVED", "PLAN_ACTIVE", "SUBMITTED").contains(c.getString("state", ""))) {
                JsonObject assessment = user.call("setup", "GET", "/api/v1/cases/" + c.getJsonNumber("id") + "/assessment", null, 200);
                if (assessment != null) {
                    return assessment.getJsonObject("answers");
                }
            }
        }
        throw new IllegalStateException("no demo case with a complete assessment found");
    }

    private boolean running() {
        return System.nanoTime() < deadline;
    }

    private void think() {
        if (thinkMillis > 0 && running()) {
            double u = ThreadLocalRandom.current().nextDouble();
            sleep(Math.min(thinkMillis * 5, (long) (-Math.log(1 - u) * thinkMillis)));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String syllable(Random random) {
        return "" + "bcdfghklmnprstvw".charAt(random.nextInt(16)) + "aeiou".charAt(random.nextInt(5));
    }

    private static String name(Random random) {
        String s = syllable(random) + syllable(random) + syllable(random);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String report(double seconds) {
        StringBuilder out = new StringBuilder();
        long total = timings.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
        out.append(String.format(Locale.ROOT, "%d users, %s, %.0f s: %d requests, %.1f requests/s, %d errors%n%n",
                users, String.join(",", targets), seconds, total, total / seconds, failed));
        out.append("| request | count | per s | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        timings.keySet().stream().sorted().forEach(kind -> {
            long[] values = timings.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.0f | %d |%n", kind, values.length,
                    values.length / seconds, percentile(values, 50), percentile(values, 95), percentile(values, 99),
                    errors.getOrDefault(kind, new AtomicLong()).get()));
        });
        lastError.forEach((kind, text) -> out.append("\nlast error (").append(kind).append("): ").append(text));
        return out.toString();
    }

    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    /** One demo account on one target. */
    /** A submitted case and the practitioner who submitted it. */
    private record Submitted(long caseId, String practitioner) {
        /** The demo team lead of the practitioner's team (practitioner3 is in TEAM-B, the others in TEAM-A). */
        String teamLead() {
            return "practitioner3".equals(practitioner) ? "teamlead2" : "teamlead1";
        }
    }

    private final class User {
        final String username;
        final String target;
        final String authorization;

        User(String username, String target) {
            this.username = username;
            this.target = target;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        JsonObject call(String kind, String method, String path, JsonObject body, int expected) {
            return call(kind, method, path, body, expected, null);
        }

        /** Times one request; returns its JSON (a list is wrapped as {"items": [...]}), or null on an error. */
        JsonObject call(String kind, String method, String path, JsonObject body, int expected, String ifMatch) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Accept", path.endsWith(".pdf") || path.contains(".pdf?") ? "application/pdf" : "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString()));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            long started = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                timings.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - started);
                if (response.statusCode() != expected) {
                    errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                    String text = new String(response.body(), StandardCharsets.UTF_8);
                    lastError.put(kind, response.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
                    return null;
                }
                String type = response.headers().firstValue("content-type").orElse("");
                if (!type.contains("json")) {
                    return Json.createObjectBuilder().build();
                }
                try (JsonReader reader = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))) {
                    JsonValue value = reader.readValue();
                    return value instanceof JsonArray array ? Json.createObjectBuilder().add("items", array).build()
                            : value.asJsonObject();
                }
            } catch (IOException e) {
                timings.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - started);
                errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                lastError.put(kind, e.toString());
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}

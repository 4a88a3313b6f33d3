import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Adds what bench/load.sh needs to a database that bench/national.sh generated: the course of
 * issue 8's learner workload (LOAD-064: 11 modules, 64 items, published version 1), readers
 * enrolled in it with per-item progress as far along as national learners are (facts and the
 * derived rows the application keeps, computed with ProgressService's rules for the default
 * completion rule), writers enrolled with nothing done (bench/load.sh clears them before each
 * write run), and a password for every one of them (the national bench password).
 *
 * <p>Readers are the first generated teachers, writers the last. Idempotent: a course that is
 * already there is left as it is, and so are enrolments; readers' progress is seeded once (a later
 * run with more readers leaves the extra ones with none). Run by bench/load.sh seed:
 * java -cp mariadb-java-client.jar LoadSeed.java --url URL --readers N --writers W --now YYYY-MM-DD
 *
 * <p>Items of each module: lesson pages, two videos with a (tiny) file — what the watched API of
 * workload (c) marks — a handout, an optional further-reading link in the short modules and a
 * quiz closing the module (PASSED, min 70). Module 11 has an assignment (SUBMITTED), the one of
 * workload (e). No prerequisites, as in the national courses.
 */
public class LoadSeed {

    static final String CODE = "LOAD-064";

    String url;
    int readers = 256;
    int writers = 512;
    long seed = 8;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Connection db;

    record ItemRow(long id, long moduleId, int module, String kind, String completion, Integer minScore,
            boolean required) {
    }

    public static void main(String[] args) throws Exception {
        LoadSeed s = new LoadSeed();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> s.url = args[++i];
                case "--readers" -> s.readers = Integer.parseInt(args[++i]);
                case "--writers" -> s.writers = Integer.parseInt(args[++i]);
                case "--seed" -> s.seed = Long.parseLong(args[++i]);
                case "--now" -> s.today = LocalDate.parse(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (--url, --readers, --writers, --seed, --now)");
            }
        }
        if (s.url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        s.run();
    }

    void run() throws Exception {
        db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=root&password=");
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.execute("SET SESSION time_zone = '+00:00'");
        }
        long courseId = course();
        List<ItemRow> items = items(courseId);
        List<long[]> all = learners();
        if (all.size() < readers + writers) {
            throw new IllegalStateException("only " + all.size() + " generated teachers; --readers + --writers is "
                    + (readers + writers) + ": generate at a larger --scale");
        }
        // Readers from the first teachers, writers from the last: a run with other numbers never
        // takes a reader (whose progress is seeded) for a writer (whose progress is cleared).
        List<long[]> people = new ArrayList<>(all.subList(0, readers));
        people.addAll(all.subList(all.size() - writers, all.size()));
        credentials(people);
        enrol(courseId, people);
        progress(courseId, items, people.subList(0, readers));
        db.commit();
        db.close();
    }

    long one(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    void exec(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    long course() throws Exception {
        long existing = one("SELECT id FROM course WHERE code = ?", CODE);
        if (existing > 0) {
            System.out.println("Course " + CODE + " is there (id " + existing + ")");
            return existing;
        }
        Timestamp published = Timestamp.from(today.atTime(6, 0).toInstant(ZoneOffset.UTC).minusSeconds(200L * 86_400));
        // A tiny stand-in "video" file: enough for the item to count when watched (the watched API
        // needs a video item with a file); its bytes go into the asset store when load.sh serves.
        byte[] video = "surgalt load bench video\n".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(video));
        exec("INSERT IGNORE INTO asset (sha256, size, first_filename) VALUES (?, ?, 'lesson.mp4')", sha, video.length);
        long courseId = one("SELECT COALESCE(MAX(id), 0) + 1 FROM course");
        exec("INSERT INTO course (id, code, language, title_en, title_mn, description_en, description_mn, workflow_state,"
                + " published_version, created_at) VALUES (?, ?, 'mn', ?, ?, ?, ?, 'DRAFT', 1, ?)", courseId, CODE,
                "Formative assessment in the classroom (load benchmark)", "Ангид явуулах төлөвшүүлэх үнэлгээ (ачааллын туршилт)",
                "Online professional development for teachers: eleven modules of lessons, videos, handouts and quizzes.",
                "Багш нарын мэргэжил дээшлүүлэх цахим сургалт: хичээл, видео, гарын авлага, сорил бүхий арван нэгэн бүлэг.",
                published);
        long cvId = one("SELECT COALESCE(MAX(id), 0) + 1 FROM course_version");
        exec("INSERT INTO course_version (id, course_id, number, title_en, title_mn, description_en, description_mn,"
                + " published_at) SELECT ?, id, 1, title_en, title_mn, description_en, description_mn, ? FROM course WHERE id = ?",
                cvId, published, courseId);
        long moduleId = one("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM course_module),"
                + " (SELECT COALESCE(MAX(module_id), 0) FROM module_version)) + 1");
        long moduleVersionId = one("SELECT COALESCE(MAX(id), 0) + 1 FROM module_version");
        long itemId = one("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM item),"
                + " (SELECT COALESCE(MAX(item_id), 0) FROM item_version)) + 1");
        long itemVersionId = one("SELECT COALESCE(MAX(id), 0) + 1 FROM item_version");
        String[] modulesMn = {"Танилцуулга", "Үнэлгээний зорилго", "Асуулт асуух арга", "Эргэх холбоо", "Өөрийн үнэлгээ",
                "Хамтын үнэлгээ", "Шалгуур ба жишээ", "Дүн шинжилгээ", "Ялгаатай сурагчид", "Ангийн туршлага", "Дүгнэлт"};
        String[] modulesEn = {"Introduction", "Why we assess", "Asking questions", "Feedback", "Self-assessment",
                "Peer assessment", "Criteria and examples", "Reading the evidence", "Different learners",
                "Classroom practice", "Wrapping up"};
        int items = 0;
        for (int m = 0; m < 11; m++) {
            long mid = moduleId + m;
            exec("INSERT INTO course_module (id, course_id, position, title_en, title_mn) VALUES (?, ?, ?, ?, ?)", mid,
                    courseId, m + 1, (m + 1) + ". " + modulesEn[m], (m + 1) + ". " + modulesMn[m]);
            exec("INSERT INTO module_version (id, course_version_id, module_id, position, title_en, title_mn)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", moduleVersionId + m, cvId, mid, m + 1, (m + 1) + ". " + modulesEn[m],
                    (m + 1) + ". " + modulesMn[m]);
            // 9 modules of 6 items and 2 of 5: 64 items.
            String[] kinds = m == 10 ? new String[] {"PAGE", "VIDEO", "ASSIGNMENT", "FILE", "QUIZ"}
                    : m == 9 ? new String[] {"PAGE", "VIDEO", "LINK", "FILE", "QUIZ"}
                    : new String[] {"PAGE", "VIDEO", "PAGE", "FILE", "VIDEO", "QUIZ"};
            for (int p = 0; p < kinds.length; p++) {
                long id = itemId + items;
                String kind = kinds[p];
                String completion = switch (kind) {
                    case "QUIZ" -> "PASSED";
                    case "ASSIGNMENT" -> "SUBMITTED";
                    default -> "VIEWED";
                };
                Integer minScore = kind.equals("QUIZ") ? 70 : null;
                boolean required = !kind.equals("LINK");
                String[] title = switch (kind) {
                    case "QUIZ" -> new String[] {"Бүлгийн сорил", "Module quiz"};
                    case "VIDEO" -> new String[] {"Видео хичээл " + (p + 1), "Video lesson " + (p + 1)};
                    case "FILE" -> new String[] {"Гарын авлага " + (p + 1), "Handout " + (p + 1)};
                    case "LINK" -> new String[] {"Нэмэлт унших материал", "Further reading"};
                    case "ASSIGNMENT" -> new String[] {"Бие даалт: ангийн туршлага", "Assignment: from your classroom"};
                    default -> new String[] {"Хичээл " + (p + 1), "Lesson " + (p + 1)};
                };
                String bodyMn = kind.equals("PAGE") || kind.equals("ASSIGNMENT") ? "## " + title[0]
                        + "\n\nЭнэ хичээлээр төлөвшүүлэх үнэлгээний " + (m + 1) + "-р бүлгийн " + (p + 1)
                        + "-р хэсгийг судална. Ангидаа туршиж, тэмдэглэл хөтөлнө." : null;
                String bodyEn = bodyMn == null ? null : "## " + title[1] + "\n\nPart " + (p + 1) + " of module " + (m + 1)
                        + ": try it in your classroom and keep notes.";
                String link = kind.equals("LINK") ? "https://www.meds.gov.mn/" : null;
                String assetSha = kind.equals("VIDEO") ? sha : null;
                String assetName = kind.equals("VIDEO") ? "lesson-" + (m + 1) + "-" + (p + 1) + ".mp4" : null;
                String assetType = kind.equals("VIDEO") ? "video/mp4" : null;
                exec("INSERT INTO item (id, module_id, kind, position, title_en, title_mn, body_en, body_mn, url,"
                        + " completion, min_score, required, asset_sha256, asset_filename, asset_type)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, mid, kind, p + 1, title[1], title[0],
                        bodyEn, bodyMn, link, completion, minScore, required, assetSha, assetName, assetType);
                exec("INSERT INTO item_version (id, course_version_id, module_id, item_id, position, kind, title_en,"
                        + " title_mn, body_en, body_mn, url, asset_sha256, asset_filename, asset_type, completion,"
                        + " min_score, required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        itemVersionId + items, cvId, mid, id, p + 1, kind, title[1], title[0], bodyEn, bodyMn, link,
                        assetSha, assetName, assetType, completion, minScore, required);
                if (kind.equals("ASSIGNMENT")) {
                    exec("INSERT INTO assignment (item_id, course_id, allow_resubmission, max_points) VALUES (?, ?, TRUE, 100)",
                            id, courseId);
                }
                items++;
            }
        }
        db.commit();
        System.out.println("Course " + CODE + " created (id " + courseId + "): 11 modules, " + items + " items");
        return courseId;
    }

    List<ItemRow> items(long courseId) throws SQLException {
        List<ItemRow> list = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT iv.item_id, iv.module_id, mv.position, iv.kind,"
                + " iv.completion, iv.min_score, iv.required FROM course c"
                + " JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version"
                + " JOIN item_version iv ON iv.course_version_id = cv.id"
                + " JOIN module_version mv ON mv.course_version_id = cv.id AND mv.module_id = iv.module_id"
                + " WHERE c.id = ? ORDER BY mv.position, iv.position")) {
            ps.setLong(1, courseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ItemRow(rs.getLong(1), rs.getLong(2), rs.getInt(3) - 1, rs.getString(4),
                            rs.getString(5), (Integer) rs.getObject(6), rs.getBoolean(7)));
                }
            }
        }
        return list;
    }

    /** Every generated teacher: {id}, in id order. */
    List<long[]> learners() throws SQLException {
        List<long[]> list = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM app_user WHERE email LIKE 'teacher%@national.surgalt.mn'"
                + " ORDER BY id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new long[] {rs.getLong(1)});
                }
            }
        }
        return list;
    }

    void credentials(List<long[]> people) throws SQLException {
        String hash;
        try (PreparedStatement ps = db.prepareStatement("SELECT l.password_hash FROM local_credential l"
                + " JOIN app_user u ON u.id = l.user_id WHERE u.email = 'coordinator@national.surgalt.mn'");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no coordinator@national.surgalt.mn: is this a bench/national.sh database?");
            }
            hash = rs.getString(1);
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT IGNORE INTO local_credential (user_id, password_hash) VALUES (?, ?)")) {
            for (long[] p : people) {
                ps.setLong(1, p[0]);
                ps.setString(2, hash);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void enrol(long courseId, List<long[]> people) throws SQLException {
        Timestamp at = Timestamp.from(today.atTime(6, 0).toInstant(ZoneOffset.UTC).minusSeconds(150L * 86_400));
        try (PreparedStatement ps = db.prepareStatement("INSERT IGNORE INTO enrolment (user_id, course_id, enrolled_at) VALUES (?, ?, ?)")) {
            for (long[] p : people) {
                ps.setLong(1, p[0]);
                ps.setLong(2, courseId);
                ps.setTimestamp(3, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Readers' facts and derived rows, as the national generator's learners go: 10 % never start,
     * a quarter finish everything but the assignment (nobody has submitted yet: workload (e) does),
     * the rest stop between 3 % and 95 % of the way; items in order, minutes apart within a sitting,
     * days between sittings; a quiz is viewed, sometimes failed, then passed.
     */
    void progress(long courseId, List<ItemRow> items, List<long[]> people) throws SQLException {
        long started = one("SELECT COUNT(*) FROM course_progress WHERE course_id = ?", courseId);
        if (started > 0) {
            System.out.println("Progress in " + CODE + " is there (" + started + " learners with a course_progress row)");
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long now = today.atTime(6, 0).toEpochSecond(ZoneOffset.UTC);
        int modules = items.stream().mapToInt(ItemRow::module).max().orElseThrow() + 1;
        int[] requiredPerModule = new int[modules];
        long[] moduleIds = new long[modules];
        for (ItemRow it : items) {
            moduleIds[it.module()] = it.moduleId();
            if (it.required()) {
                requiredPerModule[it.module()]++;
            }
        }
        int itemsRequired = (int) items.stream().filter(ItemRow::required).count();
        int modulesRequired = (int) java.util.Arrays.stream(requiredPerModule).filter(r -> r > 0).count();
        long facts = 0;
        int learners = 0;
        try (PreparedStatement fact = db.prepareStatement("INSERT INTO completion_fact (user_id, course_id, item_id, kind,"
                + " score, source, course_version, occurred_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)");
                PreparedStatement itemRow = db.prepareStatement("INSERT INTO item_progress (user_id, course_id, module_id,"
                        + " item_id, completed_at) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement moduleRow = db.prepareStatement("INSERT INTO module_progress (user_id, course_id,"
                        + " module_id, items_done, items_required, completed_at) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement courseRow = db.prepareStatement("INSERT INTO course_progress (user_id, course_id,"
                        + " items_done, items_required, modules_done, modules_required, complete, completed_at,"
                        + " last_activity_at, course_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (long[] person : people) {
                long user = person[0];
                double r = random.nextDouble();
                int reach;
                if (r < 0.10) {
                    continue;
                } else if (r < 0.35) {
                    reach = items.size();
                } else {
                    reach = Math.max(1, (int) Math.round(items.size() * (0.03 + random.nextDouble() * 0.92)));
                }
                learners++;
                long t = now - (100L + random.nextInt(40)) * 86_400;
                int[] doneInModule = new int[modules];
                long[] lastDone = new long[modules];
                boolean[] touched = new boolean[modules];
                int itemsDone = 0;
                long last = 0;
                for (int i = 0; i < reach; i++) {
                    ItemRow it = items.get(i);
                    if (it.kind().equals("ASSIGNMENT")) {
                        continue;
                    }
                    // Minutes apart within a sitting; 1-10 days to the next sitting now and then.
                    t += random.nextInt(100) < 15 ? (1 + random.nextInt(10)) * 86_400L : 60 + random.nextInt(900);
                    if (t > now - 3600) {
                        break;
                    }
                    touched[it.module()] = true;
                    addFact(fact, user, courseId, it.id(), "VIEWED", null, "web", t);
                    facts++;
                    long doneAt = t;
                    if (it.kind().equals("QUIZ")) {
                        while (random.nextInt(100) < 40) {
                            t += 120 + random.nextInt(600);
                            addFact(fact, user, courseId, it.id(), "SUBMITTED", 30 + random.nextInt(35), "quiz", t);
                            facts++;
                        }
                        t += 120 + random.nextInt(600);
                        int score = 70 + random.nextInt(31);
                        addFact(fact, user, courseId, it.id(), "SUBMITTED", score, "quiz", t);
                        addFact(fact, user, courseId, it.id(), "PASSED", score, "quiz", t);
                        facts += 2;
                        doneAt = t;
                    }
                    itemRow.setLong(1, user);
                    itemRow.setLong(2, courseId);
                    itemRow.setLong(3, it.moduleId());
                    itemRow.setLong(4, it.id());
                    itemRow.setTimestamp(5, ts(doneAt));
                    itemRow.addBatch();
                    if (it.required()) {
                        doneInModule[it.module()]++;
                        lastDone[it.module()] = Math.max(lastDone[it.module()], doneAt);
                        itemsDone++;
                    }
                    last = t;
                }
                if (last == 0) {
                    learners--;
                    continue;
                }
                int modulesDone = 0;
                long completedAt = 0;
                for (int m = 0; m < modules; m++) {
                    if (!touched[m]) {
                        continue;
                    }
                    boolean complete = requiredPerModule[m] > 0 && doneInModule[m] == requiredPerModule[m];
                    moduleRow.setLong(1, user);
                    moduleRow.setLong(2, courseId);
                    moduleRow.setLong(3, moduleIds[m]);
                    moduleRow.setInt(4, doneInModule[m]);
                    moduleRow.setInt(5, requiredPerModule[m]);
                    moduleRow.setTimestamp(6, complete ? ts(lastDone[m]) : null);
                    moduleRow.addBatch();
                    if (complete) {
                        modulesDone++;
                        completedAt = Math.max(completedAt, lastDone[m]);
                    }
                }
                boolean complete = modulesDone == modulesRequired;
                courseRow.setLong(1, user);
                courseRow.setLong(2, courseId);
                courseRow.setInt(3, itemsDone);
                courseRow.setInt(4, itemsRequired);
                courseRow.setInt(5, modulesDone);
                courseRow.setInt(6, modulesRequired);
                courseRow.setBoolean(7, complete);
                courseRow.setTimestamp(8, complete ? ts(completedAt) : null);
                courseRow.setTimestamp(9, ts(last));
                courseRow.addBatch();
            }
            fact.executeBatch();
            itemRow.executeBatch();
            moduleRow.executeBatch();
            courseRow.executeBatch();
        }
        System.out.printf(Locale.ROOT, "Readers' progress: %d of %d learners started, %d facts%n", learners, people.size(),
                facts);
    }

    static Timestamp ts(long epochSecond) {
        return Timestamp.from(Instant.ofEpochSecond(epochSecond));
    }

    static void addFact(PreparedStatement ps, long user, long course, long item, String kind, Integer score,
            String source, long at) throws SQLException {
        ps.setLong(1, user);
        ps.setLong(2, course);
        ps.setLong(3, item);
        ps.setString(4, kind);
        ps.setObject(5, score);
        ps.setString(6, source);
        ps.setTimestamp(7, ts(at));
        ps.addBatch();
    }
}

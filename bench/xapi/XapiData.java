import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * xAPI statements at national scale for the LRS benchmarks (bench/xapi.sh): learners of 800
 * schools taking courses whose modules, items and quiz questions are activity IRIs, with the
 * statements content and Surgalt send over a programme year (registered, launched, experienced,
 * progressed, completed, answered, passed, failed, attended, satisfied), a registration per
 * enrolment, the course and module as context activities, instructors at workshops.
 *
 * Loaded straight into the LRS's tables of V023 (xapi_statement, xapi_statement_key,
 * xapi_activity) with LOAD DATA LOCAL INFILE, with the keys the LRS computes: the first 16 bytes
 * of SHA-256("kind|value") per filter value, direct or related as org.surgalt.xapi.StatementKeys
 * makes them. When that class is on the class path (target/classes and Jackson), the keys of the
 * first statements are compared with its own and the load is refused on any difference.
 *
 * <pre>java -cp mariadb-java-client.jar[:target/classes:jackson jars] bench/xapi/XapiData.java
 *     --url jdbc:mariadb://127.0.0.1:3409/surgalt?allowLocalInfile=true --tsv target/bench-xapi/tsv
 *     [--scale 1.0] [--seed 20] [--now 2026-12-07] [--home-page https://surgalt.national.mn]</pre>
 *
 * Scale 1.0 is 20 million statements. The same seed, scale and day give the same rows.
 */
public class XapiData {

    // ---- Sizes at scale 1.0 ----
    static final long STATEMENTS = 20_000_000L;
    static final int SCHOOLS = 800;
    static final int LEARNERS = 150_000;
    static final int TEACHERS = 6_000;
    static final int COURSES = 240;

    // ---- Arguments ----
    String url;
    Path tsv;
    double scale = 1.0;
    long seed = 20;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String home = "https://surgalt.national.mn";

    Connection db;
    long yearStart; // epoch seconds: the programme year is the 365 days before --now
    long now;

    public static void main(String[] args) throws Exception {
        XapiData g = new XapiData();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> g.url = args[++i];
                case "--tsv" -> g.tsv = Path.of(args[++i]);
                case "--scale" -> g.scale = Double.parseDouble(args[++i]);
                case "--seed" -> g.seed = Long.parseLong(args[++i]);
                case "--now" -> g.today = LocalDate.parse(args[++i]);
                case "--home-page" -> g.home = args[++i];
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (--url, --tsv, --scale, --seed, --now, --home-page)");
            }
        }
        if (g.url == null || g.tsv == null) {
            throw new IllegalArgumentException("--url and --tsv are required");
        }
        if (!(g.scale > 0 && g.scale <= 4)) {
            throw new IllegalArgumentException("--scale must be in (0, 4]");
        }
        g.run();
    }

    // =====================================================================================
    // The verbs, and what an event is
    // =====================================================================================

    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String[][] VERBS = {
        {ADL + "registered", "registered"},
        {ADL + "launched", "launched"},
        {ADL + "initialized", "initialized"},
        {ADL + "experienced", "experienced"},
        {ADL + "progressed", "progressed"},
        {ADL + "completed", "completed"},
        {ADL + "answered", "answered"},
        {ADL + "passed", "passed"},
        {ADL + "failed", "failed"},
        {ADL + "attended", "attended"},
        {ADL + "terminated", "terminated"},
        {ADL + "satisfied", "satisfied"},
    };
    static final int REGISTERED = 0, LAUNCHED = 1, INITIALIZED = 2, EXPERIENCED = 3, PROGRESSED = 4, COMPLETED = 5,
            ANSWERED = 6, PASSED = 7, FAILED = 8, ATTENDED = 9, TERMINATED = 10, SATISFIED = 11;

    /** An event: verb (5 bits) | item (8 bits, 255 = the course) | question (5) | score (7) | step (7). */
    static int event(int verb, int item, int question, int score, int step) {
        return verb | item << 5 | question << 13 | score << 18 | step << 25;
    }

    static final int COURSE_ITEM = 255;

    // Item kinds
    static final int LESSON = 0, VIDEO = 1, H5P = 2, QUIZ = 3, SESSION = 4;
    static final String[] ITEM_TYPES = {
        "http://adlnet.gov/expapi/activities/lesson",
        "http://adlnet.gov/expapi/activities/media",
        "http://adlnet.gov/expapi/activities/interaction",
        "http://adlnet.gov/expapi/activities/assessment",
        "http://adlnet.gov/expapi/activities/meeting",
    };
    static final String[] ITEM_NAMES = {"Хичээл", "Видео", "Дасгал", "Сорил", "Семинар"};

    // =====================================================================================
    // The world: schools, learners, teachers, courses
    // =====================================================================================

    static final String[] AIMAGS = {"Улаанбаатар", "Архангай", "Баян-Өлгий", "Баянхонгор", "Булган", "Говь-Алтай",
        "Говьсүмбэр", "Дархан-Уул", "Дорноговь", "Дорнод", "Дундговь", "Завхан", "Орхон", "Өвөрхангай", "Өмнөговь",
        "Сүхбаатар", "Сэлэнгэ", "Төв", "Увс", "Ховд", "Хөвсгөл", "Хэнтий"};
    static final String[] GIVEN = {"Болд", "Бат-Эрдэнэ", "Сарнай", "Отгонбаяр", "Мөнхзул", "Ганбаатар", "Оюунчимэг",
        "Тэмүүлэн", "Анужин", "Баясгалан", "Энхжин", "Хулан", "Төгөлдөр", "Нандин-Эрдэнэ", "Билгүүн", "Номин",
        "Эрдэнэбат", "Солонго", "Цэцэгмаа", "Мөнх-Очир", "Ариунаа", "Дөлгөөн", "Жавхлан", "Уянга"};
    static final String[] INITIALS = {"Б", "Г", "Д", "Ж", "М", "Н", "О", "П", "С", "Т", "Х", "Ц", "Э", "Ч", "Ш", "Л"};
    static final String[] SUBJECTS = {"Математик", "Монгол хэл", "Физик", "Хими", "Биологи", "Түүх", "Газар зүй",
        "Англи хэл", "Мэдээллийн технологи", "Иргэний боловсрол", "Урлаг", "Биеийн тамир", "Сурган хүмүүжүүлэх ухаан",
        "Анги удирдсан багшлах", "Хүүхдийн хөгжил", "Цахим хичээл зохиох"};

    int schools, learners, teachers, courses;
    long firstInstitutionId;
    int[] learnerSchool;      // learner -> school index
    int[] teacherSchool;
    static final long LEARNER_BASE = 1_000_000L; // user ids: account names of the learners' agents
    static final long TEACHER_BASE = 900_000L;

    // Course structure (flattened): for course c, items itemStart[c] .. itemStart[c+1]-1
    int[] itemStart;
    int[] itemKind, itemModule, itemQuestions, itemId;
    int[] moduleCount;
    double[] popularity;

    // ---- Keys: every distinct filter value once, as an id into these lists ----
    final List<byte[]> keyHashes = new ArrayList<>();
    final Map<String, Integer> keyIds = new HashMap<>();
    final MessageDigest sha256;

    XapiData() throws Exception {
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    int key(String kind, String value) {
        String text = kind + "|" + value;
        Integer id = keyIds.get(text);
        if (id == null) {
            id = keyHashes.size();
            keyHashes.add(Arrays.copyOf(sha256.digest(text.getBytes(StandardCharsets.UTF_8)), 16));
            keyIds.put(text, id);
        }
        return id;
    }

    int[] learnerKey, teacherKey, registrationKey, itemKey, courseKey, verbKey;
    int[][] moduleKey, questionKey;
    int lmsKey, clientKey;
    String[] courseCode;
    String[] courseIri;
    String[] itemIri;

    String learnerJson(int l) {
        return "{\"objectType\":\"Agent\",\"name\":\"" + INITIALS[l % INITIALS.length] + ". " + GIVEN[(l / 16) % GIVEN.length]
                + "\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + (LEARNER_BASE + l) + "\"}}";
    }

    String teacherJson(int t) {
        return "{\"objectType\":\"Agent\",\"name\":\"" + INITIALS[(t + 5) % INITIALS.length] + ". "
                + GIVEN[(t / 7) % GIVEN.length] + " багш\",\"account\":{\"homePage\":\"" + home + "\",\"name\":\""
                + (TEACHER_BASE + t) + "\"}}";
    }

    String lmsAuthority() {
        return "{\"objectType\":\"Agent\",\"name\":\"Surgalt\",\"account\":{\"homePage\":\"" + home
                + "\",\"name\":\"surgalt\"}}";
    }

    static final String IMPORT_KEY = "national-import";
    static final String IMPORT_NAME = "Үндэсний сургалтын бүртгэл (импорт)";

    String clientAuthority() {
        return "{\"objectType\":\"Agent\",\"name\":\"" + IMPORT_NAME + "\",\"account\":{\"homePage\":\"" + home
                + "/xapi/clients\",\"name\":\"" + IMPORT_KEY + "\"}}";
    }

    void world(SplittableRandom r) {
        schools = scaled(SCHOOLS, 4);
        learners = scaled(LEARNERS, 200);
        teachers = scaled(TEACHERS, 20);
        courses = Math.max(12, (int) Math.round(COURSES * Math.sqrt(scale)));
        learnerSchool = new int[learners];
        for (int l = 0; l < learners; l++) {
            // The capital's schools (the first fifth) are twice as big.
            int s = r.nextInt(schools + schools / 5);
            learnerSchool[l] = s >= schools ? s - schools : s;
        }
        teacherSchool = new int[teachers];
        for (int t = 0; t < teachers; t++) {
            teacherSchool[t] = r.nextInt(schools);
        }
        courseCode = new String[courses];
        courseIri = new String[courses];
        itemStart = new int[courses + 1];
        moduleCount = new int[courses];
        popularity = new double[courses];
        List<int[]> items = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < courses; c++) {
            courseCode[c] = String.format(Locale.ROOT, "NAT-%03d", c + 1);
            courseIri[c] = home + "/courses/" + courseCode[c];
            popularity[c] = 1.0 / Math.pow(c + 1, 0.8);
            total += popularity[c];
            itemStart[c] = items.size();
            int modules = 6 + r.nextInt(5);
            moduleCount[c] = modules;
            boolean session = c % 5 == 2;
            for (int m = 0; m < modules; m++) {
                int n = 3 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    double x = r.nextDouble();
                    int kind = x < 0.6 ? LESSON : x < 0.85 ? VIDEO : H5P;
                    items.add(new int[] {kind, m, kind == H5P ? 1 : 0});
                }
                if (session && m == modules / 2) {
                    items.add(new int[] {SESSION, m, 0});
                }
                items.add(new int[] {QUIZ, m, 5 + r.nextInt(6)});
            }
        }
        itemStart[courses] = items.size();
        for (int c = 0; c < courses; c++) {
            popularity[c] /= total;
        }
        int n = items.size();
        itemKind = new int[n];
        itemModule = new int[n];
        itemQuestions = new int[n];
        itemId = new int[n];
        itemIri = new String[n];
        itemKey = new int[n];
        questionKey = new int[n][];
        courseKey = new int[courses];
        moduleKey = new int[courses][];
        for (int c = 0; c < courses; c++) {
            courseKey[c] = key("activity", courseIri[c]);
            moduleKey[c] = new int[moduleCount[c]];
            for (int m = 0; m < moduleCount[c]; m++) {
                moduleKey[c][m] = key("activity", moduleIri(c, m));
            }
        }
        for (int i = 0; i < n; i++) {
            int[] it = items.get(i);
            itemKind[i] = it[0];
            itemModule[i] = it[1];
            itemQuestions[i] = it[2];
            itemId[i] = 10_000 + i;
            int c = courseOfItem(i);
            itemIri[i] = courseIri[c] + "/items/" + itemId[i];
            itemKey[i] = key("activity", itemIri[i]);
            questionKey[i] = new int[itemQuestions[i]];
            for (int q = 0; q < itemQuestions[i]; q++) {
                questionKey[i][q] = key("activity", questionIri(i, q));
            }
        }
        verbKey = new int[VERBS.length];
        for (int v = 0; v < VERBS.length; v++) {
            verbKey[v] = key("verb", VERBS[v][0]);
        }
        learnerKey = new int[learners];
        Arrays.fill(learnerKey, -1);
        teacherKey = new int[teachers];
        Arrays.fill(teacherKey, -1);
        lmsKey = key("agent", "account|" + home + "|surgalt");
        clientKey = key("agent", "account|" + home + "/xapi/clients|" + IMPORT_KEY);
    }

    String moduleIri(int c, int m) {
        return courseIri[c] + "/modules/" + (m + 1);
    }

    String questionIri(int item, int q) {
        return itemIri[item] + "/questions/" + (q + 1);
    }

    int courseOfItem(int item) {
        int c = Arrays.binarySearch(itemStart, item);
        if (c >= 0) {
            while (c < courses && itemStart[c + 1] == item) {
                c++;
            }
            return c;
        }
        return -c - 2;
    }

    int scaled(int full, int min) {
        return Math.max(min, (int) Math.round(full * scale));
    }

    // =====================================================================================
    // Enrolments and their events over the programme year
    // =====================================================================================

    int enrolments;
    int[] enrolLearner = new int[1 << 16], enrolCourse = new int[1 << 16];
    long[] enrolReg = new long[2 << 16];
    int events;
    int[] eventTime = new int[1 << 20];   // seconds since yearStart
    int[] eventDesc = new int[1 << 20];
    int[] eventEnrol = new int[1 << 20];

    void addEvent(int enrolment, long time, int desc) {
        if (time >= now) {
            return; // nothing after the end of the data
        }
        if (events == eventTime.length) {
            int size = eventTime.length + (eventTime.length >> 1);
            eventTime = Arrays.copyOf(eventTime, size);
            eventDesc = Arrays.copyOf(eventDesc, size);
            eventEnrol = Arrays.copyOf(eventEnrol, size);
        }
        eventTime[events] = (int) (time - yearStart);
        eventDesc[events] = desc;
        eventEnrol[events] = enrolment;
        events++;
    }

    int pickCourse(double x) {
        for (int c = 0; c < courses; c++) {
            x -= popularity[c];
            if (x < 0) {
                return c;
            }
        }
        return courses - 1;
    }

    void plan(SplittableRandom r) {
        long target = Math.round(STATEMENTS * scale);
        long horizon = now - yearStart;
        eventTime = new int[(int) target + 1_000];
        eventDesc = new int[(int) target + 1_000];
        eventEnrol = new int[(int) target + 1_000];
        while (events < target) {
            int e = enrolments++;
            if (e == enrolLearner.length) {
                enrolLearner = Arrays.copyOf(enrolLearner, e * 2);
                enrolCourse = Arrays.copyOf(enrolCourse, e * 2);
                enrolReg = Arrays.copyOf(enrolReg, e * 4);
            }
            int learner = r.nextInt(learners);
            int c = pickCourse(r.nextDouble());
            enrolLearner[e] = learner;
            enrolCourse[e] = c;
            enrolReg[2 * e] = (r.nextLong() & ~0xF000L) | 0x4000L;
            enrolReg[2 * e + 1] = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            long t = yearStart + (long) (r.nextDouble() * horizon * 0.92);
            addEvent(e, t, event(REGISTERED, COURSE_ITEM, 0, 0, 0));
            double x = r.nextDouble();
            int first = itemStart[c], last = itemStart[c + 1];
            int reach = x < 0.12 ? 0 : x < 0.42 ? last - first : (int) ((last - first) * (0.03 + 0.92 * r.nextDouble()));
            t += 3_600L * (2 + r.nextInt(24 * 6));
            int inSitting = 0, sitting = 3 + r.nextInt(6);
            boolean done = true;
            for (int i = first; i < first + reach; i++) {
                if (t >= now) {
                    done = false;
                    break;
                }
                t = item(r, e, i, t);
                if (++inSitting == sitting) {
                    inSitting = 0;
                    sitting = 3 + r.nextInt(6);
                    t += 86_400L * (1 + r.nextInt(10)) + r.nextInt(36_000);
                }
            }
            if (reach == last - first && done && t < now) {
                addEvent(e, t + 5, event(COMPLETED, COURSE_ITEM, 0, 0, 0));
                addEvent(e, t + 6, event(SATISFIED, COURSE_ITEM, 0, 0, 0));
            }
        }
    }

    /** One item's statements from time t; returns when the learner moves on. */
    long item(SplittableRandom r, int e, int i, long t) {
        int kind = itemKind[i], local = i - itemStart[enrolCourse[e]];
        switch (kind) {
            case LESSON -> {
                addEvent(e, t, event(EXPERIENCED, local, 0, 0, 0));
                t += 120 + r.nextInt(900);
                if (r.nextDouble() < 0.3) {
                    addEvent(e, t, event(COMPLETED, local, 0, 0, 0));
                }
                if (r.nextDouble() < 0.15 && t + 86_400 * 20 < now) {
                    // A lesson read again weeks later.
                    addEvent(e, t + 86_400L * (2 + r.nextInt(40)), event(EXPERIENCED, local, 0, 0, 1));
                }
            }
            case VIDEO -> {
                addEvent(e, t, event(LAUNCHED, local, 0, 0, 0));
                addEvent(e, t + 1, event(EXPERIENCED, local, 0, 0, 0));
                int parts = r.nextInt(3);
                for (int p = 1; p <= parts; p++) {
                    t += 60 + r.nextInt(240);
                    addEvent(e, t, event(PROGRESSED, local, 0, 25 * p + r.nextInt(20), p));
                }
                t += 60 + r.nextInt(300);
                addEvent(e, t, event(COMPLETED, local, 0, 100, 0));
            }
            case H5P -> {
                addEvent(e, t, event(LAUNCHED, local, 0, 0, 0));
                t += 30 + r.nextInt(300);
                int score = 40 + r.nextInt(61);
                addEvent(e, t, event(ANSWERED, local, 0, score, 0));
                addEvent(e, t + 1, event(COMPLETED, local, 0, score, 0));
            }
            case QUIZ -> {
                for (int attempt = 0; attempt < 3; attempt++) {
                    addEvent(e, t, event(INITIALIZED, local, 0, 0, attempt));
                    int right = 0, n = itemQuestions[i];
                    double skill = 0.45 + 0.5 * r.nextDouble() + 0.1 * attempt;
                    for (int q = 0; q < n; q++) {
                        t += 20 + r.nextInt(90);
                        boolean ok = r.nextDouble() < skill;
                        right += ok ? 1 : 0;
                        addEvent(e, t, event(ANSWERED, local, q, ok ? 100 : 0, attempt));
                    }
                    int score = 100 * right / n;
                    t += 5;
                    boolean passed = score >= 70;
                    addEvent(e, t, event(passed ? PASSED : FAILED, local, 0, score, attempt));
                    addEvent(e, t + 1, event(TERMINATED, local, 0, 0, attempt));
                    if (passed) {
                        break;
                    }
                    t += 3_600L * (1 + r.nextInt(48));
                    if (t >= now) {
                        break;
                    }
                }
            }
            case SESSION -> {
                // Workshops every 14 days at 10:00 Ulaanbaatar time (02:00 UTC); one in ten misses one.
                long day = (t - yearStart) / 86_400 + 1;
                long next = yearStart + ((day + 13) / 14) * 14 * 86_400 + 2 * 3_600;
                if (r.nextDouble() < 0.1) {
                    next += 14 * 86_400;
                }
                if (next < now) {
                    t = next;
                    addEvent(e, t + 3 * 3_600, event(ATTENDED, local, 0, 0, 0));
                    t += 4 * 3_600;
                } else {
                    t = now;
                }
            }
            default -> throw new IllegalStateException();
        }
        return t + 30 + r.nextInt(600);
    }

    // =====================================================================================
    // Statements, in stored order, and their keys
    // =====================================================================================

    long[] keyRows = new long[1 << 20]; // keyId << 29 | seq << 1 | direct
    long keyRowCount;

    void keyRow(int keyId, long seq, boolean direct) {
        if (keyRowCount == keyRows.length) {
            keyRows = Arrays.copyOf(keyRows, (int) Math.min(Integer.MAX_VALUE - 8, keyRows.length + (long) keyRows.length / 2));
        }
        keyRows[(int) keyRowCount++] = (long) keyId << 29 | seq << 1 | (direct ? 1 : 0);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static String uuid(long hi, long lo) {
        return new java.util.UUID(hi, lo).toString();
    }

    record Built(String json, int[] keys, boolean[] direct) {
    }

    int registrationKey(int e) {
        if (registrationKey == null) {
            registrationKey = new int[enrolments];
            Arrays.fill(registrationKey, -1);
        }
        if (registrationKey[e] < 0) {
            registrationKey[e] = key("registration", uuid(enrolReg[2 * e], enrolReg[2 * e + 1]));
        }
        return registrationKey[e];
    }

    int learnerKey(int l) {
        if (learnerKey[l] < 0) {
            learnerKey[l] = key("agent", "account|" + home + "|" + (LEARNER_BASE + l));
        }
        return learnerKey[l];
    }

    int teacherKey(int t) {
        if (teacherKey[t] < 0) {
            teacherKey[t] = key("agent", "account|" + home + "|" + (TEACHER_BASE + t));
        }
        return teacherKey[t];
    }

    /** The instructor of a workshop: a teacher fixed by course and item. */
    int instructor(int course, int item) {
        return (int) Math.floorMod(mix(course * 1_000L + item + seed), (long) teachers);
    }

    final StringBuilder sb = new StringBuilder(2048);
    final int[] keysOut = new int[16];
    final boolean[] directOut = new boolean[16];
    int keysN;

    void addKey(int id, boolean direct) {
        for (int k = 0; k < keysN; k++) {
            if (keysOut[k] == id) {
                directOut[k] |= direct;
                return;
            }
        }
        keysOut[keysN] = id;
        directOut[keysN++] = direct;
    }

    static String iso(long ms) {
        return Instant.ofEpochMilli(ms).toString();
    }

    /** The statement of event x as the LRS stores it (JSON), its keys into keysOut/directOut. */
    String statement(int x, long seq, String id, long timestampMs, long storedMs, boolean byClient) {
        int desc = eventDesc[x], e = eventEnrol[x];
        int verb = desc & 31, local = desc >>> 5 & 255, question = desc >>> 13 & 31, score = desc >>> 18 & 127;
        int learner = enrolLearner[e], c = enrolCourse[e];
        keysN = 0;
        sb.setLength(0);
        sb.append("{\"id\":\"").append(id).append("\",\"actor\":").append(learnerJson(learner));
        addKey(learnerKey(learner), true);
        sb.append(",\"verb\":{\"id\":\"").append(VERBS[verb][0]).append("\",\"display\":{\"en-US\":\"")
                .append(VERBS[verb][1]).append("\"}}");
        addKey(verbKey[verb], true);
        int item = local == COURSE_ITEM ? -1 : itemStart[c] + local;
        String objectIri;
        String type, name;
        if (item < 0) {
            objectIri = courseIri[c];
            type = "http://adlnet.gov/expapi/activities/course";
            name = SUBJECTS[c % SUBJECTS.length] + " — " + courseCode[c];
            addKey(courseKey[c], true);
        } else if (verb == ANSWERED && itemKind[item] == QUIZ) {
            objectIri = questionIri(item, question);
            type = "http://adlnet.gov/expapi/activities/cmi.interaction";
            name = "Асуулт " + (question + 1);
            addKey(questionKey[item][question], true);
        } else {
            objectIri = itemIri[item];
            type = ITEM_TYPES[itemKind[item]];
            name = ITEM_NAMES[itemKind[item]] + " " + (itemModule[item] + 1) + "." + (local + 1);
            addKey(itemKey[item], true);
        }
        sb.append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(objectIri)
                .append("\",\"definition\":{\"type\":\"").append(type).append("\",\"name\":{\"mn-MN\":\"").append(name)
                .append("\"}");
        if (verb == ANSWERED && item >= 0 && itemKind[item] == QUIZ) {
            sb.append(",\"interactionType\":\"choice\",\"correctResponsesPattern\":[\"b\"]");
        }
        sb.append("}}");
        // Result
        switch (verb) {
            case ANSWERED -> {
                if (itemKind[item] == QUIZ) {
                    boolean ok = score > 0;
                    sb.append(",\"result\":{\"success\":").append(ok).append(",\"response\":\"").append(ok ? "b" : "c")
                            .append("\",\"duration\":\"PT").append(20 + (seq % 90)).append("S\"}");
                } else {
                    sb.append(",\"result\":{\"score\":{\"scaled\":").append(score / 100.0).append(",\"raw\":")
                            .append(score).append(",\"min\":0,\"max\":100},\"success\":").append(score >= 60)
                            .append(",\"completion\":true,\"duration\":\"PT").append(30 + seq % 300).append("S\"}");
                }
            }
            case PASSED, FAILED -> sb.append(",\"result\":{\"score\":{\"scaled\":").append(score / 100.0)
                    .append(",\"raw\":").append(score).append(",\"min\":0,\"max\":100},\"success\":")
                    .append(verb == PASSED).append(",\"completion\":true,\"duration\":\"PT")
                    .append(3 + seq % 20).append("M").append(seq % 60).append("S\"}");
            case COMPLETED -> sb.append(item < 0 ? ",\"result\":{\"completion\":true}"
                    : ",\"result\":{\"completion\":true,\"duration\":\"PT" + (2 + seq % 25) + "M\"}");
            case PROGRESSED -> sb.append(",\"result\":{\"extensions\":{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":")
                    .append(score).append("}}");
            default -> {
            }
        }
        // Context
        sb.append(",\"context\":{\"registration\":\"").append(uuid(enrolReg[2 * e], enrolReg[2 * e + 1])).append("\"");
        addKey(registrationKey(e), true);
        if (verb == ATTENDED) {
            int t = instructor(c, local);
            sb.append(",\"instructor\":").append(teacherJson(t));
            addKey(teacherKey(t), false);
        }
        sb.append(",\"contextActivities\":{");
        if (item >= 0) {
            int m = itemModule[item];
            if (verb == ANSWERED && itemKind[item] == QUIZ) {
                sb.append("\"parent\":[{\"id\":\"").append(itemIri[item]).append("\",\"objectType\":\"Activity\"}],");
                addKey(itemKey[item], false);
            } else {
                sb.append("\"parent\":[{\"id\":\"").append(moduleIri(c, m)).append("\",\"objectType\":\"Activity\"}],");
            }
            addKey(moduleKey[c][m], false);
            if (verb == ANSWERED && itemKind[item] == QUIZ) {
                // The module too, as grouping with the course.
                sb.append("\"grouping\":[{\"id\":\"").append(moduleIri(c, m)).append("\",\"objectType\":\"Activity\"},{\"id\":\"")
                        .append(courseIri[c]).append("\",\"objectType\":\"Activity\"}]");
            } else {
                sb.append("\"grouping\":[{\"id\":\"").append(courseIri[c]).append("\",\"objectType\":\"Activity\"}]");
            }
            addKey(courseKey[c], false);
        } else {
            sb.append("\"category\":[{\"id\":\"https://w3id.org/xapi/cmi5/context/categories/moveon\",\"objectType\":\"Activity\"}]");
            addKey(moveOnKey, false);
        }
        sb.append("},\"platform\":\"Surgalt\",\"language\":\"mn-MN\"}");
        sb.append(",\"timestamp\":\"").append(iso(timestampMs)).append("\",\"stored\":\"").append(iso(storedMs))
                .append("\",\"authority\":").append(byClient ? clientAuthority() : lmsAuthority())
                .append(",\"version\":\"1.0.0\"}");
        addKey(byClient ? clientKey : lmsKey, false);
        // Keys of the object when it was scored in context of a parent that is the same key: handled by addKey.
        return sb.toString();
    }

    int moveOnKey;

    // =====================================================================================

    long importClientId;

    void run() throws Exception {
        long started = System.nanoTime();
        now = today.atTime(6, 0).toEpochSecond(ZoneOffset.UTC);
        yearStart = now - 365L * 86_400;
        Files.createDirectories(tsv);
        db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=root&password=");
        try (Statement s = db.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00', unique_checks = 0, foreign_key_checks = 0");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM xapi_statement")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("xapi_statement is not empty: generate into a fresh schema");
                }
            }
        }
        System.out.printf(Locale.ROOT, "xAPI statements at scale %.3f (%,d), seed %d, programme year %s to %s%n", scale,
                Math.round(STATEMENTS * scale), seed, iso(yearStart * 1000), iso(now * 1000));
        SplittableRandom r = new SplittableRandom(seed);
        world(r);
        moveOnKey = key("activity", "https://w3id.org/xapi/cmi5/context/categories/moveon");
        institutionsAndClient();
        long t = System.nanoTime();
        plan(r.split());
        System.out.printf(Locale.ROOT, "Planned %,d statements of %,d enrolments (%,d learners, %,d courses, %,d items): %.1f s%n",
                events, enrolments, learners, courses, itemStart[courses], (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        long[] order = new long[events];
        for (int x = 0; x < events; x++) {
            order[x] = (long) eventTime[x] << 27 | x;
        }
        Arrays.parallelSort(order);
        System.out.printf(Locale.ROOT, "Sorted by time: %.1f s%n", (System.nanoTime() - t) / 1e9);
        keyRows = new long[(int) Math.min(Integer.MAX_VALUE - 8, events * 9L + 64)];
        statements(order);
        order = null;
        keys();
        activities();
        samples();
        try (Statement s = db.createStatement()) {
            s.execute("SET unique_checks = 1, foreign_key_checks = 1");
            long a = System.nanoTime();
            for (String table : List.of("xapi_statement", "xapi_statement_key", "xapi_activity")) {
                s.execute("ANALYZE TABLE " + table);
            }
            System.out.printf(Locale.ROOT, "ANALYZE TABLE: %.1f s%n", (System.nanoTime() - a) / 1e9);
        }
        db.close();
        System.out.printf(Locale.ROOT, "Data generated and loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    void institutionsAndClient() throws SQLException {
        try (Statement s = db.createStatement()) {
            StringBuilder sql = new StringBuilder("INSERT INTO institution (code, name, kind, aimag, soum) VALUES ");
            for (int i = 0; i < schools; i++) {
                String aimag = i < schools / 5 ? AIMAGS[0] : AIMAGS[1 + i % (AIMAGS.length - 1)];
                sql.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "('XAPI-%04d','%s аймгийн %d-р сургууль',"
                        + "'SCHOOL','%s','')", i + 1, aimag, i / AIMAGS.length + 1, aimag));
            }
            s.execute(sql.toString());
            try (ResultSet rs = s.executeQuery("SELECT MIN(id) FROM institution WHERE code LIKE 'XAPI-%'")) {
                rs.next();
                firstInstitutionId = rs.getLong(1);
            }
            // The system that sent part of the statements (a site-wide writer; its secret is unknown).
            s.execute("INSERT INTO xapi_client (api_key, secret_sha256, name, institution_id, can_read, can_write)"
                    + " VALUES ('" + IMPORT_KEY + "', SHA2(UUID(), 256), '" + IMPORT_NAME + "', NULL, FALSE, TRUE)");
            try (ResultSet rs = s.executeQuery("SELECT id FROM xapi_client WHERE api_key = '" + IMPORT_KEY + "'")) {
                rs.next();
                importClientId = rs.getLong(1);
            }
        }
    }

    static final int FILE_ROWS = 1_000_000;
    static final HexFormat HEX = HexFormat.of();

    void statements(long[] order) throws Exception {
        long t = System.nanoTime(), built = 0, loaded = 0;
        long checked = 0;
        KeyCheck check = KeyCheck.find();
        long previousStored = 0;
        int file = 0;
        Path path = tsv.resolve("xapi_statement.tsv");
        BufferedWriter out = null;
        long rowsInFile = 0;
        long approxBytes = 0;
        for (int i = 0; i < order.length; i++) {
            int x = (int) (order[i] & ((1L << 27) - 1));
            long seq = i + 1;
            long time = yearStart + eventTime[x];
            long h = mix(seed * 31 + x);
            long timestampMs = time * 1000 + Math.floorMod(h, 1000L);
            // Stored a little after it happened (content sends at once, queues when offline), never
            // before an earlier statement: stored order is seq order.
            long storedMs = Math.max(previousStored, timestampMs + 40 + Math.floorMod(h >>> 10, 900L));
            previousStored = storedMs;
            long idHi = (mix(h) & ~0xF000L) | 0x4000L;
            long idLo = (mix(h + 1) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            boolean byClient = Math.floorMod(h >>> 20, 100L) < 15;
            String json = statement(x, seq, uuid(idHi, idLo), timestampMs, storedMs, byClient);
            for (int k = 0; k < keysN; k++) {
                keyRow(keysOut[k], seq, directOut[k]);
            }
            if (check != null && checked < 5_000) {
                check.compare(json, keysOut, directOut, keysN, keyHashes);
                checked++;
            }
            if (out == null) {
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                rowsInFile = 0;
            }
            int learner = enrolLearner[eventEnrol[x]];
            String hex = HEX.toHexDigits(idHi) + HEX.toHexDigits(idLo);
            out.append(Long.toString(seq)).append('\t').append(hex).append('\t').append(Long.toString(storedMs))
                    .append('\t').append(Long.toString(firstInstitutionId + learnerSchool[learner])).append('\t')
                    .append(byClient ? Long.toString(importClientId) : "\\N").append('\t')
                    .append(json.indexOf('\\') >= 0 ? json.replace("\\", "\\\\") : json).append('\n');
            approxBytes += json.length();
            built++;
            if (++rowsInFile == FILE_ROWS || i == order.length - 1) {
                out.close();
                out = null;
                long l = System.nanoTime();
                long rows = load(path, "xapi_statement", "seq, @id, stored_ms, institution_id, client_id, body",
                        "id = UNHEX(@id), voided = FALSE, voids = NULL, version = '1.0.0'");
                loaded += System.nanoTime() - l;
                Files.delete(path);
                System.out.printf(Locale.ROOT, "  xapi_statement: %,d rows loaded (%,d of %,d, %.0f s so far, %.0f s of it loading)%n",
                        rows, i + 1, order.length, (System.nanoTime() - t) / 1e9, loaded / 1e9);
                file++;
            }
        }
        System.out.printf(Locale.ROOT, "xapi_statement: %,d rows, %.0f bytes of JSON on average, %.1f s (%.1f s loading)%s%n",
                built, approxBytes / (double) Math.max(1, built), (System.nanoTime() - t) / 1e9, loaded / 1e9,
                check == null ? "; keys NOT checked (org.surgalt.xapi.StatementKeys not on the class path)"
                        : String.format(Locale.ROOT, "; keys of the first %,d statements identical to org.surgalt.xapi.StatementKeys'", checked));
    }

    void keys() throws Exception {
        long t = System.nanoTime();
        int n = keyHashes.size();
        Integer[] byHash = new Integer[n];
        for (int i = 0; i < n; i++) {
            byHash[i] = i;
        }
        Arrays.sort(byHash, (a, b) -> Arrays.compareUnsigned(keyHashes.get(a), keyHashes.get(b)));
        long[] rank = new long[n];
        for (int i = 0; i < n; i++) {
            rank[byHash[i]] = i;
        }
        int rows = (int) keyRowCount;
        for (int i = 0; i < rows; i++) {
            long v = keyRows[i];
            keyRows[i] = rank[(int) (v >>> 29)] << 29 | (v & ((1L << 29) - 1));
        }
        Arrays.parallelSort(keyRows, 0, rows);
        System.out.printf(Locale.ROOT, "xapi_statement_key: %,d rows for %,d distinct values, sorted in %.1f s%n", rows, n,
                (System.nanoTime() - t) / 1e9);
        // Loaded in primary-key order with the secondary indexes and foreign keys dropped, which are
        // then built once by sorting (ALTER TABLE), instead of row by row in random order.
        List<String> restore = dropSecondary("xapi_statement_key");
        HexFormat hex = HexFormat.of();
        Path path = tsv.resolve("xapi_statement_key.tsv");
        long loaded = 0;
        int chunk = 5_000_000;
        for (int start = 0; start < rows; start += chunk) {
            try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
                for (int i = start; i < Math.min(rows, start + chunk); i++) {
                    long v = keyRows[i];
                    out.append(hex.formatHex(keyHashes.get(byHash[(int) (v >>> 29)]))).append('\t')
                            .append(Long.toString(v >>> 1 & ((1L << 28) - 1))).append('\t').append((v & 1) == 1 ? '1' : '0')
                            .append('\n');
                }
            }
            long l = System.nanoTime();
            load(path, "xapi_statement_key", "@k, seq, direct", "key_hash = UNHEX(@k)");
            loaded += System.nanoTime() - l;
            Files.delete(path);
            System.out.printf(Locale.ROOT, "  xapi_statement_key: %,d of %,d rows loaded (%.0f s so far)%n",
                    Math.min(rows, start + chunk), rows, (System.nanoTime() - t) / 1e9);
        }
        keyRows = null;
        long a = System.nanoTime();
        try (Statement s = db.createStatement()) {
            for (String sql : restore) {
                s.execute(sql);
            }
        }
        System.out.printf(Locale.ROOT, "xapi_statement_key: loaded in %.1f s, indexes and foreign keys rebuilt in %.1f s%n",
                loaded / 1e9, (System.nanoTime() - a) / 1e9);
    }

    /** Drops a table's secondary indexes and foreign keys; returns the ALTERs that put them back. */
    List<String> dropSecondary(String table) throws SQLException {
        Map<String, String> foreign = new HashMap<>();
        Map<String, TreeSet<String>> indexColumns = new HashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT k.constraint_name, GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position),"
                    + " k.referenced_table_name, GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position),"
                    + " MAX(r.delete_rule), MAX(r.update_rule)"
                    + " FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r"
                    + " ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name"
                    + " WHERE k.table_schema = DATABASE() AND k.table_name = '" + table + "' AND k.referenced_table_name IS NOT NULL"
                    + " GROUP BY k.constraint_name, k.referenced_table_name")) {
                while (rs.next()) {
                    // Only rules other than the default (RESTRICT, which information_schema may call NO ACTION).
                    String rules = (List.of("RESTRICT", "NO ACTION").contains(rs.getString(5)) ? "" : " ON DELETE " + rs.getString(5))
                            + (List.of("RESTRICT", "NO ACTION").contains(rs.getString(6)) ? "" : " ON UPDATE " + rs.getString(6));
                    foreign.put(rs.getString(1), "FOREIGN KEY (" + rs.getString(2) + ") REFERENCES " + rs.getString(3) + " ("
                            + rs.getString(4) + ")" + rules);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT index_name, non_unique, GROUP_CONCAT(column_name ORDER BY seq_in_index)"
                    + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = '" + table
                    + "' AND index_name <> 'PRIMARY' GROUP BY index_name, non_unique")) {
                while (rs.next()) {
                    indexColumns.put(rs.getString(1), new TreeSet<>(List.of(rs.getString(3))));
                    unique.put(rs.getString(1), rs.getInt(2) == 0);
                }
            }
            List<String> drops = new ArrayList<>();
            foreign.keySet().forEach(name -> drops.add("DROP FOREIGN KEY " + name));
            if (!drops.isEmpty()) {
                s.execute("ALTER TABLE " + table + " " + String.join(", ", drops));
            }
            drops.clear();
            indexColumns.keySet().forEach(name -> drops.add("DROP INDEX " + name));
            if (!drops.isEmpty()) {
                s.execute("ALTER TABLE " + table + " " + String.join(", ", drops));
            }
        }
        List<String> restore = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        indexColumns.forEach((name, columns) -> adds.add("ADD " + (unique.get(name) ? "UNIQUE " : "") + "INDEX " + name + " ("
                + columns.first() + ")"));
        if (!adds.isEmpty()) {
            restore.add("ALTER TABLE " + table + " " + String.join(", ", adds));
        }
        adds.clear();
        foreign.forEach((name, definition) -> adds.add("ADD CONSTRAINT " + name + " " + definition));
        if (!adds.isEmpty()) {
            // foreign_key_checks = 0 on this connection: the rows were made to match.
            restore.add("ALTER TABLE " + table + " " + String.join(", ", adds));
        }
        return restore;
    }

    /** The canonical definitions of the courses', modules', items' and questions' activities. */
    void activities() throws Exception {
        long t = System.nanoTime();
        Path path = tsv.resolve("xapi_activity.tsv");
        long ms = now * 1000;
        int rows = 0;
        HexFormat hex = HexFormat.of();
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (int c = 0; c < courses; c++) {
                rows += activity(out, hex, courseIri[c], "http://adlnet.gov/expapi/activities/course",
                        SUBJECTS[c % SUBJECTS.length] + " — " + courseCode[c], ms);
                for (int m = 0; m < moduleCount[c]; m++) {
                    rows += activity(out, hex, moduleIri(c, m), "http://adlnet.gov/expapi/activities/module",
                            "Бүлэг " + (m + 1), ms);
                }
            }
            for (int i = 0; i < itemIri.length; i++) {
                int local = i - itemStart[courseOfItem(i)];
                rows += activity(out, hex, itemIri[i], ITEM_TYPES[itemKind[i]],
                        ITEM_NAMES[itemKind[i]] + " " + (itemModule[i] + 1) + "." + (local + 1), ms);
                for (int q = 0; q < itemQuestions[i] && itemKind[i] == QUIZ; q++) {
                    rows += activity(out, hex, questionIri(i, q), "http://adlnet.gov/expapi/activities/cmi.interaction",
                            "Асуулт " + (q + 1), ms);
                }
            }
        }
        load(path, "xapi_activity", "@h, activity_id, definition, updated_ms", "id_hash = UNHEX(@h)");
        Files.delete(path);
        System.out.printf(Locale.ROOT, "xapi_activity: %,d rows, %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
    }

    int activity(BufferedWriter out, HexFormat hex, String iri, String type, String name, long ms) throws IOException {
        out.append(hex.formatHex(keyHashes.get(key("activity", iri)))).append('\t').append(iri).append('\t')
                .append("{\"type\":\"").append(type).append("\",\"name\":{\"mn-MN\":\"").append(name).append("\"}}")
                .append('\t').append(Long.toString(ms)).append('\n');
        return 1;
    }

    /**
     * What the benchmark asks for: a sample of filter values that occur (learners with statements,
     * items, courses, registrations, workshop instructors), one "kind TAB value" a line, in
     * tsv/../samples.tsv.
     */
    void samples() throws IOException {
        SplittableRandom r = new SplittableRandom(seed + 1);
        Path path = tsv.getParent().resolve("samples.tsv");
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            out.append("home\t").append(home).append('\n');
            out.append("now\t").append(iso(now * 1000)).append('\n');
            for (int k = 0; k < 2_000; k++) {
                int e = r.nextInt(enrolments);
                out.append("agent\t").append(Long.toString(LEARNER_BASE + enrolLearner[e])).append('\n');
                out.append("registration\t").append(uuid(enrolReg[2 * e], enrolReg[2 * e + 1])).append('\n');
                int c = enrolCourse[e];
                int item = itemStart[c] + r.nextInt(itemStart[c + 1] - itemStart[c]);
                out.append("activity\t").append(itemIri[item]).append('\n');
                out.append("course\t").append(courseIri[c]).append('\n');
            }
            for (int c = 0; c < courses; c++) {
                for (int i = itemStart[c]; i < itemStart[c + 1]; i++) {
                    if (itemKind[i] == SESSION) {
                        out.append("instructor\t").append(Long.toString(TEACHER_BASE + instructor(c, i - itemStart[c])))
                                .append('\n');
                    }
                }
            }
        }
        System.out.println("Filter values for the benchmark: " + path);
    }

    long load(Path file, String table, String columns, String set) throws SQLException {
        String sql = "LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                + " LINES TERMINATED BY '\\n' (" + columns + ") SET " + set;
        try (Statement s = db.createStatement()) {
            long rows = s.executeLargeUpdate(sql);
            try (ResultSet warnings = s.executeQuery("SHOW WARNINGS LIMIT 5")) {
                StringBuilder text = new StringBuilder();
                while (warnings.next()) {
                    text.append("\n  ").append(warnings.getString(3));
                }
                if (text.length() > 0) {
                    throw new IllegalStateException("Loading " + table + " gave warnings:" + text);
                }
            }
            return rows;
        }
    }

    /**
     * The LRS's own key computation (org.surgalt.xapi.StatementKeys.of over a Jackson tree), found
     * by reflection when target/classes and Jackson are on the class path.
     */
    static final class KeyCheck {
        final Object mapper;
        final Method readTree, of, hash, direct;

        KeyCheck(Object mapper, Method readTree, Method of, Method hash, Method direct) {
            this.mapper = mapper;
            this.readTree = readTree;
            this.of = of;
            this.hash = hash;
            this.direct = direct;
        }

        static KeyCheck find() {
            try {
                Class<?> keys = Class.forName("org.surgalt.xapi.StatementKeys");
                Class<?> jsonNode = Class.forName("com.fasterxml.jackson.databind.JsonNode");
                Class<?> mapperClass = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
                Object mapper = mapperClass.getConstructor().newInstance();
                Method of = keys.getDeclaredMethod("of", jsonNode);
                of.setAccessible(true);
                Class<?> key = Class.forName("org.surgalt.xapi.StatementKeys$Key");
                Method hash = key.getDeclaredMethod("hash");
                Method direct = key.getDeclaredMethod("direct");
                hash.setAccessible(true);
                direct.setAccessible(true);
                return new KeyCheck(mapper, mapperClass.getMethod("readTree", String.class), of, hash, direct);
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }

        void compare(String json, int[] ids, boolean[] directs, int n, List<byte[]> hashes) throws Exception {
            Collection<?> theirs = (Collection<?>) of.invoke(null, readTree.invoke(mapper, json));
            TreeSet<String> a = new TreeSet<>(), b = new TreeSet<>();
            HexFormat hex = HexFormat.of();
            for (Object k : theirs) {
                a.add(hex.formatHex((byte[]) hash.invoke(k)) + ":" + direct.invoke(k));
            }
            for (int i = 0; i < n; i++) {
                b.add(hex.formatHex(hashes.get(ids[i])) + ":" + directs[i]);
            }
            if (!a.equals(b)) {
                throw new IllegalStateException("The keys differ from org.surgalt.xapi.StatementKeys' for " + json
                        + "\n  LRS:       " + a + "\n  generator: " + b);
            }
        }
    }
}

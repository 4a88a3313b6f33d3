import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills an empty Surgalt schema (Flyway V001–V016) with national-scale data: 800 schools in the
 * capital and 21 aimags, 35,000 teachers, 100 published courses, about 210,000 enrolments, cohorts,
 * face-to-face sessions, about 20 million completion facts, and the progress the application derives
 * from them (item_progress, module_progress, course_progress). Deterministic for a given --seed,
 * --scale and --now. Writes TSV files and loads them with LOAD DATA LOCAL INFILE.
 *
 * <pre>java -cp mariadb-java-client.jar bench/national/NationalData.java --url jdbc:mariadb://127.0.0.1:3407/surgalt?allowLocalInfile=true
 *     --admin-units bench/national/mongolia-admin-units.csv --tsv bench/.data/tsv [--scale 1.0] [--seed 6] [--now 2026-11-23]</pre>
 *
 * Derivation rules (those of progress/ProgressService and V013): an item is complete when it has a
 * fact that satisfies its completion (VIEWED: any fact; PASSED: a PASSED fact with score at least
 * min_score; ATTENDED: an ATTENDED fact), at the first such fact; a module when all its required
 * items are, at the last of them; the course (no completion_rule row: every module) when every
 * module with a required item is. last_activity_at is the newest fact of any kind.
 */
public class NationalData {

    // ---- Sizes at scale 1.0 ----
    static final int SCHOOLS = 800;
    static final int TEACHERS = 35_000;
    static final int COURSES = 100;
    static final long FACTS = 20_000_000L;
    static final int NATIONAL_COURSES = 3;   // every teacher: the national cohort's courses
    static final int REGIONAL_COURSES = 2;   // every teacher: their aimag cohort's courses
    static final int SESSION_COURSES = 6;    // courses with a face-to-face workshop item
    static final String PASSWORD_HASH =      // Argon2id of "national-bench-2026", as identity/local/PasswordHasher makes it
            "$argon2id$v=19$m=19456,t=2,p=1$c3VyZ2FsdC1uYXRpb25hbA$UCEKucO7/KE/NC4/VeiaApThqmCGt/XtyrgyjZDbkRk";
    static final String CAPITAL = "Улаанбаатар";

    // ---- Arguments ----
    String url;
    Path adminUnits;
    Path tsv;
    double scale = 1.0;
    long seed = 6;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // ---- Time: seconds since the epoch ----
    long now;          // the reference "now" (midnight UTC of --now, plus 06:00)
    long windowStart;  // now - 180 days: facts fall between the two
    long base;         // packing origin for fact times

    Connection db;

    public static void main(String[] args) throws Exception {
        NationalData generator = new NationalData();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> generator.url = args[++i];
                case "--admin-units" -> generator.adminUnits = Path.of(args[++i]);
                case "--tsv" -> generator.tsv = Path.of(args[++i]);
                case "--scale" -> generator.scale = Double.parseDouble(args[++i]);
                case "--seed" -> generator.seed = Long.parseLong(args[++i]);
                case "--now" -> generator.today = LocalDate.parse(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + " (--url, --admin-units, --tsv, --scale, --seed, --now)");
            }
        }
        if (generator.url == null || generator.adminUnits == null || generator.tsv == null) {
            throw new IllegalArgumentException("--url, --admin-units and --tsv are required");
        }
        if (generator.scale <= 0 || generator.scale > 4) {
            throw new IllegalArgumentException("--scale must be in (0, 4]");
        }
        generator.run();
    }

    // =====================================================================================
    // Model held in memory
    // =====================================================================================

    record Region(int index, String aimag, String latin, List<String> soums, int hub) {
    }

    record School(long id, int region, String soum) {
    }

    static final class Item {
        long id;
        long moduleId;
        int moduleIndex;
        String kind;
        String completion;
        Integer minScore;
        boolean required;
        int sessionSlot = -1; // for SESSION items: which of the session items it is
    }

    static final class CourseModel {
        long id;
        int index;
        int[] moduleFirstItem; // index into items of each module's first item; length modules + 1
        long[] moduleIds;
        int[] moduleRequired;
        Item[] items;
        int itemsRequired;
        int modulesRequired;
    }

    final List<Region> regions = new ArrayList<>();
    final List<School> schools = new ArrayList<>();
    long[] teacherInstitution; // by teacher index (user id = index + 1)
    int[] teacherRegion;
    CourseModel[] courses;
    // cohorts: 0 = national, 1..regions = each region
    int[][] regionalCourses; // by region: course indexes of its cohort

    // Enrolments, in (user, course) order: id = index + 1
    int enrolmentCount;
    int[] enrolUser;    // teacher index
    int[] enrolCourse;  // course index
    long[] enrolAt;     // seconds

    // Staff accounts after the teachers
    long coordinatorId;
    long adminId;
    long[] regionCoordinatorId;

    // Sessions: per session item slot, per hub, per date
    static final String[] HUB_AIMAG = {CAPITAL, "Ховд", "Дорнод"};
    long[] sessionDates; // starts_at of each date index
    int sessionSlots;
    long[] sessionItemId;
    long[] sessionCourseId;
    int[] sessionCount; // confirmed sign-ups per session (index)
    final StringBuilder signups = new StringBuilder();
    final StringBuilder attendance = new StringBuilder();
    long sessionIdBase = 1;
    boolean lastCheckin; // how the last attendance session() recorded was taken

    // ---- Facts, packed: time (25 bits) | enrolment (20) | item index (7) | kind (3) | score (7) ----
    static final int K_VIEWED = 0;
    static final int K_SUBMITTED = 1;
    static final int K_PASSED = 2;
    static final int K_ATTENDED = 3;
    static final int K_ATTENDED_CHECKIN = 4; // ATTENDED, source "checkin"
    static final String[] KIND = {"VIEWED", "SUBMITTED", "PASSED", "ATTENDED", "ATTENDED"};
    static final String[] SOURCE = {"web", "quiz", "quiz", "attendance", "checkin"};
    long[] facts = new long[1 << 20];
    int factCount;

    long pack(long time, int enrolment, int item, int kind, int score) {
        long t = time - base;
        if (t < 0 || t >= (1L << 25)) {
            throw new IllegalStateException("fact time out of range: " + time);
        }
        return (t << 37) | ((long) enrolment << 17) | ((long) item << 10) | ((long) kind << 7) | score;
    }

    static int enrolmentOf(long fact) {
        return (int) ((fact >>> 17) & 0xFFFFF);
    }

    static int itemOf(long fact) {
        return (int) ((fact >>> 10) & 0x7F);
    }

    static int kindOf(long fact) {
        return (int) ((fact >>> 7) & 0x7);
    }

    static int scoreOf(long fact) {
        return (int) (fact & 0x7F);
    }

    long timeOf(long fact) {
        return (fact >>> 37) + base;
    }

    /** Microseconds of a fact's occurred_at: from its packed value, so the same fact always gets the same. */
    static int micros(long fact) {
        long h = fact * 0x9E3779B97F4A7C15L;
        return (int) ((h >>> 40) % 1_000_000);
    }

    /** A fact's occurred_at as one comparable number (microseconds since the epoch). */
    long instantOf(long fact) {
        return timeOf(fact) * 1_000_000L + micros(fact);
    }

    void addFact(long fact) {
        if (factCount == facts.length) {
            facts = Arrays.copyOf(facts, facts.length + (facts.length >> 1));
        }
        facts[factCount++] = fact;
    }

    // =====================================================================================

    void run() throws Exception {
        long started = System.nanoTime();
        now = today.atTime(6, 0).toEpochSecond(ZoneOffset.UTC);
        windowStart = now - 180L * 86_400;
        base = windowStart - 40L * 86_400;
        Files.createDirectories(tsv);
        db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=root&password=");
        try (Statement s = db.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00', unique_checks = 0, foreign_key_checks = 0");
            for (String table : List.of("institution", "app_user", "course", "completion_fact")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("Table " + table + " is not empty: generate into a fresh schema");
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "National data at scale %.3f, seed %d, now %s (facts from %s)%n", scale, seed,
                ts(now), ts(windowStart));
        institutions();
        people();
        courses();
        cohortsAndEnrolments();
        progress();
        sessions();
        try (Statement s = db.createStatement()) {
            s.execute("SET unique_checks = 1, foreign_key_checks = 1");
            long t = System.nanoTime();
            for (String table : List.of("completion_fact", "item_progress", "module_progress", "course_progress",
                    "enrolment", "app_user")) {
                s.execute("ANALYZE TABLE " + table);
            }
            System.out.printf(Locale.ROOT, "ANALYZE TABLE: %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        db.close();
        System.out.printf(Locale.ROOT, "Data generated and loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    int scaled(int full, int min) {
        return Math.max(min, (int) Math.round(full * scale));
    }

    // =====================================================================================
    // Institutions: the capital (districts as soums) and 21 aimags
    // =====================================================================================

    static final String[] SOUM_NAMES = {"Баянцагаан", "Эрдэнэмандал", "Цагааннуур", "Жаргалант", "Өлзийт",
        "Батцэнгэл", "Тариат", "Дэлгэрхаан", "Хутаг-Өндөр", "Сайхан", "Шинэжинст", "Баяндэлгэр", "Алтанбулаг",
        "Хашаат", "Цэцэрлэг", "Их-Уул", "Баянгол", "Хархорин", "Бат-Өлзий", "Дашинчилэн", "Галуут", "Баян-Овоо",
        "Эрдэнэцогт", "Цогт-Овоо", "Зүүнбүрэн", "Мандал", "Хүдэр", "Сант", "Төгрөг", "Уянга", "Хайрхан",
        "Ихтамир", "Чулуут", "Батсүмбэр", "Баянчандмань", "Бүрэгхангай", "Баян-Агт", "Тэшиг", "Хангал",
        "Өндөрхангай", "Тосонцэнгэл", "Баянмөнх", "Дэлгэрцогт", "Мөрөн", "Хатанбулаг", "Сэврэй", "Номгон",
        "Гурванбулаг", "Хөгнө-Тарна", "Сүмбэр", "Хүрмэн", "Цээл", "Ноён", "Шарга", "Бигэр"};

    void institutions() throws Exception {
        long t = System.nanoTime();
        Map<String, String> latin = new HashMap<>();
        List<String> districts = new ArrayList<>();
        List<String> aimags = new ArrayList<>();
        Map<String, List<String>> soums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(adminUnits, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length < 4 || f[0].equals("level")) {
                continue;
            }
            latin.put(f[1], f[2]);
            switch (f[0]) {
                case "district" -> districts.add(f[1]);
                case "aimag" -> aimags.add(f[1]);
                case "soum" -> soums.computeIfAbsent(f[3], k -> new ArrayList<>()).add(f[1]);
                default -> { }
            }
        }
        if (aimags.size() != 21 || districts.isEmpty()) {
            throw new IllegalStateException("Expected the capital's districts and 21 aimags in " + adminUnits);
        }
        SplittableRandom random = new SplittableRandom(seed * 31 + 1);
        regions.add(new Region(0, CAPITAL, "Ulaanbaatar", districts, 0));
        for (String aimag : aimags) {
            List<String> names = soums.get(aimag);
            if (names == null) {
                // Other aimags: plausible soum names (real ones repeat from aimag to aimag), 8–15 of them.
                List<String> pool = new ArrayList<>(List.of(SOUM_NAMES));
                names = new ArrayList<>();
                int n = 8 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    names.add(pool.remove(random.nextInt(pool.size())));
                }
            }
            String l = latin.get(aimag);
            int hub = switch (l) {
                case "Khovd", "Bayan-Ölgii", "Uvs", "Zavkhan", "Govi-Altai", "Bayankhongor", "Khövsgöl" -> 1;
                case "Dornod", "Khentii", "Sükhbaatar", "Dornogovi" -> 2;
                default -> 0;
            };
            regions.add(new Region(regions.size(), aimag, l, names, hub));
        }
        int schoolCount = scaled(SCHOOLS, regions.size());
        // The capital has a quarter of the schools; aimags share the rest unevenly.
        double[] weight = new double[regions.size()];
        weight[0] = 0.25 * (regions.size() - 1) / 0.75;
        for (int r = 1; r < regions.size(); r++) {
            weight[r] = 0.5 + random.nextDouble() * 1.5;
        }
        double sum = Arrays.stream(weight).sum();
        int[] perRegion = new int[regions.size()];
        int assigned = 0;
        for (int r = 0; r < regions.size(); r++) {
            perRegion[r] = Math.max(1, (int) Math.floor(schoolCount * weight[r] / sum));
            assigned += perRegion[r];
        }
        for (int r = 0; assigned < schoolCount; r = (r + 1) % regions.size()) {
            perRegion[r]++;
            assigned++;
        }
        try (Tsv out = new Tsv("institution")) {
            long id = 1;
            for (Region region : regions) {
                Map<String, Integer> numberInSoum = new HashMap<>();
                for (int i = 0; i < perRegion[region.index()]; i++) {
                    // The first schools go one to each soum, then at random.
                    String soum = i < region.soums().size() ? region.soums().get(i)
                            : region.soums().get(random.nextInt(region.soums().size()));
                    int number = numberInSoum.merge(soum, 1, Integer::sum);
                    String name = region.index() == 0
                            ? CAPITAL + " хотын " + soum + " дүүргийн " + number + "-р сургууль"
                            : region.aimag() + " аймгийн " + soum + " сумын " + number + "-р сургууль";
                    schools.add(new School(id, region.index(), soum));
                    out.row(id, String.format(Locale.ROOT, "SCH-%04d", id), name, "SCHOOL", region.aimag(), soum,
                            ts(windowStart - 400L * 86_400));
                    id++;
                }
            }
        }
        load("institution", "id, code, name, kind, aimag, soum, created_at", t);
    }

    // =====================================================================================
    // People: teachers, then a coordinator, an admin and a coordinator per aimag cohort
    // =====================================================================================

    static final String[] GIVEN = {"Болд", "Бат-Эрдэнэ", "Оюунчимэг", "Сарантуяа", "Энхтуяа", "Ганбаатар", "Нарантуяа",
        "Мөнхбаяр", "Алтанцэцэг", "Цэцэгмаа", "Баярмаа", "Отгонбаяр", "Түмэнжаргал", "Ариунаа", "Должинсүрэн",
        "Энхбаяр", "Хулан", "Сүхбат", "Номин", "Анужин", "Мөнхзул", "Төгөлдөр", "Батсайхан", "Уранчимэг",
        "Ганчимэг", "Лхагвасүрэн", "Одгэрэл", "Пүрэвдорж", "Золзаяа", "Мягмарсүрэн", "Гэрэлмаа", "Дашдорж",
        "Эрдэнэчимэг", "Цогзолмаа", "Батбаяр", "Нямдорж", "Өнөрмаа", "Үүрцайх", "Чинзориг", "Ширнэн"};
    static final String[] PATRONYMIC = {"Батбаярын", "Доржийн", "Ганбатын", "Сүхбаатарын", "Цэрэнгийн", "Пүрэвийн",
        "Лхагвын", "Жамсраны", "Баатарын", "Очирын", "Намсрайн", "Дамдины", "Болдын", "Түвшингийн", "Энхболдын",
        "Мөнхийн", "Нямын", "Эрдэнийн", "Гомбын", "Даваагийн", "Содномын", "Чулууны", "Алтангэрэлийн",
        "Төмөрийн", "Ганзоригийн", "Хүрэлбаатарын", "Өлзийн", "Баасангийн", "Шагдарын", "Бямбын"};

    void people() throws Exception {
        long t = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed * 31 + 2);
        int teachers = scaled(TEACHERS, 50);
        teacherInstitution = new long[teachers];
        teacherRegion = new int[teachers];
        // Schools differ in size: capital schools twice as big on average.
        double[] cumulative = new double[schools.size()];
        double total = 0;
        for (int i = 0; i < schools.size(); i++) {
            total += (schools.get(i).region() == 0 ? 2.0 : 1.0) * (0.3 + random.nextDouble() * 1.4);
            cumulative[i] = total;
        }
        long created = windowStart - 30L * 86_400;
        try (Tsv out = new Tsv("app_user")) {
            for (int i = 0; i < teachers; i++) {
                // Every school gets a teacher first, then by size.
                int s = i < schools.size() ? i : pick(cumulative, random.nextDouble() * total);
                School school = schools.get(s);
                teacherInstitution[i] = school.id();
                teacherRegion[i] = school.region();
                String name = PATRONYMIC[random.nextInt(PATRONYMIC.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
                out.row(i + 1, String.format(Locale.ROOT, "teacher%05d@national.surgalt.mn", i + 1), name, "mn",
                        school.id(), ts(created + random.nextInt(86_400 * 20)));
            }
            long id = teachers + 1;
            coordinatorId = id++;
            out.row(coordinatorId, "coordinator@national.surgalt.mn", "Үндэсний зохицуулагч", "mn", null, ts(created));
            adminId = id++;
            out.row(adminId, "admin@national.surgalt.mn", "Системийн админ", "mn", null, ts(created));
            regionCoordinatorId = new long[regions.size()];
            for (Region region : regions) {
                regionCoordinatorId[region.index()] = id;
                out.row(id++, "coordinator." + slug(region.latin()) + "@national.surgalt.mn",
                        region.aimag() + (region.index() == 0 ? " хотын" : " аймгийн") + " зохицуулагч", "mn", null,
                        ts(created));
            }
        }
        load("app_user", "id, email, display_name, locale, @institution_id, created_at", t,
                "institution_id = NULLIF(@institution_id, '\\\\N')");
        t = System.nanoTime();
        try (Tsv out = new Tsv("local_credential")) {
            // Staff, and the first 20 teachers (for benchmarks that act as a learner).
            for (long id = 1; id <= Math.min(20, teachers); id++) {
                out.row(id, PASSWORD_HASH, ts(created));
            }
            for (long id = teachers + 1; id <= regionCoordinatorId[regions.size() - 1]; id++) {
                out.row(id, PASSWORD_HASH, ts(created));
            }
        }
        load("local_credential", "user_id, password_hash, password_changed_at", t);
    }

    static String slug(String latin) {
        return java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    static int pick(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    // =====================================================================================
    // Courses: draft rows and published version 1
    // =====================================================================================

    static final String[][] TOPICS = {
        {"Суралцахуйн үнэлгээ", "Assessment for learning"},
        {"Ялгаатай сурагчидтай ажиллах", "Teaching mixed-ability classes"},
        {"Цахим хичээл бэлтгэх", "Preparing digital lessons"},
        {"Багшийн ёс зүй", "Teacher ethics"},
        {"Хүүхэд хамгаалал", "Child protection"},
        {"Бага ангийн математик", "Primary mathematics"},
        {"Монгол хэл, уран зохиол", "Mongolian language and literature"},
        {"Байгалийн ухааны туршилт", "Science experiments in class"},
        {"Англи хэлний заах арга зүй", "Teaching English"},
        {"Хамтран суралцахуй", "Collaborative learning"},
        {"Анги удирдлага", "Classroom management"},
        {"Сэтгэл зүйн анхан шатны тусламж", "Psychological first aid"},
        {"Хөдөөгийн сургуулийн дотуур байр", "Rural school dormitories"},
        {"Хүртээмжтэй боловсрол", "Inclusive education"},
        {"Төсөлд суурилсан сургалт", "Project-based learning"},
        {"Мэдээллийн технологи", "Information technology"},
        {"Эрүүл мэндийн боловсрол", "Health education"},
        {"Иргэний боловсрол", "Civic education"},
        {"Уншлагын чадвар", "Reading literacy"},
        {"Сургалтын хөтөлбөр төлөвлөх", "Curriculum planning"},
    };
    static final String[] LEVELS_MN = {"I", "II", "III", "IV", "V"};
    static final String[] MODULE_MN = {"Танилцуулга", "Онолын үндэс", "Жишээ хичээл", "Дадлага", "Үнэлгээ",
        "Туршлага хуваалцах", "Төлөвлөлт", "Арга зүй", "Хэрэглэгдэхүүн", "Эргэцүүлэл", "Төсөл", "Дүгнэлт"};
    static final String[] MODULE_EN = {"Introduction", "Foundations", "A sample lesson", "Practice", "Assessment",
        "Sharing experience", "Planning", "Methods", "Materials", "Reflection", "Project", "Summary"};

    void courses() throws Exception {
        long t = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed * 31 + 3);
        int count = scaled(COURSES, NATIONAL_COURSES + 3);
        courses = new CourseModel[count];
        long published = windowStart - 14L * 86_400;
        int sessionCourses = Math.max(1, (int) Math.round(SESSION_COURSES * Math.min(1.0, (double) count / COURSES)));
        // Session courses: spread over the courses after the national ones.
        boolean[] hasSession = new boolean[count];
        int step = Math.max(1, (count - NATIONAL_COURSES) / sessionCourses);
        for (int i = 0; i < sessionCourses; i++) {
            hasSession[Math.min(count - 1, NATIONAL_COURSES + 1 + i * step)] = true;
        }
        List<Long> slotItems = new ArrayList<>();
        List<Long> slotCourses = new ArrayList<>();
        long moduleId = 1;
        long itemId = 1;
        int[] moduleChoices = {8, 9, 10, 10, 11, 11, 11, 11, 12, 12};
        try (Tsv course = new Tsv("course"); Tsv module = new Tsv("course_module"); Tsv item = new Tsv("item");
                Tsv courseVersion = new Tsv("course_version"); Tsv moduleVersion = new Tsv("module_version");
                Tsv itemVersion = new Tsv("item_version")) {
            for (int c = 0; c < count; c++) {
                CourseModel model = new CourseModel();
                model.id = c + 1;
                model.index = c;
                String[] topic = TOPICS[c % TOPICS.length];
                String level = LEVELS_MN[(c / TOPICS.length) % LEVELS_MN.length];
                String titleMn = topic[0] + " " + level;
                String titleEn = topic[1] + " " + level;
                String descMn = "Багш нарын мэргэжил дээшлүүлэх цахим сургалт: " + topic[0].toLowerCase(Locale.ROOT) + ".";
                String descEn = "Online professional development for teachers: " + topic[1].toLowerCase(Locale.ROOT) + ".";
                String code = String.format(Locale.ROOT, "NAT-%03d", c + 1);
                course.row(model.id, code, "mn", titleEn, titleMn, descEn, descMn, "DRAFT", 1, ts(published - 30L * 86_400));
                courseVersion.row(model.id, model.id, 1, titleEn, titleMn, descEn, descMn, ts(published));
                int modules = moduleChoices[random.nextInt(moduleChoices.length)];
                int sessionModule = hasSession[c] ? modules / 2 : -1;
                List<Item> items = new ArrayList<>();
                model.moduleFirstItem = new int[modules + 1];
                model.moduleIds = new long[modules];
                model.moduleRequired = new int[modules];
                for (int m = 0; m < modules; m++) {
                    long mid = moduleId++;
                    model.moduleIds[m] = mid;
                    model.moduleFirstItem[m] = items.size();
                    String mTitleMn = (m + 1) + ". " + MODULE_MN[m % MODULE_MN.length];
                    String mTitleEn = (m + 1) + ". " + MODULE_EN[m % MODULE_EN.length];
                    module.row(mid, model.id, m + 1, mTitleEn, mTitleMn, null);
                    moduleVersion.row(mid, model.id, mid, m + 1, mTitleEn, mTitleMn, null);
                    int n = 4 + random.nextInt(5);
                    for (int p = 0; p < n; p++) {
                        Item it = new Item();
                        it.id = itemId++;
                        it.moduleId = mid;
                        it.moduleIndex = m;
                        it.required = true;
                        it.completion = "VIEWED";
                        if (p == n - 1) {
                            it.kind = "QUIZ";
                            it.completion = "PASSED";
                            it.minScore = 60 + 10 * random.nextInt(3);
                        } else if (m == sessionModule && p == 0) {
                            it.kind = "SESSION";
                            it.completion = "ATTENDED";
                            it.sessionSlot = slotItems.size();
                            slotItems.add(it.id);
                            slotCourses.add(model.id);
                        } else {
                            int k = random.nextInt(100);
                            it.kind = k < 50 ? "PAGE" : k < 75 ? "VIDEO" : k < 93 ? "FILE" : "LINK";
                            // A further-reading link is optional.
                            it.required = !it.kind.equals("LINK");
                        }
                        items.add(it);
                        if (it.required) {
                            model.moduleRequired[m]++;
                        }
                        String[] title = itemTitle(it, p + 1);
                        String bodyMn = it.kind.equals("PAGE") ? "## " + title[0] + "\n\nЭнэ хичээлээр " + topic[0].toLowerCase(Locale.ROOT)
                                + " сэдвийн " + (m + 1) + "-р бүлгийн " + (p + 1) + "-р хэсгийг судална." : null;
                        String bodyEn = it.kind.equals("PAGE") ? "## " + title[1] + "\n\nThis lesson covers part " + (p + 1)
                                + " of module " + (m + 1) + "." : null;
                        String urlValue = switch (it.kind) {
                            case "VIDEO" -> "https://video.surgalt.mn/national/" + code.toLowerCase(Locale.ROOT) + "/" + it.id;
                            case "LINK" -> "https://www.meds.gov.mn/";
                            default -> null;
                        };
                        item.row(it.id, mid, it.kind, p + 1, title[1], title[0], bodyEn, bodyMn, urlValue, it.completion,
                                it.minScore, it.required ? 1 : 0);
                        itemVersion.row(it.id, model.id, mid, it.id, p + 1, it.kind, title[1], title[0], bodyEn, bodyMn,
                                urlValue, it.completion, it.minScore, it.required ? 1 : 0);
                    }
                    if (model.moduleRequired[m] > 0) {
                        model.modulesRequired++;
                    }
                    model.itemsRequired += model.moduleRequired[m];
                }
                model.moduleFirstItem[modules] = items.size();
                model.items = items.toArray(new Item[0]);
                if (model.items.length > 127) {
                    throw new IllegalStateException("too many items for the packing");
                }
                courses[c] = model;
            }
        }
        sessionSlots = slotItems.size();
        sessionItemId = slotItems.stream().mapToLong(Long::longValue).toArray();
        sessionCourseId = slotCourses.stream().mapToLong(Long::longValue).toArray();
        load("course", "id, code, language, title_en, title_mn, description_en, description_mn, workflow_state, published_version, created_at", t);
        t = System.nanoTime();
        load("course_module", "id, course_id, position, title_en, title_mn, @prerequisite_id", t,
                "prerequisite_id = NULL");
        t = System.nanoTime();
        load("item", "id, module_id, kind, position, title_en, title_mn, @body_en, @body_mn, @url, completion, @min_score, required", t,
                "body_en = NULLIF(@body_en, '\\\\N'), body_mn = NULLIF(@body_mn, '\\\\N'), url = NULLIF(@url, '\\\\N'), min_score = NULLIF(@min_score, '\\\\N')");
        t = System.nanoTime();
        load("course_version", "id, course_id, number, title_en, title_mn, description_en, description_mn, published_at", t);
        t = System.nanoTime();
        load("module_version", "id, course_version_id, module_id, position, title_en, title_mn, @prerequisite_id", t,
                "prerequisite_id = NULL");
        t = System.nanoTime();
        load("item_version", "id, course_version_id, module_id, item_id, position, kind, title_en, title_mn, @body_en, @body_mn, @url, completion, @min_score, required", t,
                "body_en = NULLIF(@body_en, '\\\\N'), body_mn = NULLIF(@body_mn, '\\\\N'), url = NULLIF(@url, '\\\\N'), min_score = NULLIF(@min_score, '\\\\N')");
    }

    static String[] itemTitle(Item it, int position) {
        return switch (it.kind) {
            case "QUIZ" -> new String[] {"Бүлгийн сорил", "Module quiz"};
            case "SESSION" -> new String[] {"Танхимын семинар", "Face-to-face workshop"};
            case "VIDEO" -> new String[] {"Видео хичээл " + position, "Video lesson " + position};
            case "FILE" -> new String[] {"Гарын авлага " + position, "Handout " + position};
            case "LINK" -> new String[] {"Нэмэлт унших материал", "Further reading"};
            default -> new String[] {"Хичээл " + position, "Lesson " + position};
        };
    }

    // =====================================================================================
    // Cohorts and enrolments
    // =====================================================================================

    void cohortsAndEnrolments() throws Exception {
        long t = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed * 31 + 4);
        int count = courses.length;
        int teachers = teacherInstitution.length;
        // Each region's cohort covers two courses outside the national ones.
        regionalCourses = new int[regions.size()][];
        for (Region region : regions) {
            int a = NATIONAL_COURSES + random.nextInt(count - NATIONAL_COURSES);
            int b;
            do {
                b = NATIONAL_COURSES + random.nextInt(count - NATIONAL_COURSES);
            } while (b == a && count - NATIONAL_COURSES > 1);
            regionalCourses[region.index()] = a == b ? new int[] {a} : new int[] {Math.min(a, b), Math.max(a, b)};
        }
        LocalDate cohortStart = LocalDateTime.ofEpochSecond(windowStart, 0, ZoneOffset.UTC).toLocalDate();
        LocalDate cohortEnd = cohortStart.plusDays(240);
        long cohortCreated = windowStart - 7L * 86_400;
        try (Tsv cohort = new Tsv("cohort"); Tsv cohortCourse = new Tsv("cohort_course")) {
            int year = cohortStart.getYear();
            cohort.row(1, "NATIONAL-" + year, "Үндэсний багш нарын хөтөлбөр " + year,
                    "Бүх ерөнхий боловсролын сургуулийн багш нарын заавал судлах сургалтууд.", cohortStart, cohortEnd,
                    coordinatorId, ts(cohortCreated));
            for (int c = 0; c < NATIONAL_COURSES; c++) {
                cohortCourse.row(1, c + 1);
            }
            for (Region region : regions) {
                cohort.row(region.index() + 2, "REGION-" + slug(region.latin()).toUpperCase(Locale.ROOT),
                        region.aimag() + (region.index() == 0 ? " хотын" : " аймгийн") + " багш нар " + year,
                        null, cohortStart, cohortEnd, regionCoordinatorId[region.index()], ts(cohortCreated));
                for (int c : regionalCourses[region.index()]) {
                    cohortCourse.row(region.index() + 2, c + 1);
                }
            }
        }
        load("cohort", "id, code, name, @description, starts_on, ends_on, created_by, created_at", t,
                "description = NULLIF(@description, '\\\\N')");
        t = System.nanoTime();
        load("cohort_course", "cohort_id, course_id", t);
        t = System.nanoTime();
        // Members: everyone in the national cohort and in their region's cohort (added by CSV import).
        long[] memberAt = new long[teachers];
        try (Tsv member = new Tsv("cohort_member")) {
            for (int i = 0; i < teachers; i++) {
                memberAt[i] = windowStart + random.nextInt(86_400 * 21);
                member.row(1, i + 1, ts(memberAt[i]), coordinatorId, "CSV");
            }
            for (Region region : regions) {
                for (int i = 0; i < teachers; i++) {
                    if (teacherRegion[i] == region.index()) {
                        member.row(region.index() + 2, i + 1, ts(memberAt[i]), regionCoordinatorId[region.index()], "CSV");
                    }
                }
            }
        }
        load("cohort_member", "cohort_id, user_id, added_at, added_by, source", t);
        t = System.nanoTime();
        // Enrolments: the cohorts' courses, then 0–3 more of the teacher's own choosing (popular ones more often).
        double[] popularity = new double[count];
        double total = 0;
        for (int c = 0; c < count; c++) {
            total += c < NATIONAL_COURSES ? 0 : 1.0 / Math.pow(c - NATIONAL_COURSES + 1, 0.6);
            popularity[c] = total;
        }
        int capacity = teachers * 9;
        enrolUser = new int[capacity];
        enrolCourse = new int[capacity];
        enrolAt = new long[capacity];
        try (Tsv enrolment = new Tsv("enrolment")) {
            boolean[] chosen = new boolean[count];
            for (int i = 0; i < teachers; i++) {
                Arrays.fill(chosen, false);
                for (int c = 0; c < NATIONAL_COURSES; c++) {
                    chosen[c] = true;
                }
                for (int c : regionalCourses[teacherRegion[i]]) {
                    chosen[c] = true;
                }
                int extra = random.nextInt(4); // 0..3, mean 1.5
                long[] at = new long[count];
                for (int e = 0; e < extra; e++) {
                    int c = pick(popularity, random.nextDouble() * total);
                    if (!chosen[c]) {
                        chosen[c] = true;
                        at[c] = windowStart + 86_400L * random.nextInt(150) + random.nextInt(86_400);
                    }
                }
                for (int c = 0; c < count; c++) {
                    if (chosen[c]) {
                        int e = enrolmentCount++;
                        enrolUser[e] = i;
                        enrolCourse[e] = c;
                        enrolAt[e] = at[c] != 0 ? at[c] : memberAt[i];
                        enrolment.row(e + 1, i + 1, c + 1, ts(enrolAt[e]));
                    }
                }
            }
        }
        if (enrolmentCount >= (1 << 20)) {
            throw new IllegalStateException("too many enrolments for the packing");
        }
        load("enrolment", "id, user_id, course_id, enrolled_at", t);
        t = System.nanoTime();
        try (Tsv grant = new Tsv("role_grant")) {
            long id = 1;
            grant.row(id++, coordinatorId, "COORDINATOR", "SITE", 0, ts(cohortCreated));
            grant.row(id++, adminId, "ADMIN", "SITE", 0, ts(cohortCreated));
            for (Region region : regions) {
                grant.row(id++, regionCoordinatorId[region.index()], "COORDINATOR", "COHORT", region.index() + 2,
                        ts(cohortCreated));
            }
        }
        load("role_grant", "id, user_id, role, scope_type, scope_id, created_at", t);
    }

    // =====================================================================================
    // Progress: facts per enrolment, the derived rows, then repeat views up to the volume
    // =====================================================================================

    void progress() throws Exception {
        long t = System.nanoTime();
        long dateStart = windowStart - 6L * 3600 + 14L * 86_400 + 2L * 3600; // 10:00 in Ulaanbaatar
        int dates = (int) ((now + 28L * 86_400 - dateStart) / (14L * 86_400)) + 1;
        sessionDates = new long[dates];
        for (int d = 0; d < dates; d++) {
            sessionDates[d] = dateStart + d * 14L * 86_400;
        }
        sessionCount = new int[sessionSlots * HUB_AIMAG.length * dates];
        long[] lastFact = new long[enrolmentCount];
        int[] itemsDone = new int[enrolmentCount];
        int[] modulesDone = new int[enrolmentCount];
        long[] completedAt = new long[enrolmentCount]; // instant (µs) or -1
        long[] doneTime = new long[128];
        boolean[] touched = new boolean[12];
        long itemRows = 0;
        long moduleRows = 0;
        int passes = 0;
        try (Tsv itemProgress = new Tsv("item_progress"); Tsv moduleProgress = new Tsv("module_progress")) {
            for (int e = 0; e < enrolmentCount; e++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + e);
                CourseModel course = courses[enrolCourse[e]];
                Item[] items = course.items;
                int from = factCount;
                Arrays.fill(doneTime, 0, items.length, -1);
                Arrays.fill(touched, false);
                double kind = random.nextDouble();
                double fraction = kind < 0.10 ? 0 : kind < 0.35 ? 1.0 : 0.03 + random.nextDouble() * 0.92;
                int target = (int) Math.round(fraction * items.length);
                long time = enrolAt[e] + (long) (-Math.log(1 - random.nextDouble()) * 4 * 86_400);
                for (int i = 0; i < target && time < now; i++) {
                    Item it = items[i];
                    touched[it.moduleIndex] = true;
                    if (it.kind.equals("SESSION")) {
                        long attended = session(e, it, time, random, false);
                        if (attended < 0) {
                            break; // waits for a workshop still to come
                        }
                        long fact = pack(attended, e, i, lastCheckin ? K_ATTENDED_CHECKIN : K_ATTENDED, 0);
                        addFact(fact);
                        doneTime[i] = fact;
                        time = attended + 3 * 3600 + random.nextInt(86_400 * 3);
                        continue;
                    }
                    long viewed = pack(time, e, i, K_VIEWED, 0);
                    addFact(viewed);
                    if (it.kind.equals("QUIZ")) {
                        // Attempts: failed ones first, then the pass (SUBMITTED and PASSED, same score).
                        int failed = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
                        long at = time + 60 + random.nextInt(600);
                        for (int a = 0; a < failed && at < now; a++) {
                            addFact(pack(at, e, i, K_SUBMITTED, 20 + random.nextInt(it.minScore - 20)));
                            at += 300 + random.nextInt(3600 * 6);
                        }
                        if (at >= now) {
                            break;
                        }
                        int score = it.minScore + random.nextInt(101 - it.minScore);
                        addFact(pack(at, e, i, K_SUBMITTED, score));
                        long pass = pack(at, e, i, K_PASSED, score);
                        addFact(pass);
                        doneTime[i] = pass;
                        time = at;
                        passes++;
                    } else {
                        doneTime[i] = viewed;
                    }
                    time += random.nextInt(10) < 7 ? 120 + random.nextInt(40 * 60) : 86_400L + random.nextInt(86_400 * 9);
                }
                // The next item, started but not complete: a quiz tried and failed, a workshop signed up for.
                int next = firstUndone(doneTime, items.length);
                if (next < items.length && time < now - 300 && next > 0 && next == target) {
                    Item it = items[next];
                    if (it.kind.equals("QUIZ") && random.nextInt(10) < 4) {
                        touched[it.moduleIndex] = true;
                        addFact(pack(time, e, next, K_VIEWED, 0));
                        addFact(pack(time + 300, e, next, K_SUBMITTED, 10 + random.nextInt(it.minScore - 10)));
                    } else if (it.kind.equals("SESSION") && random.nextInt(2) == 0) {
                        session(e, it, time, random, true);
                    }
                }
                if (factCount == from) {
                    lastFact[e] = -1;
                    completedAt[e] = -1;
                    continue;
                }
                // Derived rows for this enrolment, in primary-key order (user, item) and (user, module).
                long user = enrolUser[e] + 1;
                long last = -1;
                for (int f = from; f < factCount; f++) {
                    if (last < 0 || instantOf(facts[f]) > instantOf(last)) {
                        last = facts[f];
                    }
                }
                lastFact[e] = last;
                for (int i = 0; i < items.length; i++) {
                    if (doneTime[i] >= 0) {
                        itemProgress.row(user, course.id, items[i].moduleId, items[i].id, at(doneTime[i]));
                        itemRows++;
                    }
                }
                int done = 0;
                int modules = 0;
                long courseDone = -1;
                for (int m = 0; m < course.moduleIds.length; m++) {
                    int moduleDone = 0;
                    long moduleAt = -1;
                    for (int i = course.moduleFirstItem[m]; i < course.moduleFirstItem[m + 1]; i++) {
                        if (items[i].required && doneTime[i] >= 0) {
                            moduleDone++;
                            if (moduleAt < 0 || instantOf(doneTime[i]) > instantOf(moduleAt)) {
                                moduleAt = doneTime[i];
                            }
                        }
                    }
                    boolean complete = course.moduleRequired[m] > 0 && moduleDone == course.moduleRequired[m];
                    done += moduleDone;
                    if (complete) {
                        modules++;
                        if (courseDone < 0 || instantOf(moduleAt) > instantOf(courseDone)) {
                            courseDone = moduleAt;
                        }
                    }
                    if (touched[m]) {
                        moduleProgress.row(user, course.id, course.moduleIds[m], moduleDone, course.moduleRequired[m],
                                complete ? at(moduleAt) : null);
                        moduleRows++;
                    }
                }
                itemsDone[e] = done;
                modulesDone[e] = modules;
                completedAt[e] = modules == course.modulesRequired ? courseDone : -1;
                if ((e + 1) % 50_000 == 0) {
                    System.out.printf(Locale.ROOT, "  progress: %,d of %,d enrolments, %,d facts (%.0f s)%n", e + 1,
                            enrolmentCount, factCount, (System.nanoTime() - t) / 1e9);
                }
            }
        }
        int natural = factCount;
        System.out.printf(Locale.ROOT, "Progress planned: %,d facts from %,d enrolments (%,d quizzes passed) in %.1f s%n",
                natural, enrolmentCount, passes, (System.nanoTime() - t) / 1e9);
        // Repeat views: learners go back to what they did (a page again, a video again), up to the volume.
        long target = Math.round(FACTS * ((double) enrolmentCount / (TEACHERS * 6.0)));
        long viewedItems = 0;
        for (int f = 0; f < natural; f++) {
            if (kindOf(facts[f]) == K_VIEWED) {
                viewedItems++;
            }
        }
        double rate = Math.max(0, (double) (target - natural) / Math.max(1, viewedItems));
        SplittableRandom random = new SplittableRandom(seed * 31 + 5);
        for (int f = 0; f < natural; f++) {
            long fact = facts[f];
            if (kindOf(fact) != K_VIEWED) {
                continue;
            }
            // Poisson-distributed count with the rate as mean.
            int repeats = 0;
            double limit = Math.exp(-rate);
            double p = random.nextDouble();
            while (p > limit && repeats < 30) {
                repeats++;
                p *= random.nextDouble();
            }
            long from = timeOf(fact) + 1;
            long until = Math.min(now, from + 60L * 86_400);
            int e = enrolmentOf(fact);
            for (int r = 0; r < repeats && until > from; r++) {
                long repeat = pack(from + (long) (random.nextDouble() * (until - from)), e, itemOf(fact), K_VIEWED, 0);
                addFact(repeat);
                if (instantOf(repeat) > instantOf(lastFact[e])) {
                    lastFact[e] = repeat;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Repeat views: %,d (%.2f per viewed item) for %,d facts in all%n",
                factCount - natural, rate, factCount);
        long loadStart = System.nanoTime();
        load("item_progress", "user_id, course_id, module_id, item_id, completed_at", loadStart);
        loadStart = System.nanoTime();
        load("module_progress", "user_id, course_id, module_id, items_done, items_required, @completed_at", loadStart,
                "completed_at = NULLIF(@completed_at, '\\\\N')");
        loadStart = System.nanoTime();
        try (Tsv courseProgress = new Tsv("course_progress")) {
            for (int e = 0; e < enrolmentCount; e++) {
                if (lastFact[e] < 0) {
                    continue;
                }
                CourseModel course = courses[enrolCourse[e]];
                boolean complete = completedAt[e] >= 0;
                courseProgress.row(enrolUser[e] + 1, course.id, itemsDone[e], course.itemsRequired, modulesDone[e],
                        course.modulesRequired, complete ? 1 : 0, complete ? at(completedAt[e]) : null,
                        at(lastFact[e]), 1);
            }
        }
        load("course_progress", "user_id, course_id, items_done, items_required, modules_done, modules_required, complete, @completed_at, last_activity_at, course_version",
                loadStart, "completed_at = NULLIF(@completed_at, '\\\\N')");
        // The facts, ids in the order they happened.
        long sortStart = System.nanoTime();
        Arrays.sort(facts, 0, factCount);
        System.out.printf(Locale.ROOT, "Sorted %,d facts by time in %.1f s%n", factCount, (System.nanoTime() - sortStart) / 1e9);
        int chunk = 2_000_000;
        long factStart = System.nanoTime();
        for (int from = 0; from < factCount; from += chunk) {
            long partStart = System.nanoTime();
            int to = Math.min(factCount, from + chunk);
            try (Tsv out = new Tsv("completion_fact")) {
                for (int f = from; f < to; f++) {
                    long fact = facts[f];
                    int e = enrolmentOf(fact);
                    CourseModel course = courses[enrolCourse[e]];
                    int kind = kindOf(fact);
                    out.row(f + 1, enrolUser[e] + 1, course.id, course.items[itemOf(fact)].id, KIND[kind],
                            kind == K_SUBMITTED || kind == K_PASSED ? scoreOf(fact) : null, SOURCE[kind], 1, at(fact));
                }
            }
            load("completion_fact", "id, user_id, course_id, item_id, kind, @score, source, course_version, occurred_at",
                    partStart, "score = NULLIF(@score, '\\\\N')");
            System.out.printf(Locale.ROOT, "  completion_fact: %,d of %,d (%.0f s)%n", to, factCount,
                    (System.nanoTime() - factStart) / 1e9);
        }
        facts = null;
    }

    static int firstUndone(long[] doneTime, int n) {
        for (int i = 0; i < n; i++) {
            if (doneTime[i] < 0) {
                return i;
            }
        }
        return n;
    }

    int sessionIndex(int slot, int hub, int date) {
        return (slot * HUB_AIMAG.length + hub) * sessionDates.length + date;
    }

    /**
     * A learner who reached a workshop item at {@code time} signs up for the next workshop at their
     * hub and goes (nine in ten; the others are marked absent and go to the one after). Returns when
     * their attendance was recorded, or -1 when the workshop is still to come ({@code onlySignUp}:
     * the learner stops there anyway).
     */
    long session(int e, Item item, long time, SplittableRandom random, boolean onlySignUp) {
        int hub = regions.get(teacherRegion[enrolUser[e]]).hub();
        long user = enrolUser[e] + 1;
        int d = 0;
        while (d < sessionDates.length && sessionDates[d] < time + 86_400) {
            d++;
        }
        for (int tries = 0; tries < 3 && d < sessionDates.length; tries++, d++) {
            int index = sessionIndex(item.sessionSlot, hub, d);
            long sessionId = sessionIdBase + index;
            long signedUp = Math.min(now - 60, Math.max(time, sessionDates[d] - 13L * 86_400) + random.nextInt(86_400));
            signups.append(sessionId).append('\t').append(user).append("\tCONFIRMED\t").append(ts(signedUp)).append('\n');
            sessionCount[index]++;
            long ends = sessionDates[d] + 3 * 3600;
            if (ends > now) {
                return -1;
            }
            boolean present = !onlySignUp && random.nextInt(10) < 9;
            if (present) {
                boolean late = random.nextInt(10) == 0;
                long recorded = sessionDates[d] + (late ? 1200 + random.nextInt(1800) : random.nextInt(900));
                lastCheckin = random.nextInt(10) < 7;
                attendance.append(sessionId).append('\t').append(user).append('\t').append(late ? "LATE" : "PRESENT")
                        .append('\t').append(lastCheckin ? "CHECK_IN" : "MANUAL").append('\t')
                        .append(lastCheckin ? "\\N" : Long.toString(regionCoordinatorId[0])).append('\t')
                        .append(ts(recorded)).append('\n');
                return recorded;
            }
            attendance.append(sessionId).append('\t').append(user).append("\tABSENT\tMANUAL\t")
                    .append(regionCoordinatorId[0]).append('\t').append(ts(ends)).append('\n');
            if (onlySignUp) {
                return -1;
            }
        }
        return -1;
    }

    void sessions() throws Exception {
        long t = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed * 31 + 6);
        long created = windowStart - 7L * 86_400;
        try (Tsv out = new Tsv("f2f_session")) {
            for (int slot = 0; slot < sessionSlots; slot++) {
                for (int hub = 0; hub < HUB_AIMAG.length; hub++) {
                    String place = HUB_AIMAG[hub] + (hub == 0 ? " хотын" : " аймгийн") + " Боловсролын газар, хурлын танхим";
                    for (int d = 0; d < sessionDates.length; d++) {
                        int index = sessionIndex(slot, hub, d);
                        int capacity = Math.max(40, (sessionCount[index] + 9) / 10 * 10);
                        byte[] secret = new byte[32];
                        random.nextBytes(secret);
                        StringBuilder hex = new StringBuilder();
                        for (byte b : secret) {
                            hex.append(String.format("%02x", b));
                        }
                        out.row(sessionIdBase + index, sessionCourseId[slot], sessionItemId[slot], null,
                                "Танхимын семинар — " + HUB_AIMAG[hub], ts(sessionDates[d]), ts(sessionDates[d] + 3 * 3600),
                                place, capacity, regionCoordinatorId[0], hex, coordinatorId, ts(created));
                    }
                }
            }
        }
        load("f2f_session", "id, course_id, item_id, @cohort_id, title, starts_at, ends_at, place, capacity, facilitator_id, @secret, created_by, created_at",
                t, "cohort_id = NULLIF(@cohort_id, '\\\\N'), checkin_secret = UNHEX(@secret)");
        t = System.nanoTime();
        Files.writeString(tsv.resolve("session_signup.tsv"), signups, StandardCharsets.UTF_8);
        load("session_signup", "session_id, user_id, state, signed_up_at", t);
        t = System.nanoTime();
        Files.writeString(tsv.resolve("attendance.tsv"), attendance, StandardCharsets.UTF_8);
        load("attendance", "session_id, user_id, status, method, @recorded_by, recorded_at", t,
                "recorded_by = NULLIF(@recorded_by, '\\\\N')");
    }

    // =====================================================================================
    // TSV and loading
    // =====================================================================================

    static final java.time.format.DateTimeFormatter TS = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A plain time (whole seconds). */
    static String ts(long epochSecond) {
        return TS.format(Instant.ofEpochSecond(epochSecond));
    }

    /** A packed fact's occurred_at with its microseconds. */
    String at(long fact) {
        return ts(timeOf(fact)) + String.format(Locale.ROOT, ".%06d", micros(fact));
    }

    final class Tsv implements AutoCloseable {
        final BufferedWriter out;
        final StringBuilder line = new StringBuilder(256);

        Tsv(String table) throws IOException {
            out = Files.newBufferedWriter(tsv.resolve(table + ".tsv"), StandardCharsets.UTF_8);
        }

        void row(Object... values) throws IOException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    line.append("\\N");
                } else {
                    String s = v.toString();
                    for (int c = 0; c < s.length(); c++) {
                        char ch = s.charAt(c);
                        switch (ch) {
                            case '\t' -> line.append("\\t");
                            case '\n' -> line.append("\\n");
                            case '\\' -> line.append("\\\\");
                            default -> line.append(ch);
                        }
                    }
                }
            }
            line.append('\n');
            out.append(line);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    void load(String table, String columns, long started, String... set) throws SQLException, IOException {
        Path file = tsv.resolve(table + ".tsv");
        String sql = "LOAD DATA LOCAL INFILE '" + file.toAbsolutePath().toString().replace("'", "''")
                + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                + " LINES TERMINATED BY '\\n' (" + columns + ")" + (set.length == 0 ? "" : " SET " + String.join(", ", set));
        long loadStart = System.nanoTime();
        long rows;
        try (Statement s = db.createStatement()) {
            rows = s.executeLargeUpdate(sql);
            try (ResultSet warnings = s.executeQuery("SHOW COUNT(*) WARNINGS")) {
                warnings.next();
                if (warnings.getLong(1) > 0) {
                    try (ResultSet w = s.executeQuery("SHOW WARNINGS LIMIT 5")) {
                        StringBuilder text = new StringBuilder();
                        while (w.next()) {
                            text.append("\n  ").append(w.getString(3));
                        }
                        throw new IllegalStateException("Loading " + table + " gave warnings:" + text);
                    }
                }
            }
        }
        Files.delete(file);
        System.out.printf(Locale.ROOT, "%-16s %,12d rows  %7.1f s (load %.1f s)%n", table, rows,
                (System.nanoTime() - started) / 1e9, (System.nanoTime() - loadStart) / 1e9);
    }
}

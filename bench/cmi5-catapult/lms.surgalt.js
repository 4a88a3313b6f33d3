// Surgalt as the LMS of CATAPULT's LMS test suite: the suite's LMS script interface (lts/lib/lms.template.js),
// implemented over Surgalt's API. run-suite.sh copies it to lts/lib/lms.custom.js. Needs Surgalt running
// with its demo accounts (./run) at SURGALT_URL, and an LRS client (SURGALT_LRS_KEY / SURGALT_LRS_SECRET,
// site-wide, read) for the suite's statement checks. Imports as author@demo, approves as admin@demo,
// enrols the coordinator's cohort (teacher.en@demo is in it) and launches as teacher.en@demo.
const Wreck = require("@hapi/wreck"),
    {InvalidPackageError} = require("./errors");

const BASE = process.env.SURGALT_URL || "http://localhost:8080";
const PASSWORD = process.env.SURGALT_DEMO_PASSWORD || "surgalt-demo-2026";
const sessions = {};
const launches = {};

const cookieOf = (res, name) => {
    const all = [].concat(res.headers["set-cookie"] || []);
    for (const c of all) {
        const m = c.match(new RegExp(`^${name}=([^;]*)`));
        if (m) {
            return m[1];
        }
    }
    return null;
};

const signIn = async (email) => {
    const page = await Wreck.request("GET", `${BASE}/login`, {headers: {accept: "text/html"}});
    await Wreck.read(page);
    const csrf = cookieOf(page, "surgalt-csrf");
    const form = `email=${encodeURIComponent(email)}&password=${encodeURIComponent(PASSWORD)}&_csrf=${csrf}`;
    const res = await Wreck.request("POST", `${BASE}/j_security_check?_csrf=${csrf}`, {
        payload: form,
        headers: {"content-type": "application/x-www-form-urlencoded", cookie: `surgalt-csrf=${csrf}`}
    });
    await Wreck.read(res);
    const session = cookieOf(res, "surgalt-session");
    if (! session) {
        throw new Error(`could not sign in ${email}: ${res.statusCode}`);
    }
    return {cookie: `surgalt-session=${session}; surgalt-csrf=${csrf}`, csrf};
};

const call = async (who, method, path, {json, body, type, redirects = 0} = {}) => {
    const headers = {cookie: who.cookie, "x-csrf-token": who.csrf, accept: "application/json"};
    let payload = body;
    if (json !== undefined) {
        headers["content-type"] = "application/json";
        payload = JSON.stringify(json);
    }
    else if (type) {
        headers["content-type"] = type;
    }
    const res = await Wreck.request(method, `${BASE}${path}`, {payload, headers, redirects});
    const raw = await Wreck.read(res);
    let parsed = null;
    try {
        parsed = raw.length ? JSON.parse(raw.toString()) : null;
    }
    catch (ex) {
        parsed = raw.toString();
    }
    return {status: res.statusCode, body: parsed, headers: res.headers};
};

const expect = (res, ...statuses) => {
    if (! statuses.includes(res.status)) {
        throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return res.body;
};

const readAll = (stream) => new Promise((resolve, reject) => {
    const parts = [];
    stream.on("data", (d) => parts.push(d));
    stream.on("end", () => resolve(Buffer.concat(parts)));
    stream.on("error", reject);
});

const upload = async (who, bytes, filename) => {
    const meta = `filename ${Buffer.from(filename).toString("base64")},filetype ${Buffer.from("application/zip").toString("base64")},kind ${Buffer.from("package").toString("base64")}`;
    let res = await Wreck.request("POST", `${BASE}/api/uploads`, {headers: {
        cookie: who.cookie, "x-csrf-token": who.csrf, "tus-resumable": "1.0.0",
        "upload-length": String(bytes.length), "upload-metadata": meta}});
    await Wreck.read(res);
    if (res.statusCode !== 201) {
        throw new Error(`upload refused: ${res.statusCode}`);
    }
    const id = res.headers.location.replace(/.*\//, "");
    res = await Wreck.request("PATCH", `${BASE}/api/uploads/${id}`, {payload: bytes, headers: {
        cookie: who.cookie, "x-csrf-token": who.csrf, "tus-resumable": "1.0.0", "upload-offset": "0",
        "content-type": "application/offset+octet-stream"}});
    await Wreck.read(res);
    for (let i = 0; i < 120; i++) {
        const status = await call(who, "GET", `/api/uploads/${id}`);
        const state = status.body && status.body.processing;
        if (state && ["ready", "rejected"].includes(String(state).toLowerCase())) {
            return id;
        }
        await new Promise((r) => setTimeout(r, 500));
    }
    return id;
};

module.exports = {
    setup: async () => {
        sessions.author = await signIn("author@demo.surgalt.mn");
        sessions.admin = await signIn("admin@demo.surgalt.mn");
        sessions.coordinator = await signIn("coordinator@demo.surgalt.mn");
        sessions.learner = await signIn("teacher.en@demo.surgalt.mn");
    },

    teardown: async () => {},

    getLrsEndpoint: () => `${BASE}/xapi/`,

    getLrsAuthHeader: () => "Basic " + Buffer.from(`${process.env.SURGALT_LRS_KEY}:${process.env.SURGALT_LRS_SECRET}`).toString("base64"),

    importCourse: async (stream, contentType, filename) => {
        const bytes = await readAll(stream);
        let res;
        if (contentType === "application/zip" || filename.endsWith(".zip")) {
            const id = await upload(sessions.author, bytes, filename);
            res = await call(sessions.author, "POST", "/api/cmi5/imports", {json: {upload: id}});
        }
        else {
            res = await call(sessions.author, "POST", "/api/cmi5/imports", {body: bytes, type: contentType === "text/xml" ? "application/xml" : contentType});
        }
        if (res.status === 400 || res.status === 415) {
            throw new InvalidPackageError(JSON.stringify(res.body));
        }
        const imported = expect(res, 201);
        // Publish (review by the admin), and enrol the coordinator's cohort (the learner is in it).
        expect(await call(sessions.author, "POST", `/api/courses/${imported.courseId}/review`, {json: {}}), 200);
        expect(await call(sessions.admin, "POST", `/api/courses/${imported.courseId}/review/approvals`, {json: {}}), 200);
        expect(await call(sessions.author, "POST", `/api/courses/${imported.courseId}/versions`, {json: {}}), 201);
        const cohorts = expect(await call(sessions.coordinator, "GET", "/api/cohorts"), 200);
        const cohort = (cohorts.items || cohorts)[0];
        expect(await call(sessions.coordinator, "POST", `/api/cohorts/${cohort.id}/courses`, {json: {course: imported.code}}), 200);
        const detail = expect(await call(sessions.author, "GET", `/api/courses/${imported.courseId}`), 200);
        const items = [].concat(...detail.modules.map((m) => m.items.map((i) => i.id)));
        return {id: imported.courseId, code: imported.code, items};
    },

    getLaunchUrl: async (course, auIndex, actor, {registration, launchMode} = {}) => {
        const item = course.items[auIndex];
        const mode = launchMode ? `?mode=${launchMode.toLowerCase()}` : "";
        const res = await call(sessions.learner, "GET", `/courses/${course.code}/cmi5/${item}/launch${mode}`);
        expect(res, 303);
        const url = res.headers.location;
        const reg = new URL(url).searchParams.get("registration");
        const learner = JSON.parse(new URL(url).searchParams.get("actor")).account.name;
        launches[reg] = {course, learner};
        launches.last = {course, item, mode};
        return url;
    },

    cleanup: async () => {},

    hasWaive: () => true,

    waiveAU: async (registration, auIndex, reason) => {
        const {course, learner} = launches[registration];
        expect(await call(sessions.author, "POST", `/api/courses/${course.id}/cmi5/${course.items[auIndex]}/waivers`,
            {json: {learner: Number(learner), reason}}), 204);
    },

    // Surgalt abandons a session when the next launch in its registration starts (cmi5 9.3.6).
    hasAbandon: () => true,

    abandonSession: async () => {
        const {course, item} = launches.last;
        expect(await call(sessions.learner, "GET", `/courses/${course.code}/cmi5/${item}/launch`), 303);
    }
};

module.exports = {
    launch: {
        headless: true,
        executablePath: "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--headless"]
    }
};

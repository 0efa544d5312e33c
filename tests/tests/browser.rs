//! Browser tests in a real browser: Debian's Chromium, driven through
//! chromedriver with fantoccini, against the real router on a loopback port.
//! One idea goes from a resident's form through judging to the public
//! winners page and on to its implementation in the open (a project with
//! milestones, an update emailed to a follower, an anonymous resident's
//! answer read by the organizer); posters print on one page with a QR code
//! that leads to the challenge; and axe-core checks the accessibility of
//! every page on the way.
//!
//! Needs `chromium`, `chromium-driver` and `npm ci` in `tests/browser/`, so it
//! is `#[ignore]`d in the default run: `cargo test -p plaza-tests --test
//! browser -- --ignored` (as `.ci/run` does). A missing piece fails the test
//! and says how to install it.

use std::collections::{HashSet, VecDeque};
use std::net::SocketAddr;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use plaza_core::ChallengeRole;
use plaza_tests::{PUBLIC_URL, TestApp, link_in, write_ideas_bundle};
use serde_json::{Value, json};

/// The longest wait for a page, an element or chromedriver.
const WAIT: Duration = Duration::from_secs(20);
const CHALLENGE: &str = "/challenges/park-ideas";
const WEATHER: &str = "/challenges/noaa-daily-weather";
const INSTALL: &str = "apt-get update && apt-get install -y chromium chromium-driver (as .ci/run does)";

/// How Chromium runs here: as root without a sandbox, and with none of its
/// own network traffic (the machine's network is closed).
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
];

fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

/// axe-core's script, installed by `npm ci` in `tests/browser/`.
fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("browser/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!("axe-core is missing ({}: {err}): run `npm ci` in tests/browser/ (as .ci/run does)", path.display())
    })
}

/// chromedriver on a free loopback port. Dropping it (also when the test
/// panics) kills its process group: chromedriver and every Chromium it started.
struct Chromedriver {
    child: Child,
    url: String,
    chromium: PathBuf,
    profiles: tempfile::TempDir,
}

impl Chromedriver {
    async fn start() -> Self {
        let driver = find_program("chromedriver").unwrap_or_else(|| panic!("chromedriver is not on PATH: {INSTALL}"));
        let chromium = find_program("chromium").unwrap_or_else(|| panic!("chromium is not on PATH: {INSTALL}"));
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free loopback port")
            .port();
        let profiles = tempfile::tempdir().expect("temp dir for browser profiles");
        let child = Command::new(&driver)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", profiles.path().join("chromedriver.log").display()))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {}: {err}", driver.display()));
        let mut this = Self { child, url: format!("http://127.0.0.1:{port}"), chromium, profiles };
        let http = reqwest::Client::new();
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = this.child.try_wait().expect("chromedriver's status") {
                panic!("chromedriver exited at start ({status}):\n{}", this.log());
            }
            if let Ok(response) = http.get(format!("{}/status", this.url)).send().await
                && let Ok(body) = response.json::<Value>().await
                && body["value"]["ready"] == json!(true)
            {
                return this;
            }
            assert!(Instant::now() < deadline, "chromedriver did not answer on {} within {WAIT:?}", this.url);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log(&self) -> String {
        let text = std::fs::read_to_string(self.profiles.path().join("chromedriver.log")).unwrap_or_default();
        let start = text.len().saturating_sub(3000);
        text.get(start..).unwrap_or_default().to_owned()
    }

    /// A new Chromium with its own empty profile: a person on their own computer.
    async fn browser(&self, who: &str, site: &str) -> Browser {
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|f| (*f).to_owned()).collect();
        args.push(format!("--user-data-dir={}", self.profiles.path().join(who).display()));
        let capabilities =
            json!({ "browserName": "chrome", "goog:chromeOptions": { "binary": self.chromium, "args": args } });
        let Value::Object(capabilities) = capabilities else { unreachable!("a JSON object") };
        // Both ring and aws-lc-rs are in the tree, so rustls cannot pick one itself.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = ClientBuilder::rustls()
            .expect("rustls connector")
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .unwrap_or_else(|err| {
                panic!("chromedriver could not start {}: {err}\n{}", self.chromium.display(), self.log())
            });
        Browser { client, site: site.to_owned(), who: who.to_owned() }
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).stderr(Stdio::null()).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One accessibility problem that axe found on a page.
struct Violation {
    id: String,
    impact: String,
    help: String,
    targets: Vec<String>,
}

/// Each page checked, with what axe found there.
type Report = Vec<(String, Vec<Violation>)>;

/// Runs axe on the current page; returns its violations (all impacts).
const RUN_AXE: &str = "return axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ \
    id: v.id, impact: v.impact || 'none', help: v.help, \
    targets: v.nodes.map(n => n.target.map(t => typeof t === 'string' ? t : JSON.stringify(t)).join(' ')) })));";

/// The links of the current page, as written in their `href`.
const LINKS: &str = "return Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'));";

/// How much wider than the window the page is, in CSS pixels (WCAG 1.4.10
/// Reflow: a page fits a 320-pixel-wide screen without sideways scrolling;
/// tables scroll inside their own box, which does not widen the page).
const OVERFLOW: &str = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";

/// Window sizes every crawled page is checked at: a desktop and a phone.
const SIZES: [(&str, u32, u32); 2] = [("desktop", 1280, 900), ("phone", 360, 800)];

/// The most pages one person's crawl opens (each kind of page once).
const MAX_CRAWL: usize = 120;

/// The site path a link opens, if a crawl should open it: same site, a page
/// rather than a file, and nothing a visit would use up.
fn crawlable(href: &str, site: &str) -> Option<String> {
    let href = href.strip_prefix(site).or_else(|| href.strip_prefix(PUBLIC_URL)).unwrap_or(href);
    let href = href.split('#').next().unwrap_or_default();
    if !href.starts_with('/') || href.starts_with("//") {
        return None;
    }
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    // The language switch: each crawl stays in its own language.
    if query.split('&').any(|pair| pair.starts_with("lang=")) {
        return None;
    }
    let file = [".csv", ".json", ".zip", ".atom", ".css", ".svg", ".png", ".wasm", "/download", "/file"];
    let machinery = ["/auth/", "/api/", "/static/", "/sign-in/link", "/files/"];
    if file.iter().any(|end| path.ends_with(end)) || machinery.iter().any(|part| path.contains(part)) {
        return None;
    }
    Some(href.to_owned())
}

/// The kind of page a path opens: ids in the path and values in the query
/// do not change the page's shape, so `/ideas/7` and `/ideas/8` are one kind.
fn page_kind(href: &str) -> String {
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    let segments: Vec<&str> =
        path.split('/').map(|s| if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) { "N" } else { s }).collect();
    let mut keys: Vec<&str> =
        query.split('&').filter(|p| !p.is_empty()).map(|p| p.split('=').next().unwrap_or(p)).collect();
    keys.sort_unstable();
    keys.dedup();
    format!("{}?{}", segments.join("/"), keys.join("&"))
}

/// A browser window and the person in front of it.
struct Browser {
    client: Client,
    site: String,
    who: String,
}

impl Browser {
    async fn goto(&self, path: &str) {
        let url = format!("{}{path}", self.site);
        self.client.goto(&url).await.unwrap_or_else(|err| panic!("{}: open {url}: {err}", self.who));
    }

    /// The path and query of the current page.
    async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current URL");
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    }

    async fn text(&self) -> String {
        let text = self.client.execute("return document.body ? document.body.innerText : '';", vec![]).await;
        text.ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    async fn html(&self) -> String {
        self.client.source().await.expect("page source")
    }

    /// Waits until the page shows `text`; returns the page's text.
    async fn wait_for_text(&self, text: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let shown = self.text().await;
            if shown.contains(text) {
                return shown;
            }
            if Instant::now() > deadline {
                panic!(
                    "{}: “{text}” did not appear on {} within {WAIT:?}; the page says:\n{shown}",
                    self.who,
                    self.path().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn find(&self, locator: Locator<'_>) -> Element {
        match self.client.wait().at_most(WAIT).every(Duration::from_millis(50)).for_element(locator).await {
            Ok(element) => element,
            Err(err) => panic!(
                "{}: no {locator:?} on {} ({err}); the page says:\n{}",
                self.who,
                self.path().await,
                self.text().await
            ),
        }
    }

    /// Types `value` into the field with this id, replacing what was there.
    async fn fill(&self, id: &str, value: &str) {
        let field = self.find(Locator::Id(id)).await;
        field.clear().await.unwrap_or_else(|err| panic!("{}: clear #{id}: {err}", self.who));
        field.send_keys(value).await.unwrap_or_else(|err| panic!("{}: type into #{id}: {err}", self.who));
    }

    async fn click(&self, locator: Locator<'_>) {
        let element = self.find(locator).await;
        element.click().await.unwrap_or_else(|err| panic!("{}: click {locator:?}: {err}", self.who));
    }

    /// Presses the button with this text.
    async fn press(&self, label: &str) {
        self.click(Locator::XPath(&format!("//button[normalize-space()='{label}']"))).await;
    }

    /// Signs in through the email link, creating the account on first use.
    /// With `axe`, the sign-up form (shown to a new address) is checked too.
    async fn sign_in(&self, app: &TestApp, email: &str, name: &str, mut axe: Option<(&str, &mut Report)>) {
        self.goto("/sign-in").await;
        self.fill("email", email).await;
        self.press("Email me a sign-in link").await;
        self.wait_for_text("Check your email").await;
        if let Some((axe, report)) = &mut axe {
            self.axe(axe, "check your email (with the code forms)", report).await;
        }
        let mail = app.last_email_to(email).await.unwrap_or_else(|| panic!("no sign-in email to {email}"));
        let link = link_in(&mail.text, &format!("{PUBLIC_URL}/sign-in/link"))
            .unwrap_or_else(|| panic!("no sign-in link in:\n{}", mail.text));
        // `link_in` drops the site's public address; the page opens on the test server instead.
        self.goto(&link).await;
        if self.path().await == "/sign-up" {
            self.wait_for_text("Create your account").await;
            if let Some((axe, report)) = axe {
                self.axe(axe, "sign-up", report).await;
            }
            self.fill("display_name", name).await;
            self.click(Locator::Id("terms")).await;
            self.press("Create my account").await;
        }
        self.find(Locator::XPath("//button[normalize-space()='Sign out']")).await;
        assert!(self.text().await.contains(name), "{} is not signed in as {name}:\n{}", self.who, self.text().await);
    }

    /// Runs axe-core on the current page and records what it found.
    async fn axe(&self, axe: &str, page: &str, report: &mut Report) {
        self.client.execute(axe, vec![]).await.unwrap_or_else(|err| panic!("inject axe-core on {page}: {err}"));
        let found = self.client.execute(RUN_AXE, vec![]).await.unwrap_or_else(|err| panic!("axe.run on {page}: {err}"));
        let field = |v: &Value, key: &str| v[key].as_str().unwrap_or_default().to_owned();
        let violations = found
            .as_array()
            .unwrap_or_else(|| panic!("axe.run on {page} returned {found}"))
            .iter()
            .map(|v| Violation {
                id: field(v, "id"),
                impact: field(v, "impact"),
                help: field(v, "help"),
                targets: v["targets"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.as_str().map(str::to_owned))
                    .collect(),
            })
            .collect();
        report.push((format!("{page} ({})", self.path().await), violations));
    }

    /// Opens every page reachable by links from `start`, one page of each
    /// kind, and checks each at a desktop and a phone size: axe-core, and
    /// that the page fits the window without sideways scrolling. Returns the
    /// pages opened. Every page must be in `lang` (its `<html lang>`).
    async fn crawl(&self, axe: &str, role: &str, lang: &str, start: &[&str], report: &mut Report) -> Vec<String> {
        let mut queue: VecDeque<String> = start.iter().map(|s| (*s).to_owned()).collect();
        let mut seen: HashSet<String> = queue.iter().map(|href| page_kind(href)).collect();
        let mut opened = Vec::new();
        while let Some(href) = queue.pop_front() {
            if opened.len() >= MAX_CRAWL {
                break;
            }
            self.goto(&href).await;
            let shown = self.client.execute("return document.documentElement.lang;", vec![]).await.expect("lang");
            assert_eq!(shown, json!(lang), "{role}: {href} is not in the browser's language");
            for (size, width, height) in SIZES {
                self.client.set_window_size(width, height).await.expect("window size");
                self.axe(axe, &format!("{role}, {size}"), report).await;
                let wider = self.client.execute(OVERFLOW, vec![]).await.expect("page width");
                if wider.as_i64().unwrap_or(0) > 0 {
                    let last = report.last_mut().expect("the page just checked");
                    last.1.push(Violation {
                        id: "reflow".to_owned(),
                        impact: "serious".to_owned(),
                        help: format!("the page is {wider} px wider than a {width} px window"),
                        targets: vec!["html".to_owned()],
                    });
                }
            }
            opened.push(href);
            let links = self.client.execute(LINKS, vec![]).await.expect("the page's links");
            for link in links.as_array().into_iter().flatten().filter_map(Value::as_str) {
                if let Some(next) = crawlable(link, &self.site)
                    && seen.insert(page_kind(&next))
                {
                    queue.push_back(next);
                }
            }
        }
        let (_, width, height) = SIZES[0];
        self.client.set_window_size(width, height).await.expect("window size");
        opened
    }

    /// A PNG of the whole page for a person to look at (not compared).
    async fn screenshot(&self, name: &str) {
        // Grow the window until the viewport holds the whole page (the window is a little taller than its viewport).
        let mut window = 900;
        for _ in 0..3 {
            let sizes = "return [document.documentElement.scrollHeight, window.innerHeight];";
            let sizes = self.client.execute(sizes, vec![]).await.expect("page height");
            let (page, viewport) = (sizes[0].as_u64().unwrap_or(0), sizes[1].as_u64().unwrap_or(0));
            if page <= viewport {
                break;
            }
            window = (window + u32::try_from(page - viewport).unwrap_or(0)).min(8000);
            self.client.set_window_size(1280, window).await.expect("resize for screenshot");
        }
        let png = self.client.screenshot().await.expect("screenshot");
        self.client.set_window_size(1280, 900).await.expect("resize back");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/browser-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    async fn close(self) {
        self.client.close().await.unwrap_or_else(|err| panic!("{}: close the browser: {err}", self.who));
    }
}

/// Serves the app on a real loopback port; returns its address.
async fn serve(app: &TestApp) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a loopback port");
    let address = listener.local_addr().expect("local address");
    let service = app.router.clone().into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await });
    format!("http://{address}")
}

fn print_report(report: &Report) -> Vec<String> {
    let mut found = Vec::new();
    println!("axe-core results ({} pages):", report.len());
    for (page, violations) in report {
        if violations.is_empty() {
            println!("  {page}: no violations");
        }
        for v in violations {
            println!("  {page}: [{}] {}: {} at {}", v.impact, v.id, v.help, v.targets.join(", "));
            found.push(format!("{page}: [{}] {}: {} at {}", v.impact, v.id, v.help, v.targets.join(", ")));
        }
    }
    found
}

const RESIDENT: (&str, &str) = ("rosa.resident@example.org", "Rosa Resident");
const ORGANIZER: (&str, &str) = ("olga.organizer@example.org", "Olga Organizer");
const JUDGE: (&str, &str) = ("jules.judge@example.org", "Jules Judge");
const ADMIN: (&str, &str) = ("ada.admin@example.org", "Ada Admin");
const TITLE: &str = "Shade trees along the Riverside playground";
const FEEDBACK: &str = "A clear, affordable plan; say which trees and who waters them.";
const REASON: &str = "Cheap, quick to do, and every family at the playground gains from it.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium, chromium-driver and axe-core (npm ci in tests/browser): run with --ignored"]
async fn an_idea_goes_from_a_residents_form_to_the_winners_page_in_a_real_browser() {
    let started = Instant::now();
    let axe = axe_source();
    let driver = Chromedriver::start().await;
    let app = TestApp::empty().await;
    let bundle = tempfile::tempdir().expect("bundle dir");
    write_ideas_bundle(bundle.path(), "2027-12-31T00:00:00Z", 1);
    app.import(bundle.path()).await;
    let store = &app.env.store;
    let challenge = store.challenge_by_slug("park-ideas").await.expect("challenge query").expect("imported").id;
    let organizer = app.user(ORGANIZER.0, ORGANIZER.1).await;
    store.grant_role(challenge, organizer.id, ChallengeRole::Organizer).await.expect("organizer role");
    let judge = app.user(JUDGE.0, JUDGE.1).await;
    store.grant_role(challenge, judge.id, ChallengeRole::Judge).await.expect("judge role");
    // A coding challenge too, so that its pages are crawled for every role.
    app.import(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../challenges/noaa-daily-weather")).await;
    let weather = store.challenge_by_slug("noaa-daily-weather").await.expect("challenge query").expect("imported").id;
    store.grant_role(weather, organizer.id, ChallengeRole::Organizer).await.expect("organizer role");
    let admin = plaza_core::Email::parse(ADMIN.0).expect("admin email");
    store.create_user(&admin, ADMIN.1, true).await.expect("a site admin");
    let site = serve(&app).await;
    let mut report = Report::new();

    // A resident signs up, finds the challenge and sends an idea.
    let resident = driver.browser("resident", &site).await;
    resident.goto("/").await;
    resident.wait_for_text("Ideas for our parks").await;
    resident.axe(&axe, "home, signed out", &mut report).await;
    resident.goto("/sign-in").await;
    resident.axe(&axe, "sign-in", &mut report).await;
    resident.sign_in(&app, RESIDENT.0, RESIDENT.1, Some((&axe, &mut report))).await;
    resident.goto("/").await;
    resident.click(Locator::LinkText("Ideas for our parks")).await;
    resident.wait_for_text("Tell us what would make your park better.").await;
    resident.axe(&axe, "challenge", &mut report).await;
    resident.goto(&format!("{CHALLENGE}/tracks/ideas")).await;
    resident.wait_for_text("How ideas are judged").await;
    resident.axe(&axe, "ideas track", &mut report).await;
    resident.click(Locator::LinkText("Enter an idea")).await;
    resident.wait_for_text("Enter your idea").await;
    resident.axe(&axe, "idea form", &mut report).await;
    resident.screenshot("idea-form").await;
    resident.fill("title", TITLE).await;
    resident.fill("summary", "Plant shade trees on the south side of the Riverside playground.").await;
    resident.fill("problem", "In summer the playground has no shade after ten in the morning.").await;
    resident.fill("proposal", "Plant six fast-growing trees this autumn and water them for two summers.").await;
    resident.click(Locator::Id("q_area_1")).await;
    resident.press("Send my idea").await;
    resident.wait_for_text("Your idea has been sent").await;
    let idea_path = resident.path().await;
    assert!(idea_path.starts_with("/ideas/"), "the idea page is at {idea_path}");
    assert!(resident.text().await.contains(TITLE));
    resident.axe(&axe, "resident's idea page", &mut report).await;

    // The resident sends predictions on the coding challenge: the sample file.
    let sample = app.get(&format!("{WEATHER}/tracks/predict/sample.csv")).await;
    assert_eq!(sample.status, 200, "sample.csv: {}", sample.text());
    let folder = tempfile::tempdir().expect("a folder for the upload");
    let upload = folder.path().join("my-predictions.csv");
    std::fs::write(&upload, &sample.body).expect("write the predictions file");
    resident.goto(&format!("{WEATHER}/tracks/predict")).await;
    let file = resident.find(Locator::Id("file")).await;
    file.send_keys(&upload.display().to_string()).await.expect("choose the file");
    resident.press("Send for scoring").await;
    resident.wait_for_text("Entry 1: my-predictions.csv").await;
    let entry_path = resident.path().await;
    assert!(entry_path.starts_with("/submissions/"), "the entry's page is at {entry_path}");
    assert_eq!(app.run_scoring().await, 1, "the worker scores the entry");
    // Nobody reloads: the page's script was waiting for the result and shows it.
    resident.wait_for_text("Public score").await;
    assert!(resident.text().await.contains("Scored"));

    // The organizer opens judging.
    let organizer = driver.browser("organizer", &site).await;
    organizer.sign_in(&app, ORGANIZER.0, ORGANIZER.1, None).await;
    let dashboard = format!("{CHALLENGE}/manage/judging/ideas");
    organizer.goto(&dashboard).await;
    organizer.wait_for_text("Open and close judging").await;
    organizer.axe(&axe, "judging dashboard, before judging", &mut report).await;
    organizer.goto("/manage").await;
    organizer.wait_for_text("Challenges you manage").await;
    organizer.axe(&axe, "organizer home", &mut report).await;
    organizer.goto(&format!("{CHALLENGE}/manage")).await;
    organizer.wait_for_text("Download the challenge as a bundle").await;
    organizer.axe(&axe, "organizers and judges, with downloads", &mut report).await;
    organizer.goto(&format!("{CHALLENGE}/manage/details")).await;
    organizer.wait_for_text("Details and dates").await;
    organizer.axe(&axe, "details and dates", &mut report).await;
    // A refused save: the error summary takes the focus, so a screen reader reads it first.
    organizer.fill("title", "   ").await;
    organizer.press("Save the details").await;
    organizer.wait_for_text("Nothing was saved").await;
    let focused = organizer.client.execute("return document.activeElement.id;", vec![]).await.expect("focus");
    assert_eq!(focused, json!("error-summary"), "after a refused save the focus is on the error summary");
    organizer.axe(&axe, "details and dates, refused", &mut report).await;
    organizer.goto(&dashboard).await;
    organizer.wait_for_text("Open and close judging").await;
    organizer.press("Open judging").await;
    organizer.wait_for_text("Judging is open").await;

    // The judge declares conflicts, then scores the idea without learning who wrote it.
    let judge = driver.browser("judge", &site).await;
    judge.sign_in(&app, JUDGE.0, JUDGE.1, None).await;
    let blind = |html: String, page: &str| {
        for secret in [RESIDENT.0, RESIDENT.1] {
            assert!(!html.contains(secret), "the judge's {page} shows the resident's “{secret}”");
        }
    };
    judge.goto(&format!("{CHALLENGE}/judging")).await;
    judge.wait_for_text("Your conflicts of interest").await;
    assert_eq!(judge.path().await, format!("{CHALLENGE}/judging/conflicts"), "judges declare conflicts first");
    blind(judge.html().await, "conflicts page");
    judge.axe(&axe, "judge's conflicts page", &mut report).await;
    judge.fill("organizations", "Hilltop Chess Club").await;
    judge.press("Declare and continue").await;
    judge.wait_for_text("Your declaration is saved").await;
    judge.wait_for_text("0 of 1 scored").await;
    blind(judge.html().await, "queue");
    judge.axe(&axe, "judge's queue", &mut report).await;
    judge.click(Locator::LinkText("Score the next idea")).await;
    judge.wait_for_text("Your scores").await;
    assert!(judge.text().await.contains(TITLE), "the judge reads the idea");
    blind(judge.html().await, "scoring page");
    judge.axe(&axe, "judge's scoring page", &mut report).await;
    judge.screenshot("judge-scoring").await;
    judge.click(Locator::Id("score-0-4")).await;
    judge.click(Locator::Id("score-1-3")).await;
    judge.fill("feedback", FEEDBACK).await;
    judge.fill("private_note", "Strong idea.").await;
    judge.press("Save and go to the next idea").await;
    judge.wait_for_text("1 of 1 scored").await;
    assert_eq!(judge.path().await, format!("{CHALLENGE}/judging?notice=all-scored"), "nothing left: the queue");
    assert!(judge.text().await.contains("you have scored every idea given to you"), "and a thank-you");
    blind(judge.html().await, "queue after scoring");

    // The organizer closes judging; the challenge closes; a winner is picked and published.
    organizer.goto(&dashboard).await;
    organizer.press("Close judging").await;
    organizer.wait_for_text("Judging is closed").await;
    write_ideas_bundle(bundle.path(), "2026-06-01T00:00:00Z", 1);
    app.import(bundle.path()).await;
    organizer.goto(&dashboard).await;
    organizer.wait_for_text("Pick winners").await;
    organizer.find(Locator::Id("decision-idea")).await.select_by_label(TITLE).await.expect("choose the idea");
    organizer.click(Locator::Id("place-winner")).await;
    organizer.fill("decision-reason", REASON).await;
    organizer.press("Save the decision").await;
    organizer.wait_for_text("Your decision is saved").await;
    organizer.axe(&axe, "judging dashboard, with results", &mut report).await;
    organizer.click(Locator::LinkText("Publish the results")).await;
    let confirm = organizer.wait_for_text("Emails to entrants").await;
    assert!(confirm.contains(RESIDENT.0), "the confirmation page names who is emailed:\n{confirm}");
    organizer.axe(&axe, "publishing confirmation", &mut report).await;
    organizer.click(Locator::XPath("//button[starts-with(normalize-space(), 'Publish the results and send')]")).await;
    let winners = organizer.wait_for_text("Why the organizers chose it").await;
    assert_eq!(organizer.path().await, format!("{CHALLENGE}/winners"));
    assert!(winners.contains(TITLE) && winners.contains(REASON), "the winners page:\n{winners}");

    // The resident hears the judge's feedback by email and sees the winners page.
    let mail = app.last_email_to(RESIDENT.0).await.expect("a results email to the resident");
    assert!(mail.text.contains(FEEDBACK), "the judge's feedback is in the email:\n{}", mail.text);
    resident.goto(&format!("{CHALLENGE}/winners")).await;
    let public = resident.wait_for_text(REASON).await;
    assert!(public.contains(TITLE), "the public winners page:\n{public}");
    resident.axe(&axe, "winners page", &mut report).await;

    // The organizer carries the winning idea out in the open, and a resident answers back.
    // A project for the winning idea, in progress.
    organizer.goto(&format!("{CHALLENGE}/manage")).await;
    organizer.click(Locator::LinkText("Carrying out the winning ideas")).await;
    organizer.wait_for_text("Start a project").await;
    organizer.axe(&axe, "projects", &mut report).await;
    organizer.find(Locator::Id("winner")).await.select_by_label(TITLE).await.expect("choose the winning idea");
    organizer.fill("owner", "Parks Department").await;
    let in_progress = store
        .project_statuses(challenge)
        .await
        .expect("statuses")
        .into_iter()
        .find(|s| s.name == "In progress")
        .expect("the default list")
        .id;
    organizer.select("status_id", &in_progress.to_string()).await;
    organizer.press("Start the project").await;
    organizer.wait_for_text("In progress, 40% done.").await;

    // Two dated milestones.
    for (title, due) in [("Order the trees", "2027-03-01"), ("Plant the first 20 trees", "2027-05-01")] {
        organizer.fill("milestone_title", title).await;
        organizer.set_value("due_on", due).await;
        organizer.press("Add the milestone").await;
        organizer.wait_for_text(&format!("{title}, planned for")).await;
    }
    organizer.press(&format!("Mark as reached today: {}", "Order the trees")).await;
    organizer.wait_for_text("The milestone is marked as reached.").await;
    organizer.wait_for_text("In progress, 40% done. Next: Plant the first 20 trees (by 1 May 2027).").await;
    organizer.axe(&axe, "project", &mut report).await;

    // An update, emailed to a follower and the winning team.
    let fay = app.user("fay.follower@example.org", "Fay Follower").await;
    store.follow_challenge(challenge, fay.id).await.expect("follow");
    organizer.goto(&format!("{CHALLENGE}/manage/updates")).await;
    organizer.wait_for_text("Post an update").await;
    organizer.fill("title", "The first 20 trees are ordered").await;
    organizer.fill("body_md", "We ordered **20 oaks** for the playground. Planting starts in May.").await;
    organizer.press("Publish and email the update").await;
    organizer.wait_for_text("The update is published and is being emailed to").await;
    organizer.axe(&axe, "updates", &mut report).await;
    let mail = app.last_email_to("fay.follower@example.org").await.expect("the follower gets the update");
    assert!(mail.subject.contains("The first 20 trees are ordered"), "{}", mail.subject);
    let link = link_in(&mail.text, &format!("{PUBLIC_URL}/challenges/park-ideas/progress")).expect("a link to answer");

    // A resident without an account opens the link from the email, on a phone, and answers.
    let passer_by = driver.browser("resident without an account", &site).await;
    passer_by.client.set_window_size(360, 800).await.expect("a phone-sized window");
    passer_by.goto(&link).await;
    passer_by.wait_for_text("In progress, 40% done.").await;
    passer_by.axe(&axe, "progress, phone", &mut report).await;
    // The update's own form (each project has one too).
    let radio = passer_by.find(Locator::Css("article[id^='update-'] input[name='rating'][value='4']")).await;
    radio.click().await.expect("choose 4");
    let text = passer_by.find(Locator::Css("article[id^='update-'] textarea[name='text']")).await;
    text.send_keys("Yes! My kids need the shade.").await.expect("type");
    passer_by.press("Send my answer about The first 20 trees are ordered").await;
    passer_by.wait_for_text("Thank you: the organizers will read your answer.").await;
    passer_by.axe(&axe, "progress, answer sent", &mut report).await;
    passer_by.close().await;

    // The organizer reads it, summarized, and marks it read.
    organizer.goto(&format!("{CHALLENGE}/manage/updates")).await;
    organizer.wait_for_text("Yes! My kids need the shade.").await;
    organizer.wait_for_text("1 answer, 4.0 out of 5 on average; 1 not read yet.").await;
    organizer
        .find(Locator::XPath("//button[starts-with(normalize-space(), 'Mark as read')]"))
        .await
        .click()
        .await
        .expect("mark read");
    organizer.wait_for_text("0 not read yet").await;

    // The Atom feed parses as XML in the browser.
    organizer.goto(&format!("{CHALLENGE}/updates.atom")).await;
    let parsed = organizer
        .client
        .execute(
            "return fetch(location.href).then(r => r.text()).then(t => { const d = new DOMParser().parseFromString(t, 'application/xml'); return d.getElementsByTagName('parsererror').length === 0 && d.documentElement.namespaceURI === 'http://www.w3.org/2005/Atom' && d.getElementsByTagName('entry').length; });",
            vec![],
        )
        .await
        .expect("the feed");
    assert_eq!(parsed, json!(1), "one entry in a well-formed Atom feed");

    // Every page each person can reach by links, at a desktop and a phone size.
    let mut crawled = Vec::new();
    let resident_start = ["/", "/account", entry_path.as_str(), idea_path.as_str()];
    crawled.extend(resident.crawl(&axe, "resident", "en", &resident_start, &mut report).await);
    crawled.extend(judge.crawl(&axe, "judge", "en", &["/", &format!("{CHALLENGE}/judging")], &mut report).await);
    let organizer_start = ["/manage", &format!("{WEATHER}/manage")];
    crawled.extend(organizer.crawl(&axe, "organizer", "en", &organizer_start, &mut report).await);
    let admin = driver.browser("admin", &site).await;
    admin.sign_in(&app, ADMIN.0, ADMIN.1, None).await;
    crawled.extend(admin.crawl(&axe, "admin", "en", &["/admin", "/manage"], &mut report).await);
    let anonymous = driver.browser("anonymous", &site).await;
    crawled.extend(anonymous.crawl(&axe, "anonymous", "en", &["/", "/sign-in"], &mut report).await);
    // The same site in Spanish: the resident chooses it once with the switch
    // (remembered), and a visitor who picks it from the switch.
    resident.goto("/?lang=es").await;
    crawled.extend(resident.crawl(&axe, "resident, in Spanish", "es", &resident_start, &mut report).await);
    let visitor = driver.browser("visitor-es", &site).await;
    visitor.goto("/?lang=es").await;
    crawled.extend(visitor.crawl(&axe, "anonymous, in Spanish", "es", &["/", "/sign-in"], &mut report).await);
    // And the judge, the organizer and the admin, whose longer Spanish words
    // must fit a phone too.
    judge.goto("/?lang=es").await;
    let judge_start = ["/", &format!("{CHALLENGE}/judging")];
    crawled.extend(judge.crawl(&axe, "judge, in Spanish", "es", &judge_start, &mut report).await);
    organizer.goto("/?lang=es").await;
    crawled.extend(organizer.crawl(&axe, "organizer, in Spanish", "es", &organizer_start, &mut report).await);
    admin.goto("/?lang=es").await;
    crawled.extend(admin.crawl(&axe, "admin, in Spanish", "es", &["/admin", "/manage"], &mut report).await);
    for needed in ["/admin/import", "/leaderboard", "/manage/details", "/judging/ideas/", "/submissions/", "/terms"] {
        assert!(crawled.iter().any(|page| page.contains(needed)), "the crawl never reached a {needed} page");
    }

    for browser in [resident, organizer, judge, admin, anonymous, visitor] {
        browser.close().await;
    }
    drop(driver);
    let found = print_report(&report);
    println!("{} pages crawled; browser test took {:.1} s", crawled.len(), started.elapsed().as_secs_f64());
    assert!(found.is_empty(), "axe-core (or the reflow check) found problems:\n{}", found.join("\n"));
}

/// A Latin-1 file with semicolons, as a spreadsheet in Western Europe saves it.
fn latin1_riders_csv() -> Vec<u8> {
    let mut bytes = b"stop_id;quartier;riders;crowded\n".to_vec();
    for id in 1..=20 {
        let quartier: &[u8] = if id % 2 == 0 { b"Cit\xe9 du Nord" } else { b"H\xf4tel-de-Ville" };
        bytes.extend_from_slice(format!("{id};").as_bytes());
        bytes.extend_from_slice(quartier);
        bytes.extend_from_slice(format!(";{};{}\n", 100 + id * 7, id % 3 == 0).as_bytes());
    }
    bytes
}

/// Hidden answers for the riders track: every third stop crowded, or its opposite.
fn riders_answers(flipped: bool) -> String {
    let mut text = String::from("stop_id,crowded,Usage\n");
    for id in 1..=20 {
        let crowded = (id % 3 == 0) != flipped;
        let usage = if id % 2 == 0 { "Public" } else { "Private" };
        text.push_str(&format!("{id},{},{usage}\n", u8::from(crowded)));
    }
    text
}

impl Browser {
    /// Chooses `path` in the file field with this id.
    async fn choose_file(&self, id: &str, path: &Path) {
        let field = self.find(Locator::Id(id)).await;
        field
            .send_keys(&path.display().to_string())
            .await
            .unwrap_or_else(|err| panic!("{}: choose #{id}: {err}", self.who));
    }

    /// Sets a field's value directly (date-and-time fields ignore typing in headless Chromium).
    async fn set_value(&self, id: &str, value: &str) {
        self.find(Locator::Id(id)).await;
        let script = "document.getElementById(arguments[0]).value = arguments[1];";
        self.client.execute(script, vec![json!(id), json!(value)]).await.expect("set a field's value");
    }

    async fn select(&self, id: &str, value: &str) {
        let field = self.find(Locator::Id(id)).await;
        field.select_by_value(value).await.unwrap_or_else(|err| panic!("{}: choose {value} in #{id}: {err}", self.who));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium, chromium-driver and axe-core (npm ci in tests/browser): run with --ignored"]
async fn an_organizer_who_never_saw_a_bundle_runs_a_challenge_in_the_browser() {
    let axe = axe_source();
    let driver = Chromedriver::start().await;
    let app = TestApp::empty().await;
    let store = &app.env.store;
    let admin = plaza_core::Email::parse(ADMIN.0).expect("admin email");
    store.create_user(&admin, ADMIN.1, true).await.expect("a site admin");
    let site = serve(&app).await;
    let mut report = Report::new();
    let files = tempfile::tempdir().expect("a folder for the files");
    let file = |name: &str, bytes: &[u8]| {
        let path = files.path().join(name);
        std::fs::write(&path, bytes).expect("write a file to upload");
        path
    };
    const SLUG: &str = "crowded-buses";
    let manage = format!("/challenges/{SLUG}/manage");

    // The organizer has an account; a site admin allows them to create challenges.
    let organizer = driver.browser("organizer", &site).await;
    organizer.sign_in(&app, ORGANIZER.0, ORGANIZER.1, None).await;
    let admin = driver.browser("admin", &site).await;
    admin.sign_in(&app, ADMIN.0, ADMIN.1, None).await;
    admin.goto("/admin").await;
    admin.fill("creator-email", ORGANIZER.0).await;
    admin.press("Allow this person").await;
    admin.wait_for_text(ORGANIZER.0).await;
    admin.axe(&axe, "admin, a creator allowed", &mut report).await;

    // Step 1: the details, as a draft.
    organizer.goto("/manage").await;
    organizer.click(Locator::LinkText("Create a challenge")).await;
    organizer.wait_for_text("Create the draft challenge").await;
    organizer.axe(&axe, "create a challenge", &mut report).await;
    organizer.fill("title", "Which bus stops get crowded?").await;
    organizer.fill("slug", SLUG).await;
    organizer.fill("summary", "Help the transit office see which stops fill up, so buses come more often there.").await;
    organizer.fill("host", "Springfield Transit Office").await;
    organizer.fill("contact", "opendata@springfield.example").await;
    organizer.fill("description_md", "## The question\n\nWhich stops are crowded at rush hour?").await;
    organizer.fill("time_zone", "America/Chicago").await;
    let local = |days: i64| (chrono::Utc::now() + chrono::Duration::days(days)).format("%Y-%m-%dT%H:%M").to_string();
    organizer.set_value("opens_at", &local(-2)).await;
    organizer.set_value("closes_at", &local(60)).await;
    organizer.press("Create the draft challenge").await;
    organizer.wait_for_text("Add a dataset").await;
    assert_eq!(organizer.path().await, format!("{manage}/datasets"), "the next step is the data");
    assert_eq!(app.get(&format!("/challenges/{SLUG}")).await.status, 404, "a draft is hidden from everyone else");
    organizer.axe(&axe, "datasets of a draft", &mut report).await;

    // Step 2: a Latin-1 file with semicolons, described.
    organizer.choose_file("file", &file("riders.csv", &latin1_riders_csv())).await;
    organizer.press("Add the dataset").await;
    let added = organizer.wait_for_text("The file was added as a new dataset").await;
    assert!(added.contains("separated by semicolons"), "the separator is said:\n{added}");
    assert!(added.contains("Latin-1"), "the conversion is said:\n{added}");
    assert!(added.contains("Cité du Nord"), "the preview shows the letters converted:\n{added}");
    organizer.axe(&axe, "a new dataset", &mut report).await;
    organizer.select("license", "CC BY 4.0").await;
    organizer.fill("source", "Springfield Transit Office, automatic passenger counters, 2026").await;
    for (column, meaning) in
        ["The stop's number", "The neighbourhood", "Riders counted at 8 am", "Whether the bus was full"]
            .into_iter()
            .enumerate()
    {
        organizer.fill(&format!("columns-{column}-description"), meaning).await;
    }
    organizer.press("Save the description").await;
    organizer.wait_for_text("The description was saved").await;

    // Step 3: a predictions track with its hidden answers, and an ideas track.
    organizer.goto(&format!("{manage}/tracks")).await;
    organizer.axe(&axe, "tracks of a draft", &mut report).await;
    organizer.click(Locator::Id("kind-predictions")).await;
    organizer.press("Continue").await;
    organizer.wait_for_text("Add the track").await;
    organizer.axe(&axe, "add a predictions track", &mut report).await;
    organizer.fill("title", "Predict crowded stops").await;
    organizer.fill("slug", "predict").await;
    organizer.select("metric", "accuracy").await;
    organizer.select("id_column", "stop_id").await;
    organizer.select("target_column", "crowded").await;
    organizer.choose_file("answers", &file("answers.csv", riders_answers(false).as_bytes())).await;
    organizer.press("Add the track").await;
    organizer.wait_for_text("Predict crowded stops").await;
    organizer.goto(&format!("{manage}/tracks")).await;
    organizer.click(Locator::Id("kind-ideas")).await;
    organizer.press("Continue").await;
    organizer.wait_for_text("Add the track").await;
    organizer.fill("title", "Ideas for crowded stops").await;
    organizer.fill("slug", "ideas").await;
    organizer.fill("criteria", "Helps riders").await;
    organizer.fill("criterion_description", "How many riders get a seat or a shorter wait?").await;
    organizer.press("Add the track").await;
    organizer.wait_for_text("Ideas for crowded stops").await;
    organizer.axe(&axe, "an ideas track added", &mut report).await;

    // Step 5: review, then publish.
    organizer.goto(&format!("{manage}/review")).await;
    organizer.axe(&axe, "review and publish", &mut report).await;
    organizer.press("Publish the challenge").await;
    organizer.wait_for_text("Which stops are crowded at rush hour?").await;
    assert_eq!(organizer.path().await.split('?').next(), Some(format!("/challenges/{SLUG}").as_str()));
    assert_eq!(app.get(&format!("/challenges/{SLUG}")).await.status, 200, "published: everyone sees it");

    // A resident enters both tracks.
    let resident = driver.browser("resident", &site).await;
    resident.sign_in(&app, RESIDENT.0, RESIDENT.1, None).await;
    let sample = app.get(&format!("/challenges/{SLUG}/tracks/predict/sample.csv")).await;
    assert_eq!(sample.status, 200, "sample.csv of a browser-made track: {}", sample.text());
    resident.goto(&format!("/challenges/{SLUG}/tracks/predict")).await;
    resident.axe(&axe, "a browser-made predictions track", &mut report).await;
    resident.choose_file("file", &file("predictions.csv", &sample.body)).await;
    resident.press("Send for scoring").await;
    resident.wait_for_text("Entry 1: predictions.csv").await;
    let entry = resident.path().await;
    assert_eq!(app.run_scoring().await, 1, "the worker scores the entry");
    resident.goto(&entry).await;
    let before = resident.wait_for_text("Public score").await;
    resident.goto(&format!("/challenges/{SLUG}/tracks/ideas")).await;
    resident.click(Locator::LinkText("Enter an idea")).await;
    resident.wait_for_text("Enter your idea").await;
    resident.fill("title", "A second bus at the Cité du Nord stop").await;
    resident.fill("summary", "Send a second bus at rush hour to the stop that fills up first.").await;
    resident.fill("problem", "At eight in the morning the bus is full two stops before ours.").await;
    resident.fill("proposal", "Start one bus at the Cité du Nord stop at 7:45 on school days.").await;
    resident.press("Send my idea").await;
    resident.wait_for_text("Your idea has been sent").await;

    // The organizer corrects the answers; the entry is scored again.
    organizer.goto(&format!("{manage}/tracks/predict")).await;
    organizer.axe(&axe, "a track with entries", &mut report).await;
    organizer.choose_file("answers", &file("corrected.csv", riders_answers(true).as_bytes())).await;
    organizer.press("Check and replace the answers").await;
    organizer.wait_for_text("1 entry will be rescored").await;
    organizer.axe(&axe, "rescoring confirmation", &mut report).await;
    organizer.press("Replace and rescore 1 entry").await;
    organizer.wait_for_text("The hidden files were replaced").await;
    assert_eq!(app.run_scoring().await, 1, "the entry is scored again");
    resident.goto(&entry).await;
    let after = resident.wait_for_text("Public score").await;
    let score =
        |page: &str| page.lines().skip_while(|l| !l.contains("Public score")).nth(1).unwrap_or_default().to_owned();
    assert_ne!(score(&before), score(&after), "the score changed with the answers:\n{before}\n---\n{after}");

    for browser in [organizer, admin, resident] {
        browser.close().await;
    }
    drop(driver);
    let found = print_report(&report);
    assert!(found.is_empty(), "axe-core found problems:\n{}", found.join("\n"));
}

/// Pages in a PDF that Chromium printed.
fn pdf_pages(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).unwrap_or_else(|err| panic!("Chromium's PDF does not load: {err}")).get_pages().len()
}

/// The text of the QR code in a PNG screenshot.
fn decode_qr(png_bytes: &[u8]) -> String {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("a PNG screenshot");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("the PNG's pixels");
    let channels = info.color_type.samples();
    let (width, height) = (info.width as usize, info.height as usize);
    let grey = |x: usize, y: usize| {
        let at = (y * width + x) * channels;
        let sample = &pixels[at..at + channels.min(3)];
        (sample.iter().map(|v| u32::from(*v)).sum::<u32>() / sample.len() as u32) as u8
    };
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, grey);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the poster's picture");
    grids[0].decode().unwrap_or_else(|err| panic!("the QR code does not decode: {err:?}")).1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium, chromium-driver and axe-core (npm ci in tests/browser): run with --ignored"]
async fn a_poster_prints_on_one_page_and_its_qr_code_leads_to_the_challenge() {
    use fantoccini::wd::{PrintConfiguration, PrintSize};
    let axe = axe_source();
    let driver = Chromedriver::start().await;
    let app = TestApp::empty().await;
    app.import(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../challenges/noaa-daily-weather")).await;
    let store = &app.env.store;
    let weather = store.challenge_by_slug("noaa-daily-weather").await.expect("challenge query").expect("imported");
    // The longest ways in an organizer may set, so that the poster is as full as it gets.
    let outreach = plaza_core::outreach::Outreach {
        phone: "+1 (312) 555-0100 extension 4411, ask for the open data team".into(),
        phone_hours: "Monday to Friday, 9 am to 5 pm; Saturdays 10 am to 1 pm, except on public holidays".into(),
        drop_off_address: "City Hall, Room 100\n121 N LaSalle St\nChicago, IL 60602".into(),
        drop_off_hours: "Weekdays 8:30 am to 4:30 pm".into(),
        partner_location: "Harold Washington Library Center, 400 S State St\nAsk at the information desk, 3rd floor"
            .into(),
        paper: plaza_core::outreach::Paper::A4,
    };
    store.save_outreach(weather.id, &outreach).await.expect("ways in");
    let site = serve(&app).await;
    let mut report = Report::new();
    let resident = driver.browser("resident", &site).await;

    // The challenge's page shows the ways in and links to the poster.
    resident.goto(WEATHER).await;
    resident.wait_for_text("No computer? You can still take part").await;
    resident.click(Locator::LinkText("Print a poster about this challenge")).await;
    resident.wait_for_text("Take part online").await;
    resident.axe(&axe, "poster", &mut report).await;

    // One page on A4 and on US Letter, as Chromium prints it.
    for (paper, size) in [("a4", PrintSize::A4), ("letter", PrintSize::US_LETTER)] {
        resident.goto(&format!("{WEATHER}/poster?paper={paper}")).await;
        resident.wait_for_text("Take part online").await;
        let config = PrintConfiguration::builder().size(size).background(true).build().expect("print settings");
        let pdf = resident.client.print(config).await.expect("print to PDF");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/browser-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(format!("poster-{paper}.pdf")), &pdf).expect("keep the PDF to look at");
        assert_eq!(pdf_pages(&pdf), 1, "the {paper} poster prints on one page");
    }

    // Its QR code, as the screen shows it, decodes to the short link, which opens the challenge.
    // A window tall enough for the whole poster, so the picture holds the whole code.
    resident.client.set_window_size(1280, 1800).await.expect("window size");
    let qr = resident.find(Locator::Css("svg.qr")).await;
    let picture = qr.screenshot().await.expect("a picture of the QR code");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/browser-screenshots");
    std::fs::write(dir.join("poster-qr.png"), &picture).expect("keep the picture to look at");
    let link = decode_qr(&picture);
    let printed = resident.find(Locator::Css(".poster-link")).await.text().await.expect("the printed link");
    assert!(link.starts_with(PUBLIC_URL) && link.ends_with(&printed[printed.len() - 9..]), "{link} vs {printed}");
    let path = &link[PUBLIC_URL.len()..];
    resident.goto(path).await;
    resident.wait_for_text("How to take part").await;
    assert_eq!(resident.path().await, WEATHER);
    resident.close().await;

    let found = print_report(&report);
    assert!(found.is_empty(), "axe-core found {} problem(s):\n{}", found.len(), found.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium, chromium-driver and axe-core (npm ci in tests/browser): run with --ignored"]
async fn a_resident_reports_a_wrong_row_from_a_phone_and_the_corrected_file_is_published() {
    const TREES: &str = "/challenges/toronto-street-trees";
    const DATA: &str = "/challenges/toronto-street-trees/data/trees-train";
    let axe = axe_source();
    let driver = Chromedriver::start().await;
    let app = TestApp::empty().await;
    app.import(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../challenges/toronto-street-trees")).await;
    let store = &app.env.store;
    let trees = store.challenge_by_slug("toronto-street-trees").await.expect("challenge query").expect("imported");
    let partner_account = app.user("lena.library@example.org", "Lena at the library").await;
    store.grant_role(trees.id, partner_account.id, ChallengeRole::Intermediary).await.expect("partner role");
    let organizer_account = app.user(ORGANIZER.0, ORGANIZER.1).await;
    store.grant_role(trees.id, organizer_account.id, ChallengeRole::Organizer).await.expect("organizer role");
    let site = serve(&app).await;
    let mut report = Report::new();

    // On a phone, a resident finds the row in the data guide and reports it.
    let resident = driver.browser("resident", &site).await;
    resident.client.set_window_size(360, 800).await.expect("a phone-sized window");
    resident.sign_in(&app, RESIDENT.0, RESIDENT.1, None).await;
    resident.goto(DATA).await;
    resident.wait_for_text("Is something wrong in this data?").await;
    resident.axe(&axe, "data guide, phone", &mut report).await;
    resident.click(Locator::LinkText("Report a problem")).await;
    resident.wait_for_text("Find the row").await;
    resident.fill("q", "Amsterdam").await;
    resident.press("Search").await;
    resident.wait_for_text("AMSTERDAM AVE").await;
    resident.axe(&axe, "report form with rows found, phone", &mut report).await;
    resident.click(Locator::Css("a[aria-label='Report a problem with row 2']")).await;
    resident.wait_for_text("Row 2 says now:").await;
    resident.select("field-column", "COMMON_NAME").await;
    resident.fill("field-problem", "This tree is a red maple, not a Norway maple.").await;
    resident.fill("field-should_be", "Maple, red").await;
    resident.fill("field-how_known", "I see its leaves every autumn.").await;
    resident.click(Locator::Id("field-credit")).await;
    resident.fill("field-credit_name", "Rosa R.").await;
    resident.press("Send the report").await;
    resident.wait_for_text("Your report is sent").await;
    resident.axe(&axe, "reports of a dataset, phone", &mut report).await;
    let overflow = resident.client.execute(OVERFLOW, vec![]).await.expect("page width");
    assert_eq!(overflow.as_i64(), Some(0), "the reports page fits a phone");

    // The partner organization confirms it with the value it should have.
    let sent = store.challenge_reports(trees.id).await.expect("reports").remove(0);
    let partner = driver.browser("partner", &site).await;
    partner.sign_in(&app, "lena.library@example.org", "Lena at the library", None).await;
    partner.goto(&format!("{TREES}/manage/reports")).await;
    partner.wait_for_text("red maple").await;
    partner.axe(&axe, "reports to check (partner)", &mut report).await;
    let field = format!("correction-{}", sent.id);
    assert_eq!(partner.find(Locator::Id(&field)).await.prop("value").await.expect("value"), Some("Maple, red".into()));
    partner.press("Confirm").await;
    partner.wait_for_text("The report is confirmed").await;
    partner.close().await;

    // An organizer publishes the corrected file as version 2.
    let organizer = driver.browser("organizer", &site).await;
    organizer.sign_in(&app, ORGANIZER.0, ORGANIZER.1, None).await;
    organizer.goto(&format!("{TREES}/manage/reports")).await;
    organizer.wait_for_text("1 confirmed correction is ready to publish").await;
    organizer.axe(&axe, "reports to check (organizer, a correction ready)", &mut report).await;
    organizer.press("Publish version 2 of the file").await;
    organizer.wait_for_text("Version 2 of the file is published").await;
    organizer.close().await;

    // The resident sees the change log; the old file still downloads as it was.
    resident.goto(&format!("{DATA}/reports")).await;
    resident.wait_for_text("“Maple, Norway” is now “Maple, red”. Thanks to Rosa R.").await;
    resident.axe(&axe, "change log, phone", &mut report).await;
    resident.goto(DATA).await;
    resident.wait_for_text("Versions").await;
    resident.axe(&axe, "data guide with an earlier version, phone", &mut report).await;
    resident.close().await;
    let old = app.get(&format!("{DATA}/versions/1/download")).await;
    assert!(String::from_utf8_lossy(&old.body).lines().nth(2).unwrap_or_default().contains("Maple, Norway"));
    let new = app.get(&format!("{DATA}/download")).await;
    assert!(String::from_utf8_lossy(&new.body).lines().nth(2).unwrap_or_default().contains("Maple, red"));

    let found = print_report(&report);
    assert!(found.is_empty(), "axe-core found {} problem(s):\n{}", found.len(), found.join("\n"));
}

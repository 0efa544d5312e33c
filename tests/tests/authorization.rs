//! Who may use what. The authorization matrix is generated from
//! `plaza_web::ROUTES`, the table the router itself is built from, so a new
//! route is checked the moment it exists (and a new kind of path parameter
//! makes this file fail until it says what value to use). Then: forms need
//! their CSRF token and must come from this site, and the session cookies
//! are HttpOnly, SameSite=Lax and replaced at sign-in.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use plaza_core::{ChallengeRole, Email, OutgoingEmail, Team, TeamId, User};
use plaza_store::BlobStore as _;
use plaza_tests::{Browser, PUBLIC_URL, TestApp, TestResponse};
use plaza_web::{Access, ROUTES, RouteInfo};

/// Challenge A: the entrants, one judge and the organizer belong to it.
const A: &str = "chicago-food-inspections";
/// Challenge B: the "judge of another challenge" judges this one.
const B: &str = "noaa-daily-weather";
/// A well-formed personal API token that was never issued.
const WRONG_TOKEN: &str = "plaza_0000000000000000000000000000000000000000000000000000000000000000";
/// No sign-in provider is configured in these tests.
const NO_PROVIDER: &str = "no-such-provider";
/// The title of the page a refused form gets.
const FORM_EXPIRED: &str = "This form has expired";
/// What the refused form's page says when the form came from elsewhere.
const FROM_ANOTHER_SITE: &str = "was sent from another site";
/// What a signed-in person without the right role is told.
const NO_ACCESS: &str = "You do not have access to this page.";

/// Routes that end sessions, memberships, tokens or roles: the matrix asks
/// about them last, so that what they undo cannot change an earlier answer.
const RUN_LAST: &[&str] = &[
    "/sign-out",
    "/account/sign-out-everywhere",
    "/account/tokens/{id}/revoke",
    "/challenges/{slug}/team/leave",
    "/challenges/{slug}/manage/roles/remove",
    "/challenges/{slug}/manage/datasets/{dataset}/remove",
];

// ---------------------------------------------------------------------------
// The people (and programs) who call the site.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Entrant,
    OtherEntrant,
    JudgeA,
    JudgeB,
    /// A partner organization (intermediary) of challenge A.
    PartnerA,
    OrganizerA,
    Admin,
    /// The site admin's personal API token, without any browser session.
    ApiToken,
    /// A bearer token that was never issued.
    WrongToken,
}

impl Who {
    const ALL: [Who; 10] = [
        Who::Anonymous,
        Who::Entrant,
        Who::OtherEntrant,
        Who::JudgeA,
        Who::JudgeB,
        Who::PartnerA,
        Who::OrganizerA,
        Who::Admin,
        Who::ApiToken,
        Who::WrongToken,
    ];

    /// Column heading of the table.
    fn short(self) -> &'static str {
        match self {
            Who::Anonymous => "anon",
            Who::Entrant => "entrant",
            Who::OtherEntrant => "entrant2",
            Who::JudgeA => "judge A",
            Who::JudgeB => "judge B",
            Who::PartnerA => "partner A",
            Who::OrganizerA => "org A",
            Who::Admin => "admin",
            Who::ApiToken => "token",
            Who::WrongToken => "bad token",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Who::Anonymous => "not signed in",
            Who::Entrant => "signed in, has a team in challenge A",
            Who::OtherEntrant => "signed in, has another team in challenge A",
            Who::JudgeA => "signed in, judge of challenge A",
            Who::JudgeB => "signed in, judge of challenge B only",
            Who::PartnerA => "signed in, partner organization (intermediary) of challenge A",
            Who::OrganizerA => "signed in, organizer of challenge A",
            Who::Admin => "signed in, site admin",
            Who::ApiToken => "the site admin's personal API token as a bearer token, no session cookie",
            Who::WrongToken => "a bearer token that was never issued (Token routes only)",
        }
    }

    /// Whether the matrix asks this caller about routes with this access.
    /// A wrong bearer token is refused on every API route by design (even
    /// public ones), so it only makes sense on Token routes.
    fn asked_about(self, access: Access) -> bool {
        self != Who::WrongToken || access == Access::Token
    }

    fn has_session(self) -> bool {
        !matches!(self, Who::Anonymous | Who::ApiToken | Who::WrongToken)
    }

    /// The signed-in user of this caller's browser.
    fn session_user(self, w: &World) -> Option<&User> {
        match self {
            Who::Entrant => Some(&w.entrant),
            Who::OtherEntrant => Some(&w.other_entrant),
            Who::JudgeA => Some(&w.judge_a),
            Who::JudgeB => Some(&w.judge_b),
            Who::PartnerA => Some(&w.partner),
            Who::OrganizerA => Some(&w.organizer),
            Who::Admin => Some(&w.admin),
            Who::Anonymous | Who::ApiToken | Who::WrongToken => None,
        }
    }

    /// The account behind the caller, signed in or not.
    fn account(self, w: &World) -> Option<&User> {
        match self {
            Who::ApiToken => Some(&w.admin),
            other => other.session_user(w),
        }
    }

    fn bearer(self, w: &World) -> Option<&str> {
        match self {
            Who::ApiToken => Some(&w.api_token),
            Who::WrongToken => Some(WRONG_TOKEN),
            _ => None,
        }
    }

    /// What a route with `access` must answer this caller.
    fn expected(self, access: Access) -> Verdict {
        match access {
            Access::Public => Verdict::Allowed,
            Access::SignedIn if self.has_session() => Verdict::Allowed,
            Access::Organizer if matches!(self, Who::OrganizerA | Who::Admin) => Verdict::Allowed,
            Access::Judge if self == Who::JudgeA => Verdict::Allowed,
            Access::Admin if self == Who::Admin => Verdict::Allowed,
            Access::Triager if matches!(self, Who::OrganizerA | Who::Admin | Who::PartnerA) => Verdict::Allowed,
            Access::SignedIn | Access::Organizer | Access::Judge | Access::Admin | Access::Triager
                if !self.has_session() =>
            {
                Verdict::SignInRedirect
            }
            Access::SignedIn | Access::Organizer | Access::Judge | Access::Admin | Access::Triager => {
                Verdict::Forbidden
            }
            Access::Token if self == Who::ApiToken => Verdict::Allowed,
            Access::Token => Verdict::Unauthorized,
        }
    }
}

/// How a response treated the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Allowed,
    /// 303 to /sign-in.
    SignInRedirect,
    /// 403.
    Forbidden,
    /// 401.
    Unauthorized,
}

impl Verdict {
    fn of(response: &TestResponse) -> Self {
        let location = response.location();
        match response.status {
            StatusCode::UNAUTHORIZED => Verdict::Unauthorized,
            StatusCode::FORBIDDEN => Verdict::Forbidden,
            StatusCode::SEE_OTHER if location == "/sign-in" || location.starts_with("/sign-in?") => {
                Verdict::SignInRedirect
            }
            _ => Verdict::Allowed,
        }
    }

    fn denied(self) -> bool {
        self != Verdict::Allowed
    }
}

// ---------------------------------------------------------------------------
// The site the matrix runs on.
// ---------------------------------------------------------------------------

struct World {
    app: TestApp,
    a_id: i64,
    b_id: i64,
    /// A public dataset of challenge A.
    dataset: String,
    entrant: User,
    other_entrant: User,
    judge_a: User,
    judge_b: User,
    /// A partner organization of challenge A.
    partner: User,
    organizer: User,
    admin: User,
    /// The site admin's personal API token.
    api_token: String,
    /// The unsubscribe secret of someone who is not a caller.
    unsubscribe: String,
}

fn email(address: &str) -> Email {
    Email::parse(address).expect("a valid test address")
}

async fn challenge_id(app: &TestApp, slug: &str) -> i64 {
    app.env.store.challenge_by_slug(slug).await.expect("challenge query").expect("example challenge imported").id
}

async fn team_of(app: &TestApp, challenge_id: i64, user: &User, name: &str) -> Team {
    app.env.store.create_team(challenge_id, user.id, name).await.expect("team query").expect("the team is created")
}

async fn world() -> World {
    let app = TestApp::with_examples().await;
    let a_id = challenge_id(&app, A).await;
    let b_id = challenge_id(&app, B).await;
    let store = &app.env.store;
    let dataset = store.datasets(a_id).await.expect("datasets of A").first().expect("A has a dataset").slug.to_string();

    let entrant = app.user("erin@example.org", "Erin Entrant").await;
    team_of(&app, a_id, &entrant, "Erin's team").await;
    let other_entrant = app.user("omar@example.org", "Omar Other").await;
    team_of(&app, a_id, &other_entrant, "Omar's team").await;
    let judge_a = app.user("jude@example.org", "Jude Judge").await;
    store.grant_role(a_id, judge_a.id, ChallengeRole::Judge).await.expect("judge of A");
    let judge_b = app.user("bea@example.org", "Bea Weather-Judge").await;
    store.grant_role(b_id, judge_b.id, ChallengeRole::Judge).await.expect("judge of B");
    let partner = app.user("lib@example.org", "Lia Library").await;
    store.grant_role(a_id, partner.id, ChallengeRole::Intermediary).await.expect("partner of A");
    let organizer = app.user("ola@example.org", "Ola Organizer").await;
    store.grant_role(a_id, organizer.id, ChallengeRole::Organizer).await.expect("organizer of A");
    let admin = store.create_user(&email("ada@example.org"), "Ada Admin", true).await.expect("admin");
    store.accept_terms(admin.id).await.expect("the admin accepts the terms");

    let api_token = store.create_api_token(admin.id, "matrix").await.expect("api token").secret;
    let subscriber = app.user("sam@example.org", "Sam Subscriber").await;
    let unsubscribe = store.unsubscribe_token(subscriber.id).await.expect("unsubscribe token");

    World {
        app,
        a_id,
        b_id,
        dataset,
        entrant,
        other_entrant,
        judge_a,
        judge_b,
        partner,
        organizer,
        admin,
        api_token,
        unsubscribe,
    }
}

/// A fresh invitation to judge challenge B, sent to the caller's own address
/// (so that accepting it works, and changes nothing about challenge A).
async fn invitation(w: &World, who: Who) -> String {
    let to = who.account(w).map_or_else(|| email("nobody@example.org"), |u| u.email.clone());
    invite_to(w, w.b_id, &to).await.1
}

/// A fresh invitation to judge `challenge` sent to `to`: its id and secret.
async fn invite_to(w: &World, challenge: i64, to: &Email) -> (i64, String) {
    let to = to.clone();
    let secret = plaza_store::new_secret();
    let mail = OutgoingEmail {
        to: to.clone(),
        subject: "You are invited to judge a challenge".into(),
        text: format!("Accept the invitation: {PUBLIC_URL}/invitations/{secret}"),
        html: String::new(),
        list_unsubscribe: None,
    };
    let invitation = w
        .app
        .env
        .store
        .create_invitation(challenge, &to, ChallengeRole::Judge, w.admin.id, &secret, &mail)
        .await
        .expect("invitation");
    (invitation.id, secret)
}

/// The ideas track of challenge A.
const IDEAS_TRACK: &str = "ideas";

/// A draft idea for challenge A's ideas track.
async fn new_idea(w: &World, team: Option<TeamId>) -> plaza_store::NewIdea {
    let store = &w.app.env.store;
    let track = store
        .tracks(w.a_id)
        .await
        .expect("tracks")
        .into_iter()
        .find(|t| t.slug.as_str() == IDEAS_TRACK)
        .expect("ideas track");
    plaza_store::NewIdea {
        challenge_id: w.a_id,
        track_id: track.id,
        team_id: team,
        author_id: team.map(|_| w.entrant.id),
        fields: plaza_core::IdeaFields { title: "Safer crossings".into(), ..Default::default() },
        declared: Default::default(),
        contact_name: "Erin Entrant".into(),
        contact_email: "erin@example.org".into(),
    }
}

/// Something a request must have changed exactly when it was allowed.
enum Witness {
    /// A personal API token the request tries to revoke.
    Token { secret: String },
    /// A judge of A whose role the request tries to remove.
    Judge { user: User },
    /// A team of one that the request tries to join.
    Joined { team: TeamId },
    /// An invitation the request tries to accept.
    Accepted { secret: String },
    /// An invitation to challenge A the request tries to cancel.
    Cancelled { secret: String },
}

impl Witness {
    /// Whether the request did what it asked for.
    async fn happened(&self, w: &World) -> bool {
        let store = &w.app.env.store;
        match self {
            Witness::Token { secret } => store.user_for_token(secret).await.expect("token query").is_none(),
            Witness::Judge { user } => {
                !store.roles_for(w.a_id, user.id).await.expect("roles query").contains(&ChallengeRole::Judge)
            }
            Witness::Joined { team } => {
                store.team_by_id(*team).await.expect("team query").expect("team").members.len() > 1
            }
            Witness::Accepted { secret } => store
                .invitation_by_secret(secret)
                .await
                .expect("invitation query")
                .expect("invitation")
                .accepted_at
                .is_some(),
            Witness::Cancelled { secret } => {
                store.invitation_by_secret(secret).await.expect("invitation query").is_none()
            }
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Witness::Token { .. } => "the token was revoked",
            Witness::Judge { .. } => "the judge role was removed",
            Witness::Joined { .. } => "the team was joined",
            Witness::Accepted { .. } => "the invitation was accepted",
            Witness::Cancelled { .. } => "the invitation was cancelled",
        }
    }
}

/// One request: its path with real values, its form, and what it may change.
struct Planned {
    path: String,
    fields: Vec<(&'static str, String)>,
    witness: Option<Witness>,
}

impl Planned {
    fn field_refs(&self) -> Vec<(&str, &str)> {
        self.fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
    }
}

/// Fills the path parameters of `route` with real values and chooses a
/// plausible form for it, as `who`. `n` makes names and addresses unique.
async fn plan(w: &World, route: &RouteInfo, who: Who, n: usize) -> Planned {
    let store = &w.app.env.store;
    let mut path = route
        .path
        .replace("{slug}", A)
        .replace("{dataset}", &w.dataset)
        .replace("{provider}", NO_PROVIDER)
        .replace("{lang}", "es")
        // An earlier version of a dataset: none yet, so a public 404.
        .replace("{n}", "1");
    let mut witness = None;
    if route.path.contains("{update}") {
        // An update of challenge A (its pictures: none, so a picture is not found).
        let fields = plaza_core::implementation::UpdateFields {
            title: "News".into(),
            body_md: "Some news.".into(),
            question: "Is this what you needed?".into(),
            project_id: None,
        };
        let update =
            store.post_update(w.a_id, &fields, w.organizer.id, chrono::Utc::now(), &[], &[]).await.expect("update");
        path = path.replace("{update}", &update.to_string());
    }
    if route.path.contains("{question}") {
        // A resident's question to challenge A.
        let question = store.ask_question(w.a_id, w.entrant.id, "When does it close?").await.expect("question");
        path = path.replace("{question}", &question.id.to_string());
    }
    if route.path.contains("{report}") {
        // A resident's report about a dataset of challenge A.
        let dataset = store.dataset(w.a_id, &w.dataset).await.expect("query").expect("dataset");
        let new = plaza_store::NewReport {
            dataset_id: dataset.id,
            reporter: w.entrant.id,
            report: plaza_core::data_report::CheckedReport {
                scope: plaza_core::data_report::ReportScope::File,
                row: None,
                column: String::new(),
                problem: "Old data".into(),
                should_be: String::new(),
                how_known: String::new(),
                credit_name: String::new(),
            },
            photo: None,
            blob_sha256: dataset.blob.sha256.clone(),
            locale: None,
        };
        let report = store.send_data_report(w.a_id, &new).await.expect("report");
        path = path.replace("{report}", &report.id.to_string());
    }
    if route.path.contains("{project}") || route.path.contains("{milestone}") || route.path.contains("{feedback}") {
        // A project of challenge A with a milestone, and a resident's message to A.
        let statuses = store.project_statuses(w.a_id).await.expect("statuses");
        let fields = plaza_core::implementation::ProjectFields {
            title: format!("Project {n}"),
            owner: String::new(),
            summary: String::new(),
            question: "Is this what you needed?".into(),
            status_id: statuses[0].id,
            progress: None,
            weight: 1,
        };
        let project = store
            .create_project(w.a_id, None, plaza_store::implementation::ProjectFor::Other, &fields)
            .await
            .expect("project");
        let due = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).expect("date");
        store.add_milestone(w.a_id, project, "Plant", due, None).await.expect("milestone");
        let milestone = store.milestones(w.a_id).await.expect("milestones").last().expect("one").id;
        let feedback = store
            .add_feedback(w.a_id, plaza_store::implementation::FeedbackOn::Challenge, Some(3), "hello")
            .await
            .expect("feedback");
        path = path
            .replace("{project}", &project.to_string())
            .replace("{milestone}", &milestone.to_string())
            .replace("{feedback}", &feedback.to_string());
    }
    if route.path == "/c/{code}" {
        // Challenge A's short link (made the first time it is asked for).
        let code = store.short_code(w.a_id).await.expect("short code");
        path = path.replace("{code}", code.as_str());
    }
    if route.path.starts_with("/teams/join/") {
        // A new team of challenge B (no caller is in one), with room to join.
        let captain = w.app.user(&format!("captain-{n}@example.org"), "Cat Captain").await;
        let team = team_of(&w.app, w.b_id, &captain, &format!("Weather team {n}")).await;
        let secret = store.new_team_join_secret(team.id).await.expect("team join link");
        path = path.replace("{token}", &secret);
        if route.method == "post" {
            witness = Some(Witness::Joined { team: team.id });
        }
    }
    if route.path.starts_with("/invitations/") {
        let secret = invitation(w, who).await;
        path = path.replace("{token}", &secret);
        if route.method == "post" {
            witness = Some(Witness::Accepted { secret });
        }
    }
    if route.path.contains("/ideas/confirm/") {
        // A confirmation link of an idea staff entered for a resident.
        let secret = plaza_store::new_secret();
        let idea = new_idea(w, None).await;
        let assisted = plaza_store::AssistedIdea {
            idea,
            by: w.organizer.id,
            channel: plaza_core::AssistChannel::PaperForm,
            attested: false,
            locale: None,
            confirm_secret: secret.clone(),
        };
        store.create_assisted_idea(&assisted, None).await.expect("assisted idea");
        path = path.replace("{token}", &secret);
    }
    let ideas_route = route.path.contains("/ideas") || route.path.contains("/judging") || route.path.contains("/vote");
    // A vote that does not exist: allowed callers get a 404.
    path = path.replace("{vote}", "999999");
    // A story that does not exist: allowed callers get a 404.
    path = path.replace("{story}", "999999");
    path = path.replace("{track}", if ideas_route { IDEAS_TRACK } else { "predict" });
    path = path.replace("{judge}", &w.judge_a.id.0.to_string());
    if path.contains("{id}") && ideas_route {
        // An idea of the entrant's team in challenge A, with a file.
        let team = store.team_of(w.a_id, w.entrant.id).await.expect("team").expect("the entrant has a team in A");
        let new = new_idea(w, Some(team.id)).await;
        // The store holds a team to its cap of ideas per track: the ideas of
        // routes already called are done with, so they make room.
        for earlier in store.team_ideas(new.track_id, team.id).await.expect("team ideas") {
            store.withdraw_idea(earlier.id).await.expect("withdraw");
        }
        let idea = store.create_idea(&new).await.expect("idea");
        let blob = w.app.env.blobs.put_bytes(b"%PDF-1.4 test").await.expect("blob");
        let file = store
            .add_idea_file(idea.id, "", "plan.pdf", "application/pdf", &blob, 10)
            .await
            .expect("file query")
            .expect("file attached");
        path = path.replace("{id}", &idea.id.to_string()).replace("{file}", &file.id.to_string());
    }
    if path.contains("{id}") && !route.path.starts_with("/account/tokens/") {
        // An entry of the entrant's team in challenge A.
        let challenge = store.challenge_by_slug(A).await.expect("challenge A").expect("A exists");
        let track = store
            .tracks(challenge.id)
            .await
            .expect("tracks")
            .into_iter()
            .find(|t| t.slug.as_str() == "predict")
            .expect("predict track");
        let team = store.team_of(challenge.id, w.entrant.id).await.expect("team").expect("the entrant has a team in A");
        let new = plaza_store::NewSubmission {
            challenge_id: challenge.id,
            track_id: track.id,
            team_id: team.id,
            user_id: w.entrant.id,
            file_name: format!("entry-{n}.csv"),
            // A stored file: organizers may download it.
            blob: w.app.env.blobs.put_bytes(b"id,target\n1,1\n").await.expect("entry file"),
            daily_limit: 100_000,
            refused_limit: None,
            zone: plaza_core::Zone::UTC,
        };
        let submission = store.create_submission(new).await.expect("store").expect("within quota");
        path = path.replace("{id}", &submission.id.to_string());
    }
    if path.contains("{id}") {
        // A token of the caller's own (for someone not signed in: the entrant's).
        let owner = who.account(w).unwrap_or(&w.entrant);
        let token = store.create_api_token(owner.id, "to revoke").await.expect("api token");
        path = path.replace("{id}", &token.id.to_string());
        witness = Some(Witness::Token { secret: token.secret });
    }
    if route.path == "/unsubscribe" {
        path = format!("{path}?token={}", w.unsubscribe);
    }
    assert!(
        !path.contains(['{', '}']),
        "the authorization matrix has no value for a parameter of {} {}: teach `plan` about it",
        route.method,
        route.path
    );

    let fields: Vec<(&'static str, String)> = match (route.method, route.path) {
        ("post", "/sign-in") => vec![("email", format!("visitor-{n}@example.org")), ("next", "/account".into())],
        ("post", "/sign-up") => vec![("display_name", format!("Visitor {n}")), ("terms", "yes".into())],
        ("post", "/account/profile") => vec![("display_name", format!("Renamed {n}"))],
        ("post", "/account/notifications") => vec![("notify_results", "yes".into()), ("notify_news", "yes".into())],
        ("post", "/account/terms") => vec![("terms", "yes".into())],
        ("post", "/account/tokens") => vec![("name", format!("Laptop {n}")), ("scope", "read".into())],
        ("post", "/challenges/{slug}/team") => vec![("name", format!("Team {n}"))],
        ("post", "/challenges/{slug}/team/settings") => {
            vec![("name", format!("Renamed team {n}")), ("alias", format!("Alias {n}")), ("show_alias", "yes".into())]
        }
        ("post", "/challenges/{slug}/team/invite") => vec![("email", format!("friend-{n}@example.org"))],
        ("post", "/challenges/{slug}/manage/invitations") => {
            vec![("email", format!("new-judge-{n}@example.org")), ("role", "judge".into())]
        }
        ("post", "/challenges/{slug}/manage/invitations/cancel") => {
            let (id, secret) = invite_to(w, w.a_id, &email(&format!("cancel-{n}@example.org"))).await;
            witness = Some(Witness::Cancelled { secret });
            vec![("invitation", id.to_string())]
        }
        ("post", "/challenges/{slug}/manage/roles/remove") => {
            // A judge of A made for this request only, so organizers keep their roles.
            let victim = w.app.user(&format!("victim-{n}@example.org"), "Vic Victim").await;
            store.grant_role(w.a_id, victim.id, ChallengeRole::Judge).await.expect("judge of A");
            let fields = vec![("user_id", victim.id.0.to_string()), ("role", "judge".into())];
            witness = Some(Witness::Judge { user: victim });
            fields
        }
        _ => Vec::new(),
    };
    Planned { path, fields, witness }
}

fn form_body(fields: &[(&str, &str)]) -> String {
    fn encode(value: &str) -> String {
        let mut out = String::new();
        for byte in value.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
                out.push(byte as char);
            } else {
                let _ = write!(out, "%{byte:02X}");
            }
        }
        out
    }
    fields.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
}

/// A browser of its own for one request: a new session for signed-in callers
/// (signing out anywhere cannot spoil the next request).
async fn browser_for(w: &World, who: Who) -> Browser<'_> {
    let mut browser = w.app.browser();
    if let Some(user) = who.session_user(w) {
        browser.sign_in_as(user).await;
    }
    browser
}

/// Sends one request of the matrix as `who`, with a valid CSRF token on forms.
async fn call(w: &World, who: Who, method: &str, planned: &Planned) -> TestResponse {
    let mut browser = browser_for(w, who).await;
    let fields = planned.field_refs();
    match (method, who.bearer(w)) {
        ("get", None) => browser.get(&planned.path).await,
        ("get", Some(token)) => {
            let request = Request::get(&planned.path).header(header::AUTHORIZATION, format!("Bearer {token}"));
            browser.send(request, Body::empty()).await
        }
        ("post", None)
            if planned.path.ends_with("/submissions")
                || planned.path.ends_with("/files")
                || planned.path.ends_with("/scan")
                || planned.path.ends_with("/manage/updates")
                || planned.path.ends_with("/manage/datasets")
                || planned.path.ends_with("/replace")
                || planned.path.ends_with("/manage/tracks")
                || planned.path.ends_with("/answers")
                || planned.path.ends_with("/report")
                || planned.path.ends_with("/stories/new")
                || planned.path == "/admin/import" =>
        {
            browser.post_file(&planned.path, "entry.csv", b"id,target\n1,1\n").await
        }
        ("post", None) => browser.post(&planned.path, &fields).await,
        ("post", Some(token)) if planned.path.ends_with("/submissions") => {
            let (content_type, body) = plaza_tests::multipart_body(&[], ("file", "entry.csv", b"id,target\n1,1\n"));
            let request = Request::post(&planned.path)
                .header(header::CONTENT_TYPE, content_type)
                .header(header::AUTHORIZATION, format!("Bearer {token}"));
            browser.send(request, Body::from(body)).await
        }
        ("post", Some(token)) => {
            browser.get("/").await;
            let csrf = browser.cookie("plaza_csrf").expect("a first visit sets the CSRF cookie");
            let mut all = vec![("csrf_token", csrf.as_str())];
            all.extend_from_slice(&fields);
            let request = Request::post(&planned.path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::AUTHORIZATION, format!("Bearer {token}"));
            browser.send(request, Body::from(form_body(&all))).await
        }
        (other, _) => panic!("the authorization matrix cannot send {other} requests yet ({})", planned.path),
    }
}

fn route_label(route: &RouteInfo) -> String {
    format!("{} {}", route.method.to_uppercase(), route.path)
}

/// One answer of the matrix.
struct Cell {
    route: &'static RouteInfo,
    who: Who,
    status: StatusCode,
    got: Verdict,
    wrong: bool,
}

impl Cell {
    fn text(&self) -> String {
        let mut text = self.status.as_u16().to_string();
        if self.got == Verdict::SignInRedirect {
            text.push_str(">in");
        }
        if self.wrong {
            text.insert(0, '!');
        }
        text
    }
}

/// The matrix as a table: a route per row, a caller per column.
fn table(cells: &[Cell], problems: &[String]) -> String {
    let width = ROUTES.iter().map(|r| route_label(r).len()).max().unwrap_or(0) + 2;
    let mut out = String::from(
        "\nAuthorization matrix (303>in = redirect to sign-in, ! = not what the route's access says, - = not asked)\n",
    );
    let _ = write!(out, "{:width$}{:<12}", "route", "access");
    for who in Who::ALL {
        let _ = write!(out, "{:<11}", who.short());
    }
    out.push('\n');
    for route in ROUTES {
        let _ = write!(out, "{:width$}{:<12}", route_label(route), format!("{:?}", route.access));
        for who in Who::ALL {
            let cell = cells.iter().find(|c| same_route(c.route, route) && c.who == who);
            let _ = write!(out, "{:<11}", cell.map_or_else(|| "-".to_owned(), Cell::text));
        }
        out.push('\n');
    }
    out.push_str("\nCallers:\n");
    for who in Who::ALL {
        let _ = writeln!(out, "  {:<10} {}", who.short(), who.describe());
    }
    if !problems.is_empty() {
        let _ = writeln!(out, "\n{} problem(s):", problems.len());
        for problem in problems {
            let _ = writeln!(out, "  - {problem}");
        }
    }
    out
}

fn same_route(a: &RouteInfo, b: &RouteInfo) -> bool {
    a.method == b.method && a.path == b.path
}

fn runs_last(route: &RouteInfo) -> bool {
    route.method == "post" && RUN_LAST.contains(&route.path)
}

#[tokio::test]
async fn every_route_lets_in_exactly_the_callers_its_access_names() {
    let w = world().await;
    let order: Vec<&'static RouteInfo> =
        ROUTES.iter().filter(|r| !runs_last(r)).chain(ROUTES.iter().filter(|r| runs_last(r))).collect();
    let mut cells = Vec::new();
    let mut problems = Vec::new();
    let mut n = 0;
    for route in order {
        for who in Who::ALL.into_iter().filter(|who| who.asked_about(route.access)) {
            n += 1;
            let planned = plan(&w, route, who, n).await;
            let response = call(&w, who, route.method, &planned).await;
            let got = Verdict::of(&response);
            // `/manage/new` is open to the signed-in people an admin allowed
            // to create challenges: in this world, only the site admin.
            let access = if route.path == "/manage/new" { Access::Admin } else { route.access };
            let want = who.expected(access);
            let label = format!("{} as {} ({})", route_label(route), who.short(), planned.path);
            let mut wrong = false;
            if got != want {
                wrong = true;
                problems.push(format!("{label}: expected {want:?}, got {} {got:?}", response.status));
            }
            if response.status.is_server_error() {
                wrong = true;
                problems.push(format!("{label}: server error {}", response.status));
            }
            if got == Verdict::Forbidden && want == Verdict::Forbidden && !response.text().contains(NO_ACCESS) {
                wrong = true;
                problems.push(format!("{label}: the 403 page does not say \"{NO_ACCESS}\""));
            }
            if got == Verdict::Forbidden && response.text().contains(FORM_EXPIRED) {
                problems.push(format!("{label}: the form was refused by the CSRF check (a test mistake)"));
            }
            if let Some(witness) = &planned.witness
                && witness.happened(&w).await == got.denied()
            {
                wrong = true;
                let what = if got.denied() { "refused, yet" } else { "allowed, yet not:" };
                problems.push(format!("{label}: {what} {}", witness.name()));
            }
            cells.push(Cell { route, who, status: response.status, got, wrong });
        }
    }

    // No provider is configured: every caller gets the same 404.
    for route in ROUTES.iter().filter(|r| r.path.contains("{provider}")) {
        let statuses: BTreeSet<u16> =
            cells.iter().filter(|c| same_route(c.route, route)).map(|c| c.status.as_u16()).collect();
        if statuses != BTreeSet::from([404]) {
            problems.push(format!("{}: expected 404 for everyone, got {statuses:?}", route_label(route)));
        }
    }

    let report = table(&cells, &problems);
    println!("{report}");
    let routes_asked: BTreeSet<(&str, &str)> = cells.iter().map(|c| (c.route.method, c.route.path)).collect();
    assert_eq!(routes_asked.len(), ROUTES.len(), "every route of ROUTES is in the matrix{report}");
    let expected_cells: usize =
        ROUTES.iter().map(|r| Who::ALL.iter().filter(|who| who.asked_about(r.access)).count()).sum();
    assert_eq!(cells.len(), expected_cells, "every caller was asked about every route{report}");
    assert!(problems.is_empty(), "{report}");
}

// ---------------------------------------------------------------------------
// Forms: the CSRF token, and where they come from.
// ---------------------------------------------------------------------------

/// Every form route (one-click unsubscribe and stopping email news are
/// authorized by the secret in their link, by design: RFC 8058 lets mail
/// programs post them).
fn form_routes() -> Vec<&'static RouteInfo> {
    ROUTES
        .iter()
        .filter(|r| {
            r.method == "post" && !matches!(r.path, "/unsubscribe" | "/follow/stop") && !r.path.starts_with("/api/")
        })
        .collect()
}

async fn email_count(w: &World) -> usize {
    w.app.env.store.list_emails().await.expect("outbox").len()
}

/// Checks that a refused form changed nothing it could have changed.
async fn nothing_happened(w: &World, planned: &Planned, emails_before: usize, label: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(witness) = &planned.witness
        && witness.happened(w).await
    {
        problems.push(format!("{label}: refused, yet {}", witness.name()));
    }
    if email_count(w).await != emails_before {
        problems.push(format!("{label}: refused, yet an email was queued"));
    }
    problems
}

#[tokio::test]
async fn a_form_without_its_token_or_with_a_wrong_one_is_refused_and_changes_nothing() {
    let w = world().await;
    let mut admin = browser_for(&w, Who::Admin).await;
    admin.get("/").await;
    let real = admin.cookie("plaza_csrf").expect("a first visit sets the CSRF cookie");
    let wrong = plaza_store::new_secret();
    assert_ne!(real, wrong);
    // Judges' forms are sent by a judge: anyone else is refused before the form is read.
    let mut judge = browser_for(&w, Who::JudgeA).await;
    judge.get("/").await;

    let routes = form_routes();
    let posts = ROUTES.iter().filter(|r| r.method == "post" && !r.path.starts_with("/api/")).count();
    assert_eq!(
        routes.len() + 2,
        posts,
        "every form but the two one-click stop links is checked (API calls use bearer tokens)"
    );
    let mut problems = Vec::new();
    for (n, route) in routes.iter().enumerate() {
        for token in [None, Some(wrong.as_str())] {
            let who = if route.access == Access::Judge { Who::JudgeA } else { Who::Admin };
            let browser = if who == Who::JudgeA { &mut judge } else { &mut admin };
            let planned = plan(&w, route, who, 1000 + 2 * n + usize::from(token.is_some())).await;
            let emails_before = email_count(&w).await;
            let mut fields = planned.field_refs();
            if let Some(token) = token {
                fields.insert(0, ("csrf_token", token));
            }
            let response = browser.post_raw(&planned.path, &fields).await;
            let label = format!(
                "{} {}",
                route_label(route),
                if token.is_some() { "with a wrong token" } else { "without a token" }
            );
            if response.status != StatusCode::FORBIDDEN || !response.text().contains(FORM_EXPIRED) {
                problems.push(format!("{label}: expected 403 \"{FORM_EXPIRED}\", got {}", response.status));
            }
            problems.extend(nothing_happened(&w, &planned, emails_before, &label).await);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // None of those forms did anything: the admin is still signed in, under
    // the same name, with no team and no new role.
    let account = admin.get("/account").await;
    assert_eq!(account.status, StatusCode::OK, "still signed in");
    assert!(account.text().contains("Ada Admin"), "name unchanged");
    let store = &w.app.env.store;
    assert!(store.team_of(w.a_id, w.admin.id).await.expect("team query").is_none(), "no team was created");
    assert!(store.roles_of_user(w.admin.id).await.expect("roles query").is_empty(), "no invitation was accepted");
}

#[tokio::test]
async fn a_form_sent_from_another_site_is_refused_before_it_is_handled() {
    let w = world().await;
    let mut browser = browser_for(&w, Who::Admin).await;
    browser.get("/").await;
    let token = browser.cookie("plaza_csrf").expect("a first visit sets the CSRF cookie");

    let mut problems = Vec::new();
    for (n, route) in form_routes().iter().enumerate() {
        for (i, (name, value)) in
            [("origin", "https://evil.example"), ("origin", "null"), ("sec-fetch-site", "cross-site")]
                .into_iter()
                .enumerate()
        {
            let planned = plan(&w, route, Who::Admin, 2000 + 3 * n + i).await;
            let emails_before = email_count(&w).await;
            let mut fields = vec![("csrf_token", token.as_str())];
            fields.extend(planned.field_refs());
            let request = Request::post(&planned.path)
                .header(header::HOST, "plaza.test")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(name, value);
            let response = browser.send(request, Body::from(form_body(&fields))).await;
            let label = format!("{} with {name}: {value}", route_label(route));
            if response.status != StatusCode::FORBIDDEN || !response.text().contains(FROM_ANOTHER_SITE) {
                problems.push(format!("{label}: expected 403 \"{FROM_ANOTHER_SITE}\", got {}", response.status));
            }
            problems.extend(nothing_happened(&w, &planned, emails_before, &label).await);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    let profile = |origin: &'static str| {
        Request::post("/account/profile")
            .header(header::HOST, "plaza.test")
            .header(header::ORIGIN, origin)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
    };
    let body = form_body(&[("csrf_token", token.as_str()), ("display_name", "Mallory Was Here")]);

    // Refused before any handler runs: someone not signed in is not even sent to sign in.
    let mut stranger = w.app.browser();
    stranger.get("/").await;
    let stranger_token = stranger.cookie("plaza_csrf").expect("a first visit sets the CSRF cookie");
    let stranger_body = form_body(&[("csrf_token", stranger_token.as_str()), ("display_name", "Mallory")]);
    let refused = stranger.send(profile("https://evil.example"), Body::from(stranger_body)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "refused before the sign-in check: {}", refused.location());

    let refused = browser.send(profile("https://evil.example"), Body::from(body.clone())).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text().contains(FORM_EXPIRED));
    let admin = w.app.env.store.user_by_id(w.admin.id).await.expect("user query").expect("admin");
    assert_eq!(admin.display_name, "Ada Admin", "the forged form changed nothing");

    // The same form from the site itself is accepted.
    let saved = browser.send(profile("http://plaza.test"), Body::from(body)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(saved.location(), "/account?saved=profile");
    assert!(browser.get("/account").await.text().contains("Mallory Was Here"));
}

#[tokio::test]
async fn one_click_unsubscribe_works_from_a_mail_program_without_a_form_token() {
    let w = world().await;
    let store = &w.app.env.store;
    let request = Request::post(format!("/unsubscribe?token={}", w.unsubscribe))
        .header(header::HOST, "plaza.test")
        .header(header::ORIGIN, "https://mail.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    let response = w.app.browser().send(request, Body::from("List-Unsubscribe=One-Click")).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text());
    assert!(response.text().contains("You will not get these emails any more"));
    let subscriber = store.user_by_email(&email("sam@example.org")).await.expect("user query").expect("subscriber");
    assert!(!subscriber.notify_results && !subscriber.notify_news, "unsubscribed");
}

// ---------------------------------------------------------------------------
// Session cookies.
// ---------------------------------------------------------------------------

/// The `Set-Cookie` value that sets cookie `name` (not one that deletes it).
fn set_cookie(response: &TestResponse, name: &str) -> Option<String> {
    response
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")) && !v.contains("Max-Age=0"))
        .map(str::to_owned)
}

/// Problems with the attributes of every cookie this response sets.
fn cookie_flag_problems(response: &TestResponse) -> Vec<String> {
    response
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|cookie| {
            let attributes: Vec<String> = cookie.split(';').skip(1).map(|a| a.trim().to_ascii_lowercase()).collect();
            let http_only = attributes.iter().any(|a| a == "httponly");
            let same_site = attributes.iter().any(|a| a == "samesite=lax" || a == "samesite=strict");
            !(http_only && same_site)
        })
        .map(|cookie| format!("not HttpOnly and SameSite: {cookie}"))
        .collect()
}

#[tokio::test]
async fn session_cookies_are_http_only_and_same_site_lax_and_replaced_at_sign_in() {
    let app = TestApp::with_examples().await;
    let mut browser = app.browser();
    let first = browser.get("/").await;
    let csrf_cookie = set_cookie(&first, "plaza_csrf").expect("a first visit sets the CSRF cookie");
    assert!(csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Lax"), "{csrf_cookie}");
    let csrf_before = browser.cookie("plaza_csrf").expect("CSRF cookie kept");

    // Someone else used this browser before.
    let earlier = app.user("earlier@example.org", "Earl Earlier").await;
    browser.sign_in_as(&earlier).await;
    let earlier_session = browser.cookie("plaza_session").expect("session");
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);

    let signed_in = browser.sign_in("nia@example.org", "Nia Newcomer").await;
    let session_cookie = set_cookie(&signed_in, "plaza_session").expect("signing in sets a session cookie");
    assert!(session_cookie.contains("; HttpOnly"), "{session_cookie}");
    assert!(session_cookie.contains("; SameSite=Lax"), "{session_cookie}");
    assert!(set_cookie(&signed_in, "plaza_csrf").is_some(), "signing in sets a new CSRF cookie");
    let problems = cookie_flag_problems(&signed_in);
    assert!(problems.is_empty(), "{problems:?}");

    let csrf_after = browser.cookie("plaza_csrf").expect("CSRF cookie kept");
    assert_ne!(csrf_before, csrf_after, "signing in rotates the CSRF secret");
    let session = browser.cookie("plaza_session").expect("session cookie kept");
    assert_ne!(session, earlier_session, "signing in replaces the previous session cookie");

    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.text().contains("Nia Newcomer"));
    assert!(!account.text().contains("Earl Earlier"), "the earlier person is gone from this browser");

    // The earlier session was ended, not just forgotten by this browser.
    let mut replay = app.browser();
    replay.jar.insert("plaza_session".into(), earlier_session);
    let stale = replay.get("/account").await;
    assert_eq!(stale.status, StatusCode::SEE_OTHER);
    assert!(stale.location().starts_with("/sign-in?next="), "{}", stale.location());

    // Signing in again, to an existing account, rotates both again.
    let again = browser.sign_in("nia@example.org", "Nia Newcomer").await;
    let problems = cookie_flag_problems(&again);
    assert!(problems.is_empty(), "{problems:?}");
    let newer_session = browser.cookie("plaza_session").expect("session cookie kept");
    assert_ne!(newer_session, session, "a second sign-in replaces the session cookie");
    assert_ne!(browser.cookie("plaza_csrf").expect("CSRF cookie kept"), csrf_after, "and the CSRF secret");
    let mut replay = app.browser();
    replay.jar.insert("plaza_session".into(), session);
    assert_eq!(replay.get("/account").await.status, StatusCode::SEE_OTHER, "the replaced session was ended");
    assert_eq!(browser.get("/account").await.status, StatusCode::OK, "the new one works");
}

// ---------------------------------------------------------------------------
// Roles and ownership reach no further than their own challenge or person.
// ---------------------------------------------------------------------------

#[tokio::test]
async fn an_organizer_of_one_challenge_cannot_manage_another_nor_touch_others_tokens() {
    let w = world().await;
    let store = &w.app.env.store;
    let mut organizer = browser_for(&w, Who::OrganizerA).await;

    let other = organizer.get(&format!("/challenges/{B}/manage")).await;
    assert_eq!(other.status, StatusCode::FORBIDDEN, "organizer of A on B's people page");
    assert!(other.text().contains(NO_ACCESS));
    let emails_before = email_count(&w).await;
    let invite = organizer
        .post(&format!("/challenges/{B}/manage/invitations"), &[("email", "sneaky@example.org"), ("role", "organizer")])
        .await;
    assert_eq!(invite.status, StatusCode::FORBIDDEN, "organizer of A inviting to B");
    assert_eq!(email_count(&w).await, emails_before, "no invitation was sent");
    let judge_b_id = w.judge_b.id.0.to_string();
    let remove = organizer
        .post(&format!("/challenges/{B}/manage/roles/remove"), &[("user_id", &judge_b_id), ("role", "judge")])
        .await;
    assert_eq!(remove.status, StatusCode::FORBIDDEN, "organizer of A removing B's judge");
    // Through A's own form, B's judge is not A's to remove either.
    let through_a = organizer
        .post(&format!("/challenges/{A}/manage/roles/remove"), &[("user_id", &judge_b_id), ("role", "judge")])
        .await;
    assert_eq!(through_a.status, StatusCode::NOT_FOUND, "{}", through_a.text());
    let roles = store.roles_for(w.b_id, w.judge_b.id).await.expect("roles query");
    assert_eq!(roles, [ChallengeRole::Judge], "B's judge keeps the role");

    // Someone else's API token cannot be revoked by id.
    let theirs = store.create_api_token(w.entrant.id, "Erin's laptop").await.expect("token");
    let revoke = organizer.post(&format!("/account/tokens/{}/revoke", theirs.id), &[]).await;
    assert_eq!(revoke.status, StatusCode::NOT_FOUND, "{}", revoke.text());
    assert!(store.user_for_token(&theirs.secret).await.expect("token query").is_some(), "the token still works");
}

//! A director in a real browser: reads what a leaving family said in its exit conversation,
//! approves the report for the parents (both get it by mail), adds an action to the action list
//! and checks the public summary for parents (the action, no names, no figures with a single
//! conversation). axe-core checks every kind of page on the way.
//!
//! The set-up (a leaver and her recorded exit conversation) goes over HTTP, as in
//! `tests/http/exit.rs`.

use fantoccini::elements::Element;
use fantoccini::Locator;
use time::Duration;

use crate::common::scenario::school;
use crate::common::{spawn_app, Backend, PASSWORD};
use crate::harness::Browser;

const CELL_1: &str = "We wisten altijd hoe het ging";
const CELL_9: &str = "De school belde toen opa ziek was";
const ADVICE: &str = "Meer ouderavonden";
const DESTINATION: &str = "Het Lyceum";
const ACTION: &str = "Ouderavond over het schooladvies in groep 7";
const OWNER: &str = "Dirk Directeur";
const CELL_4: &str = "4. Meebeslissen over het eigen kind";

/// Sets a `type=date` field by script: typing into it depends on the browser's locale.
async fn set_date(browser: &Browser, id: &str, date: time::Date) {
    let iso = driehoek::timefmt::iso(date);
    let script = format!(
        "const f = document.getElementById('{id}'); f.value = '{iso}'; \
         f.dispatchEvent(new Event('input', {{bubbles: true}})); \
         f.dispatchEvent(new Event('change', {{bubbles: true}})); return f.value;"
    );
    let value: String = browser.js(&script).await;
    assert_eq!(value, iso, "the date field #{id} took the date");
}

/// Chooses an option of a `select` by its value; returns the chosen option's visible text.
async fn choose(browser: &Browser, id: &str, value: &str) -> String {
    let script = format!(
        "const f = document.getElementById('{id}'); f.value = '{value}'; \
         f.dispatchEvent(new Event('input', {{bubbles: true}})); \
         f.dispatchEvent(new Event('change', {{bubbles: true}})); \
         return f.value === '{value}' ? f.options[f.selectedIndex].text : '';"
    );
    let text: String = browser.js(&script).await;
    assert!(
        !text.is_empty(),
        "#{id} has no option with the value {value:?}"
    );
    text
}

/// The `<details>` of the matrix whose summary starts with `label` (e.g. "1. ").
async fn matrix_details(browser: &Browser, label: &str) -> Element {
    browser
        .find(Locator::XPath(&format!(
            "//section[@aria-labelledby='matrix-heading']//details[summary[starts-with(normalize-space(.), '{label}')]]"
        )))
        .await
}

/// Opens a `<details>` by clicking its summary, as a person does, and waits until it is open.
async fn open_details(browser: &Browser, details: &Element) {
    let arg = vec![serde_json::to_value(details).expect("element reference")];
    // The site scrolls smoothly; WebDriver's own scrolling would click mid-animation.
    browser
        .client
        .execute(
            "arguments[0].querySelector('summary').scrollIntoView({block: 'center', behavior: 'instant'});",
            arg.clone(),
        )
        .await
        .expect("scroll the summary into view");
    details
        .find(Locator::Css("summary"))
        .await
        .expect("a summary in the details")
        .click()
        .await
        .expect("click the summary");
    let deadline = std::time::Instant::now() + crate::harness::WAIT;
    loop {
        let open = browser
            .client
            .execute("return arguments[0].open;", arg.clone())
            .await
            .expect("read the details' state");
        if open == serde_json::Value::Bool(true) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "clicking the summary did not open the details on {}",
            browser.url().await
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The visible text of an element.
async fn text_of(browser: &Browser, element: &Element) -> String {
    let value = browser
        .client
        .execute(
            "return arguments[0].innerText;",
            vec![serde_json::to_value(element).expect("element reference")],
        )
        .await
        .expect("read an element's text");
    value.as_str().unwrap_or_default().to_string()
}

/// Findings of the journey itself (not of axe): collected so one run shows them all.
#[derive(Default)]
struct Findings(Vec<String>);

impl Findings {
    fn expect(&mut self, ok: bool, what: impl Into<String>) {
        if !ok {
            let what = what.into();
            eprintln!("finding: {what}");
            self.0.push(what);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_director_approves_an_exit_report_and_adds_an_action() {
    let app = spawn_app(Backend::Sqlite).await.expect("the app starts");
    let mut s = school(&app).await;
    let lotte = s.lotte;
    let today = driehoek::timefmt::today();
    let today_iso = driehoek::timefmt::iso(today);
    let summer = format!("{}-07-10", driehoek::school::school_year_of(today).1);

    // Set-up over HTTP: Dirk directs the school; Lotte leaves in the summer and Tess records
    // her exit conversation.
    app.staff_member(
        &mut s.admin,
        "Dirk Directeur",
        "dirk@example.org",
        &["director"],
        &[],
    )
    .await;
    s.admin.get(&format!("/pupils/{lotte}")).await;
    s.admin
        .post(
            &format!("/pupils/{lotte}/leaving"),
            &[
                ("leaving_on", &summer),
                ("reason", "end-primary"),
                ("destination", DESTINATION),
            ],
        )
        .await
        .assert_redirect_to(&format!("/pupils/{lotte}?flash=leaving-saved"));
    s.tess
        .get(&format!("/pupils/{lotte}/records/new?kind=exit"))
        .await
        .assert_contains("1. Meeleven met het eigen kind");
    s.tess
        .post(
            &format!("/pupils/{lotte}/records/new"),
            &[
                ("kind", "exit"),
                ("held_on", &today_iso),
                ("form", "school"),
                ("a-cell-1", CELL_1),
                ("a-cell-9", CELL_9),
                ("a-advice-school", ADVICE),
                ("action", "close"),
            ],
        )
        .await
        .assert_redirect_to("/records/");
    let (record,): (i64,) =
        sqlx::query_as("SELECT id FROM records WHERE pupil_id = $1 AND kind = 'exit'")
            .bind(lotte)
            .fetch_one(app.db.read())
            .await
            .unwrap();
    let (school_id,): (i64,) = sqlx::query_as("SELECT id FROM schools")
        .fetch_one(app.db.read())
        .await
        .unwrap();

    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    let mut findings = Findings::default();

    // Dirk signs in with the form.
    browser.goto("/sign-in").await;
    browser.fill("email", "dirk@example.org").await;
    browser.fill("password", PASSWORD).await;
    browser.click_button("Inloggen").await;
    browser.wait_for_path("/").await;

    // The overview: who leaves, and what leaving families said, per cell of the matrix.
    browser
        .click_link_in("nav.main-nav", "Vertrek en exit")
        .await;
    browser.wait_for_path("/exit").await;
    assert_eq!(browser.heading().await, "Vertrek en exitgesprekken");
    let current: String = browser
        .js("const a = document.querySelector('nav.main-nav a[aria-current=page]'); return a ? a.innerText.trim() : '';")
        .await;
    findings.expect(
        current == "Vertrek en exit",
        format!("the navigation marks {current:?} as the current page on /exit"),
    );
    let leavers = browser
        .find(Locator::Css(
            "section[aria-labelledby=leavers-heading] table",
        ))
        .await;
    let leavers_text = text_of(&browser, &leavers).await;
    for shown in ["Lotte Bakker", DESTINATION, "Einde basisschool", "gevoerd"] {
        assert!(
            leavers_text.contains(shown),
            "{shown:?} is not in the leavers table:\n{leavers_text}"
        );
    }
    assert!(
        !leavers_text.contains("Sem") && !leavers_text.contains("Finn"),
        "only Lotte is leaving:\n{leavers_text}"
    );
    // Her brother Sem stays, so the family is not leaving the school.
    assert!(
        !leavers_text.contains("laatste kind op school"),
        "Lotte is not the family's last child at school:\n{leavers_text}"
    );
    browser.assert_text("1 exitgesprek dit schooljaar.").await;

    // The answers about cell 1 are folded away until the director opens the cell.
    let cell_1 = matrix_details(&browser, "1. ").await;
    let summary = text_of(
        &browser,
        &cell_1.find(Locator::Css("summary")).await.expect("summary"),
    )
    .await;
    assert_eq!(summary.trim(), "1. Meeleven met het eigen kind — 1 reactie");
    assert!(
        !browser.text().await.contains(CELL_1),
        "the answers are folded away before the cell is opened"
    );
    open_details(&browser, &cell_1).await;
    browser.assert_text(CELL_1).await;
    let inside = text_of(&browser, &cell_1).await;
    assert!(
        inside.contains(CELL_1) && !inside.contains(CELL_9),
        "cell 1 shows its own answer only:\n{inside}"
    );
    let cell_9 = matrix_details(&browser, "9. ").await;
    open_details(&browser, &cell_9).await;
    browser.assert_text(CELL_9).await;
    let cell_2 = matrix_details(&browser, "2. ").await;
    let summary = text_of(
        &browser,
        &cell_2.find(Locator::Css("summary")).await.expect("summary"),
    )
    .await;
    assert_eq!(
        summary.trim(),
        "2. Meehelpen bij het eigen kind — geen reacties"
    );
    browser
        .check_accessibility("the exit overview with the matrix opened")
        .await;

    // From the leavers table to Lotte's page, and from there to the record.
    browser
        .click_link_in("section[aria-labelledby=leavers-heading]", "Lotte Bakker")
        .await;
    browser.wait_for_path(&format!("/pupils/{lotte}")).await;
    assert_eq!(browser.heading().await, "Lotte Bakker");
    let held = driehoek::timefmt::date(driehoek::i18n::Lang::Nl, today);
    browser.click_link(&format!("Exitgesprek — {held}")).await;
    let record_path = format!("/records/{record}");
    browser.wait_for_path(&record_path).await;
    assert_eq!(browser.heading().await, "Exitgesprek: Lotte Bakker");
    let page = browser.text().await;
    for shown in [
        "1. Meeleven met het eigen kind",
        CELL_1,
        "9. De school leefde mee met het gezin",
        CELL_9,
        "Wat zou u de school aanraden?",
        ADVICE,
        "Afgerond",
        "Tess Veld",
        "Verslag voor de ouders",
        "Na uw goedkeuring krijgen de ouders dit verslag per mail",
    ] {
        assert!(
            page.contains(shown),
            "{shown:?} is not on the exit record:\n{page}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%exitgesprek over%'")
            .await,
        0,
        "nothing is mailed before the director approves"
    );
    browser
        .check_accessibility("the exit record awaiting approval")
        .await;

    // Approve: the report goes to both parents.
    browser.click_button("Goedkeuren en versturen").await;
    browser.wait_for_path(&record_path).await;
    browser
        .assert_text("Het verslag is goedgekeurd en gaat naar de ouders.")
        .await;
    let badge = browser
        .find(Locator::Css(
            "section[aria-labelledby=report-heading] .badge",
        ))
        .await;
    assert_eq!(text_of(&browser, &badge).await.trim(), "Verstuurd");
    let buttons_left: i64 = browser
        .js("return Array.from(document.querySelectorAll('button')).filter(b => b.innerText.trim() === 'Goedkeuren en versturen').length;")
        .await;
    assert_eq!(buttons_left, 0, "a sent report cannot be approved again");
    let (sent,): (Option<i64>,) =
        sqlx::query_as("SELECT report_sent_at FROM records WHERE id = $1")
            .bind(record)
            .fetch_one(app.db.read())
            .await
            .unwrap();
    assert!(sent.is_some(), "the record knows its report was sent");
    for parent in ["linda@example.org", "rob@example.org"] {
        let (subject, text) = app
            .last_mail_to(parent)
            .await
            .unwrap_or_else(|| panic!("no mail to {parent}"));
        assert_eq!(
            subject, "Verslag van het exitgesprek over Lotte Bakker",
            "the subject of the report to {parent}"
        );
        for said in [CELL_1, CELL_9, ADVICE, "Wat de school hiermee doet:"] {
            assert!(
                text.contains(said),
                "{said:?} is not in the report to {parent}:\n{text}"
            );
        }
    }
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE subject LIKE '%exitgesprek over Lotte Bakker%'"
        )
        .await,
        2,
        "one report per parent"
    );
    browser
        .check_accessibility("the exit record with its report sent")
        .await;

    // Back to the overview: add an action to the list.
    browser
        .click_link_in("nav.main-nav", "Vertrek en exit")
        .await;
    browser.wait_for_path("/exit").await;
    browser
        .assert_text("Er staan nog geen acties op de lijst.")
        .await;
    let due = today.saturating_add(Duration::days(30));
    browser.fill("what", ACTION).await;
    browser.fill("owner", OWNER).await;
    set_date(&browser, "a-due", due).await;
    assert_eq!(choose(&browser, "a-source", "cell-4").await, CELL_4);
    browser.click_button("Actie toevoegen").await;
    browser.wait_for_path("/exit").await;
    browser.assert_text("De actie staat op de lijst.").await;
    let actions = browser
        .find(Locator::Css(
            "section[aria-labelledby=actions-heading] table tbody",
        ))
        .await;
    let row = text_of(&browser, &actions).await;
    let due_text = driehoek::timefmt::date(driehoek::i18n::Lang::Nl, due);
    for shown in [ACTION, OWNER, due_text.as_str(), CELL_4, "Gepland"] {
        assert!(
            row.contains(shown),
            "{shown:?} is not in the action list:\n{row}"
        );
    }
    let (what, owner, due_on, source): (String, String, Option<String>, String) =
        sqlx::query_as("SELECT what, owner, due_on, source FROM exit_actions")
            .fetch_one(app.db.read())
            .await
            .unwrap();
    assert_eq!(
        (
            what.as_str(),
            owner.as_str(),
            due_on.as_deref(),
            source.as_str()
        ),
        (
            ACTION,
            OWNER,
            Some(driehoek::timefmt::iso(due).as_str()),
            "cell-4"
        )
    );
    browser
        .check_accessibility("the exit overview with an action")
        .await;

    // The public summary for parents: the action, without its owner; no figures yet.
    browser.click_link("Samenvatting voor ouders").await;
    browser
        .wait_for_path(&format!("/scholen/{school_id}/wat-we-hoorden"))
        .await;
    assert_eq!(browser.heading().await, "Wat we hoorden, wat we doen");
    let page = browser.text().await;
    assert!(
        page.contains(ACTION),
        "the action is on the summary:\n{page}"
    );
    assert!(
        page.contains("Er zijn nog te weinig gesprekken gevoerd om hier iets over te zeggen."),
        "with one conversation the summary shows no figures:\n{page}"
    );
    let main: String = browser
        .js("return document.querySelector('main').innerText;")
        .await;
    for secret in [
        "Directeur",
        "Lotte",
        "Bakker",
        "Tess",
        CELL_1,
        CELL_9,
        ADVICE,
        "1 reactie",
    ] {
        assert!(
            !main.contains(secret),
            "the public summary shows {secret:?}:\n{main}"
        );
    }
    browser.screenshot("exit-summary").await;
    browser.check_accessibility("the public exit summary").await;

    // The overview as the director left it, for the screenshot.
    browser
        .click_link_in("nav.main-nav", "Vertrek en exit")
        .await;
    browser.wait_for_path("/exit").await;
    let cell_1 = matrix_details(&browser, "1. ").await;
    open_details(&browser, &cell_1).await;
    browser.assert_text(CELL_1).await;
    browser.screenshot("exit-overview").await;

    let found = std::mem::take(&mut findings.0);
    if found.is_empty() {
        browser.assert_no_accessibility_problems();
    } else {
        // Report both kinds together; the accessibility findings are printed above as well.
        let accessibility = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            browser.assert_no_accessibility_problems();
        }));
        panic!(
            "the journey found {} problem(s):\n- {}{}",
            found.len(),
            found.join("\n- "),
            if accessibility.is_err() {
                "\n(and accessibility violations, printed above)"
            } else {
                ""
            }
        );
    }
}

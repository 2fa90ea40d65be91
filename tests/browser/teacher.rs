//! A teacher records a startgesprek in a real browser: signs in, finds the pupil, writes down
//! the conversation with an agreement, learns that a startgesprek cannot be closed without the
//! communicatieplan, makes the plan, and closes the record. axe-core checks every kind of page on
//! the way (the record form also in its error state); the journey's own findings are reported
//! together with the accessibility findings at the end.
//!
//! Also here: the public glossary a teacher points parents to (`/begrippen`), on a phone.

use fantoccini::Locator;
use time::Duration;

use crate::common::scenario::school;
use crate::common::{spawn_app, Backend, PASSWORD};
use crate::harness::Browser;

const PROUD: &str = "Sem is trots op zijn tekening van de haven.";
const AMBITION: &str = "Zelfstandig aan een taak beginnen, zonder eerst te wachten.";
const EXPECT_PARENTS: &str = "Een berichtje als het een week minder gaat.";
const TOPIC: &str = "Lezen";
const PUPIL_PART: &str = "Sem leest elke dag een kwartier.";
const PARENTS_PART: &str = "Ouders lezen thuis samen voor het slapengaan.";
const SCHOOL_PART: &str = "De juf kiest boeken over schepen.";
const MOMENT: &str = "Kort bellen over de eerste weken";

/// A date `days` from today, as ISO text (what a date field's value holds).
fn days_from_today(days: i64) -> time::Date {
    driehoek::timefmt::today().saturating_add(Duration::days(days))
}

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

/// The current value of the form field with this id ("" when there is none).
async fn value_of(browser: &Browser, id: &str) -> String {
    browser
        .js(&format!(
            "const f = document.getElementById('{id}'); return f ? f.value : '';"
        ))
        .await
}

/// Writes down the answers and one agreement of a startgesprek.
async fn fill_startgesprek(browser: &Browser, review: time::Date) {
    browser.fill("a-proud", PROUD).await;
    browser.fill("a-ambition", AMBITION).await;
    browser.fill("a-expect-parents", EXPECT_PARENTS).await;
    browser.fill("ag1-topic", TOPIC).await;
    browser.fill("ag1-pupil", PUPIL_PART).await;
    browser.fill("ag1-parents", PARENTS_PART).await;
    browser.fill("ag1-school", SCHOOL_PART).await;
    set_date(browser, "ag1-review", review).await;
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
async fn a_teacher_records_a_startgesprek_with_its_communication_plan() {
    let app = spawn_app(Backend::Sqlite).await.expect("the app starts");
    let s = school(&app).await;
    let sem = s.sem;
    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    let mut findings = Findings::default();
    let review = days_from_today(42);
    let moment_day = days_from_today(14);

    // Tom signs in with the form.
    browser.goto("/sign-in").await;
    browser.fill("email", "tom@example.org").await;
    browser.fill("password", PASSWORD).await;
    browser.click_button("Inloggen").await;
    browser.wait_for_path("/").await;

    // Sem's page, through the navigation and the list of pupils.
    browser.click_link_in("nav.main-nav", "Leerlingen").await;
    browser.wait_for_path("/pupils").await;
    browser.click_link("Bakker, Sem").await;
    let pupil_page = format!("/pupils/{sem}");
    browser.wait_for_path(&pupil_page).await;
    assert_eq!(browser.heading().await, "Sem Bakker");
    browser
        .assert_text("Er is nog geen communicatieplan voor dit schooljaar.")
        .await;
    browser
        .check_accessibility("the pupil page without a plan")
        .await;

    // Record the startgesprek; closing it without a plan is refused.
    browser.click_link("Startgesprek vastleggen").await;
    browser
        .wait_for_path(&format!("/pupils/{sem}/records/new"))
        .await;
    assert_eq!(
        browser.heading().await,
        "Startgesprek vastleggen: Sem Bakker"
    );
    browser
        .assert_text("Een startgesprek wordt afgerond met het communicatieplan.")
        .await;
    fill_startgesprek(&browser, review).await;
    browser.screenshot("record-form").await;
    browser.check_accessibility("the record form").await;

    browser.click_button("Verslag afronden").await;
    browser
        .assert_text("zonder plan kan een startgesprek niet worden afgerond")
        .await;
    browser.find(Locator::Css(".error-summary")).await;
    let summary: String = browser
        .js("return document.querySelector('.error-summary').innerText;")
        .await;
    findings.expect(
        !summary.contains("field-") && !summary.contains("Unknown"),
        format!(
            "the error summary of the record form shows an untranslated field name: {summary:?}"
        ),
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM records").await,
        0,
        "nothing is stored when closing is refused"
    );
    // What was typed is still there.
    for (id, typed) in [
        ("a-proud", PROUD),
        ("a-ambition", AMBITION),
        ("a-expect-parents", EXPECT_PARENTS),
    ] {
        assert_eq!(
            value_of(&browser, id).await,
            typed,
            "the answer in #{id} survives the refusal"
        );
    }
    let mut forgotten = Vec::new();
    for (id, typed) in [
        ("ag1-topic", TOPIC.to_string()),
        ("ag1-pupil", PUPIL_PART.to_string()),
        ("ag1-parents", PARENTS_PART.to_string()),
        ("ag1-school", SCHOOL_PART.to_string()),
        ("ag1-review", driehoek::timefmt::iso(review)),
    ] {
        let kept = value_of(&browser, id).await;
        if kept != typed {
            forgotten.push(format!("#{id} is {kept:?}, was {typed:?}"));
        }
    }
    findings.expect(
        forgotten.is_empty(),
        format!(
            "the record form forgets the typed agreement when closing is refused: {}",
            forgotten.join("; ")
        ),
    );
    browser
        .check_accessibility("the record form with the plan error")
        .await;

    // Follow the link in the message to make the plan.
    browser
        .click_link_in("#f-plan", "Communicatieplan maken")
        .await;
    browser.wait_for_path(&format!("/pupils/{sem}/plan")).await;
    assert!(
        browser.heading().await.starts_with("Communicatieplan"),
        "the plan form, got {:?}",
        browser.heading().await
    );
    browser.check_accessibility("the plan form").await;
    let phone = browser
        .find(Locator::XPath(
            "//label[contains(@class, 'choice')][normalize-space(.)='Telefoon']/input[@name='channel']",
        ))
        .await;
    phone.click().await.expect("tick Telefoon");
    let ticked: bool = browser
        .js("return document.querySelector(\"input[name=channel][value=phone]\").checked;")
        .await;
    assert!(ticked, "Telefoon is ticked");
    browser
        .fill("reachable", "Na half vier, of 's avonds per telefoon")
        .await;
    browser.fill("response_days", "2").await;
    browser.fill("m1-description", MOMENT).await;
    set_date(&browser, "m1-due", moment_day).await;
    browser.click_button("Plan opslaan").await;

    // Back on Sem's page, the plan is shown.
    browser.wait_for_path(&pupil_page).await;
    browser
        .assert_text("Het communicatieplan is opgeslagen.")
        .await;
    let page = browser.text().await;
    let moment_date = driehoek::timefmt::date(driehoek::i18n::Lang::Nl, moment_day);
    for shown in [
        "Telefoon",
        "Na half vier, of 's avonds per telefoon",
        "Reactietermijn (schooldagen)",
        MOMENT,
        moment_date.as_str(),
    ] {
        assert!(
            page.contains(shown),
            "{shown:?} is not on the pupil page with the plan:\n{page}"
        );
    }
    browser.screenshot("pupil-with-plan").await;
    browser
        .check_accessibility("the pupil page with a plan")
        .await;

    // Record the startgesprek again; now it closes.
    browser.click_link("Startgesprek vastleggen").await;
    browser
        .assert_text("Het communicatieplan voor dit jaar is gemaakt.")
        .await;
    fill_startgesprek(&browser, review).await;
    browser.click_button("Verslag afronden").await;
    browser.assert_text("Het verslag is afgerond.").await;
    let record = browser.path().await;
    assert!(
        record.starts_with("/records/"),
        "the closed record has its own page, got {record}"
    );
    assert_eq!(
        browser.heading().await,
        "Startgesprek: Sem Bakker",
        "the record page"
    );
    let page = browser.text().await;
    let review_date = driehoek::timefmt::date(driehoek::i18n::Lang::Nl, review);
    for shown in [
        "Afgerond",
        "Tom Tuin",
        PROUD,
        AMBITION,
        EXPECT_PARENTS,
        TOPIC,
        PUPIL_PART,
        PARENTS_PART,
        SCHOOL_PART,
        review_date.as_str(),
    ] {
        assert!(
            page.contains(shown),
            "{shown:?} is not on the record page:\n{page}"
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM records WHERE status = 'closed'")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM agreements").await, 1);
    browser.check_accessibility("the record page").await;

    // The pupil page lists the closed record and the agreement.
    browser.click_link("Sem Bakker").await;
    browser.wait_for_path(&pupil_page).await;
    let page = browser.text().await;
    assert!(
        page.contains("Startgesprek") && page.contains(TOPIC) && page.contains(PUPIL_PART),
        "the pupil page lists the record and the agreement:\n{page}"
    );

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

/// The glossary is public: a parent without an account opens it from the footer on a phone,
/// finds a term by its anchor, and reads it in Dutch and in English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn school_terms_are_explained_on_a_public_page_that_fits_a_phone() {
    let app = spawn_app(Backend::Sqlite).await.expect("the app starts");
    app.admin().await;
    let Some(browser) = Browser::open(&app.base).await else {
        return;
    };
    browser.phone().await;
    browser.goto("/sign-in").await;
    browser.click_link("Begrippen uitgelegd").await;
    browser.wait_for_path("/begrippen").await;
    assert_eq!(browser.heading().await, "Begrippen uitgelegd");
    let term: String = browser
        .js("const t = document.getElementById('opp'); return t ? t.tagName.toLowerCase() + ' ' + t.innerText : '';")
        .await;
    assert_eq!(term, "dt Ontwikkelingsperspectief (opp)");
    browser
        .assert_text("De school heeft uw toestemming nodig")
        .await;
    browser.check_accessibility("the glossary on a phone").await;
    let mut problems: Vec<String> = browser
        .horizontal_scroll("the glossary")
        .await
        .into_iter()
        .collect();
    browser.screenshot("glossary-phone").await;

    // A link to one term lands on it.
    browser.goto("/begrippen#tlv").await;
    browser
        .wait_until(
            "document.getElementById('tlv').getBoundingClientRect().top < window.innerHeight / 2",
            "the tlv term scrolled into view",
        )
        .await;

    // In English every Dutch term stays, marked as Dutch, with its English meaning.
    // The glossary is a parents' page: its language switch is a form with one button per language.
    let english = browser
        .find(Locator::Css("button[name=lang][value=en]"))
        .await;
    browser.click_and_wait(english).await;
    browser.wait_for_path("/begrippen").await;
    assert_eq!(browser.heading().await, "School terms explained");
    let term: String = browser
        .js("return document.getElementById('opp').innerText;")
        .await;
    assert_eq!(
        term,
        "Ontwikkelingsperspectief (opp) (development plan for extra support)"
    );
    let marked: String = browser
        .js("return document.querySelector('#opp [lang]').getAttribute('lang');")
        .await;
    assert_eq!(marked, "nl");
    browser.check_accessibility("the glossary in English").await;
    browser.desktop().await;
    problems.extend(browser.content_outside_boxes("the glossary").await);
    browser.screenshot("glossary-desktop").await;
    assert!(
        problems.is_empty(),
        "layout problems:\n{}",
        problems.join("\n")
    );
    browser.assert_no_accessibility_problems();
}

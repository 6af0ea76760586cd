//! The app mounted in a real browser (headless Chromium through wasm-bindgen-test-runner).
//! The runner's page has its own `#output` element, so the app gets a root of its own.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let window = web_sys::window().unwrap();
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.clear();
    }
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn type_into(root: &Element, text: &str) {
    let textarea: HtmlTextAreaElement =
        root.query_selector("[data-testid=source]").unwrap().unwrap().dyn_into().unwrap();
    textarea.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    textarea.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn typed_text_shows_up_glossed_row_by_row() {
    let root = fresh_root();
    let _app = kilas_web::mount(root.clone());
    TimeoutFuture::new(0).await;
    assert_eq!(root.query_selector_all("[data-testid=row]").unwrap().length(), 0);

    type_into(&root, "Kantor wilayah dibuka. Rapat koordinasi digelar di Makassar.");
    TimeoutFuture::new(50).await;

    let rows = root.query_selector_all("[data-testid=row]").unwrap();
    assert_eq!(rows.length(), 2);
    let second: Element = rows.item(1).unwrap().dyn_into().unwrap();
    let en = second.query_selector("[data-testid=en]").unwrap().unwrap().text_content().unwrap();
    assert!(en.contains("coordination meeting"), "{en}");
    let src = second.query_selector("[data-testid=src]").unwrap().unwrap().text_content().unwrap();
    assert_eq!(src, "Rapat koordinasi digelar di Makassar.");
    assert!(root.query_selector("[data-testid=brief]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn pasted_markup_stays_text() {
    let root = fresh_root();
    let _app = kilas_web::mount(root.clone());
    TimeoutFuture::new(0).await;
    type_into(&root, "<img src=x onerror=alert(1)> <b>Kantor</b> dibuka.");
    TimeoutFuture::new(50).await;
    assert!(root.query_selector(".aligned img").unwrap().is_none());
    assert!(root.query_selector(".aligned b").unwrap().is_none());
    let src = root.query_selector("[data-testid=src]").unwrap().unwrap().text_content().unwrap();
    assert!(src.contains("<img"), "{src}");
}

/// Start-up cost of the bundled glossary in the browser (reported, not asserted: machines
/// are shared and noisy; the figure goes to docs/PERFORMANCE.md).
#[wasm_bindgen_test]
fn glossary_parse_cost_is_reported() {
    let perf = web_sys::window().unwrap().performance().unwrap();
    let t0 = perf.now();
    let n = kilas_engine::glossary::Glossary::bundled().len();
    let t1 = perf.now();
    let a = kilas_engine::analyze(
        "Kepala Kanwil Kemenkumham Sulsel membuka rapat koordinasi di Makassar, Rabu (4/9).",
        &Default::default(),
    );
    let t2 = perf.now();
    wasm_bindgen_test::console_log!(
        "glossary: {n} entries parsed in {:.1} ms; first analysis {:.1} ms",
        t1 - t0,
        t2 - t1
    );
    assert!(n > 1000 && !a.sentences.is_empty());
}

/// The worker's answer for an older text is dropped; the answer for the current one is shown,
/// and the JSON round trip through the worker's message keeps the brief's dateline span.
#[wasm_bindgen_test]
fn worker_answers_for_older_texts_are_dropped() {
    use kilas_web::settings::Settings;
    use kilas_web::state::{Action, State, INSTANT_LIMIT};
    use kilas_web::worker::{decode_reply, run, Job};
    use std::rc::Rc;
    use yew::Reducible;

    let para = "Jakarta (ANTARA) - Dinas Pendidikan membuka 12 sekolah baru pada Senin. ";
    let long = para.repeat(INSTANT_LIMIT / para.len() + 2);
    let state = Rc::new(State::restored(String::new(), "2024-03-04".into(), Settings::default()));
    let state = state.reduce(Action::SetText(long.clone()));
    assert!(state.stale && state.analysis.is_none(), "a long text waits");
    let old = state.revision;
    let state = state.reduce(Action::SetText(format!("{long}Rapat ditutup.")));
    let answer = |id: u64, text: &str| {
        let job = Job { id, text: text.into(), date: "2024-03-04".into(), summary_sentences: 3 };
        let reply = decode_reply(&serde_json::to_string(&run(&job)).unwrap()).unwrap();
        Action::Analysed { revision: reply.id, analysis: Rc::new(reply.analysis) }
    };
    let state = state.reduce(answer(old, &long));
    assert!(state.stale && state.analysis.is_none(), "an answer for an older text is dropped");
    let (revision, text) = (state.revision, state.text.clone());
    let state = state.reduce(answer(revision, &text));
    assert!(!state.stale);
    let a = state.analysis.as_ref().unwrap();
    assert!(a.sentences.last().unwrap().text.contains("Rapat ditutup"));
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(&state.text[d.start..d.end].trim_end()[..7], "Jakarta");
}

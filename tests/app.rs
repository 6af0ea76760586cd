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
    let state = Rc::new(State::restored(String::new(), "2024-03-04".into(), Settings::default(), String::new()));
    let state = state.reduce(Action::SetText(long.clone()));
    assert!(state.stale && state.analysis.is_none(), "a long text waits");
    let old = state.revision;
    let state = state.reduce(Action::SetText(format!("{long}Rapat ditutup.")));
    let answer = |id: u64, text: &str| {
        let job = Job { id, text: text.into(), date: "2024-03-04".into(), summary_sentences: 3, terms: String::new() };
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

fn set_terms(root: &Element, text: &str) {
    let textarea: HtmlTextAreaElement =
        root.query_selector("[data-testid=terms-input]").unwrap().unwrap().dyn_into().unwrap();
    textarea.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    textarea.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn english(root: &Element) -> String {
    let rows = root.query_selector_all("[data-testid=en]").unwrap();
    (0..rows.length()).filter_map(|i| rows.item(i)).filter_map(|n| n.text_content()).collect::<Vec<_>>().join(" ")
}

/// Terms typed in "My terms" change the English at once, are kept across a reload (a new
/// mount reads them from local storage), and markup in them stays text.
#[wasm_bindgen_test]
async fn my_terms_apply_and_are_kept() {
    let root = fresh_root();
    let app = kilas_web::mount(root.clone());
    TimeoutFuture::new(0).await;
    type_into(&root, "Warga Desa Sukamaju membeli sembako di pasar.");
    TimeoutFuture::new(50).await;
    assert!(!english(&root).contains("basic groceries"));
    set_terms(&root, "sembako = basic groceries\nDesa Sukamaju =\n<b>pasar</b> = <i>x</i>");
    TimeoutFuture::new(50).await;
    let en = english(&root);
    assert!(en.contains("basic groceries") && en.contains("Desa Sukamaju"), "{en}");
    assert!(root.query_selector(".aligned b, .aligned i, .terms-panel b").unwrap().is_none());
    let count = root.query_selector("[data-testid=terms-count]").unwrap().unwrap().text_content().unwrap();
    assert!(count.starts_with("3 terms · 2 used"), "{count}");
    app.destroy();
    root.set_inner_html("");

    let _again = kilas_web::mount(root.clone());
    TimeoutFuture::new(50).await;
    let textarea: HtmlTextAreaElement =
        root.query_selector("[data-testid=terms-input]").unwrap().unwrap().dyn_into().unwrap();
    assert!(textarea.value().starts_with("sembako = basic groceries"));
    assert!(english(&root).contains("basic groceries"));
}

/// The worker parses the terms it is sent.
#[wasm_bindgen_test]
fn the_worker_applies_terms() {
    use kilas_web::worker::{run, Job};
    let job = Job {
        id: 1,
        text: "Warga membeli sembako.".into(),
        date: String::new(),
        summary_sentences: 3,
        terms: "sembako\tbasic groceries".into(),
    };
    assert!(run(&job).analysis.sentences[0].gloss.contains("basic groceries"));
}

/// Loading a document over a draft keeps the draft: Undo brings it back, and the loaded one
/// can be shown again.
#[wasm_bindgen_test]
fn a_loaded_file_never_loses_the_draft() {
    use kilas_web::settings::Settings;
    use kilas_web::state::{Action, State};
    use std::rc::Rc;
    use yew::Reducible;

    let state = Rc::new(State::restored("Draf saya.".into(), String::new(), Settings::default(), String::new()));
    let state = state.reduce(Action::Load { text: "Berkas baru.".into(), date: None, label: "baru.txt".into() });
    assert_eq!(state.text, "Berkas baru.");
    let undo = state.undo.clone().unwrap();
    assert_eq!((undo.text.as_str(), undo.restored), ("Draf saya.", false));
    let state = state.reduce(Action::SwapDraft);
    assert_eq!(state.text, "Draf saya.");
    let state = state.reduce(Action::SwapDraft);
    assert_eq!(state.text, "Berkas baru.");
    // Loading into an empty draft offers no undo.
    let empty = Rc::new(State::restored(String::new(), String::new(), Settings::default(), String::new()));
    let empty = empty.reduce(Action::Load { text: "Berkas.".into(), date: None, label: "b.txt".into() });
    assert!(empty.undo.is_none());
}

/// Opened files: encodings, HTML, and plain-words refusals.
#[wasm_bindgen_test]
fn opened_files_become_text_or_a_plain_message() {
    use kilas_web::file_text::{check_before_reading, decode};
    assert_eq!(decode("a.txt", "Kantor dibuka.".as_bytes()).unwrap(), "Kantor dibuka.");
    assert_eq!(decode("a.txt", b"\xEF\xBB\xBFKantor").unwrap(), "Kantor");
    assert_eq!(decode("a.txt", b"\xFF\xFEK\0a\0").unwrap(), "Ka");
    assert_eq!(decode("a.txt", b"\x93Kami\x94 \x96 caf\xE9").unwrap(), "\u{201C}Kami\u{201D} \u{2013} caf\u{E9}");
    let html = decode("a.html", b"<html><body><p>Kantor <b>dibuka</b>.</p><script>x()</script></body></html>").unwrap();
    assert!(html.contains("Kantor dibuka.") && !html.contains('<') && !html.contains("x()"), "{html}");
    assert!(decode("a.txt", b"%PDF-1.7 stuff").unwrap_err().contains("does not look like a text file"));
    assert!(decode("a.txt", b"ab\0cd").is_err());
    assert!(decode("a.txt", b"  \n ").unwrap_err().contains("no text"));
    assert!(check_before_reading("laporan.pdf", 10.0).unwrap_err().contains("PDF"));
    assert!(check_before_reading("big.txt", 3_000_000.0).unwrap_err().contains("too large"));
    assert!(check_before_reading("rilis.TXT", 1_000.0).is_ok());
}

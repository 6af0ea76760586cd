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
    let textarea: HtmlTextAreaElement = root.query_selector("[data-testid=source]").unwrap().unwrap().dyn_into().unwrap();
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
    let a = kilas_engine::analyze("Kepala Kanwil Kemenkumham Sulsel membuka rapat koordinasi di Makassar, Rabu (4/9).", &Default::default());
    let t2 = perf.now();
    wasm_bindgen_test::console_log!("glossary: {n} entries parsed in {:.1} ms; first analysis {:.1} ms", t1 - t0, t2 - t1);
    assert!(n > 1000 && !a.sentences.is_empty());
}

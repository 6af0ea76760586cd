//! Small pieces of browser glue: clipboard, downloads, printing, scrolling, the theme.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Copy text to the clipboard. Falls back to a hidden textarea and `execCommand` where the
/// async clipboard is unavailable (non-secure contexts).
pub fn copy_text(text: &str) -> bool {
    if let Some(w) = web_sys::window() {
        let clipboard = w.navigator().clipboard();
        if !clipboard.is_undefined() {
            let _ = clipboard.write_text(text);
            return true;
        }
    }
    let Some(doc) = document() else { return false };
    let Ok(el) = doc.create_element("textarea") else { return false };
    let ta: web_sys::HtmlTextAreaElement = el.unchecked_into();
    ta.set_value(text);
    let Some(body) = doc.body() else { return false };
    let _ = body.append_child(&ta);
    ta.select();
    let ok = doc.dyn_ref::<web_sys::HtmlDocument>().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false);
    ta.remove();
    ok
}

/// Offer `contents` as a file download.
pub fn download(filename: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(doc) = document() {
        if let Ok(a) = doc.create_element("a") {
            let a: web_sys::HtmlAnchorElement = a.unchecked_into();
            a.set_href(&url);
            a.set_download(filename);
            if let Some(body) = doc.body() {
                let _ = body.append_child(&a);
                a.click();
                a.remove();
            }
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Scroll a sentence row into view.
pub fn scroll_to(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Set `data-theme` and `data-size` on the root element; CSS does the rest.
pub fn apply_appearance(theme: &str, size: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme);
        let _ = root.set_attribute("data-size", size);
    }
}

/// Show or hide a static element of the page by id (no-op when it is absent).
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = if hidden { el.set_attribute("hidden", "") } else { el.remove_attribute("hidden") };
    }
}

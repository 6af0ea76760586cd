fn main() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let root = document.get_element_by_id("app").unwrap_or_else(|| document.body().expect("a body").into());
    // index.html shows a static copy of the empty app while the wasm loads; drop it.
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    let _ = kilas_web::mount(root);
}

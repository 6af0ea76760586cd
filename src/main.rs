fn main() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let root = document.get_element_by_id("app").unwrap_or_else(|| document.body().expect("a body").into());
    let _ = kilas_web::mount(root);
}

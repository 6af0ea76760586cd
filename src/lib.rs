//! Kilas web app: a thin Yew shell over `kilas-engine`.
//!
//! State lives in one reducer ([`state`]); components get props and callbacks; all language
//! logic is in the engine. Nothing here touches the network.

pub mod app;
pub mod browser;
pub mod components;
pub mod file_text;
pub mod samples;
pub mod settings;
pub mod state;
pub mod storage;
pub mod worker;

pub use app::App;

/// Mount the app into `root` (the page uses `#app`; tests use an element of their own).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
}

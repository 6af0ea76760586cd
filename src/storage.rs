//! Drafts and settings in local storage, so nothing a user typed is ever lost. Storage can
//! fail (private mode, quota): failures come back as plain words, never as a crash.

const DRAFT_KEY: &str = "kilas.draft.text";
const DATE_KEY: &str = "kilas.draft.date";
const SETTINGS_KEY: &str = "kilas.settings";
const TERMS_KEY: &str = "kilas.terms";
/// The draft an opened file or a sample replaced, kept so it can be restored.
const PREVIOUS_TEXT_KEY: &str = "kilas.draft.previous.text";
const PREVIOUS_DATE_KEY: &str = "kilas.draft.previous.date";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(key: &str) -> String {
    local_storage().and_then(|s| s.get_item(key).ok().flatten()).unwrap_or_default()
}

/// The saved draft text and date (empty when none or when storage is unavailable).
pub fn load_draft() -> (String, String) {
    (get(DRAFT_KEY), get(DATE_KEY))
}

pub fn load_settings() -> String {
    get(SETTINGS_KEY)
}

/// Save the draft and settings; `Err` carries a message for the user.
pub fn save(text: &str, date: &str, settings: &str) -> Result<(), String> {
    let s = local_storage().ok_or(
        "This browser does not let Kilas keep a draft (private mode?). Copy your text before you close the tab.",
    )?;
    s.set_item(DRAFT_KEY, text)
        .and_then(|_| s.set_item(DATE_KEY, date))
        .and_then(|_| s.set_item(SETTINGS_KEY, settings))
        .map_err(|_| {
            "Your draft could not be saved: the browser's storage is full. Copy your text before you close the tab."
                .to_string()
        })
}

/// The personal terms list as typed (empty when none).
pub fn load_terms() -> String {
    get(TERMS_KEY)
}

/// Save the personal terms list; `Err` carries a message for the user.
pub fn save_terms(terms: &str) -> Result<(), String> {
    let s = local_storage().ok_or("This browser does not let Kilas keep your terms (private mode?).")?;
    s.set_item(TERMS_KEY, terms)
        .map_err(|_| "Your terms could not be saved: the browser's storage is full.".to_string())
}

/// Keep the draft that a loaded document is about to replace (best effort: the undo notice
/// holds it in memory as well).
pub fn save_previous(text: &str, date: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(PREVIOUS_TEXT_KEY, text).and_then(|_| s.set_item(PREVIOUS_DATE_KEY, date));
    }
}

/// The draft last replaced by an opened file or a sample.
pub fn load_previous() -> (String, String) {
    (get(PREVIOUS_TEXT_KEY), get(PREVIOUS_DATE_KEY))
}

//! Drafts and settings in local storage, so nothing a user typed is ever lost. Storage can
//! fail (private mode, quota): failures come back as plain words, never as a crash.

const DRAFT_KEY: &str = "kilas.draft.text";
const DATE_KEY: &str = "kilas.draft.date";
const SETTINGS_KEY: &str = "kilas.settings";

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

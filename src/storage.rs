//! Drafts in local storage, so nothing a user typed is ever lost. Storage can fail (private
//! mode, quota): failures are reported as plain words, never fatal.

const DRAFT_KEY: &str = "kilas.draft.text";
const DATE_KEY: &str = "kilas.draft.date";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved draft text and date (empty when none or when storage is unavailable).
pub fn load_draft() -> (String, String) {
    let Some(s) = local_storage() else { return (String::new(), String::new()) };
    let get = |k| s.get_item(k).ok().flatten().unwrap_or_default();
    (get(DRAFT_KEY), get(DATE_KEY))
}

/// Save the draft; `Err` carries a message for the user.
pub fn save_draft(text: &str, date: &str) -> Result<(), String> {
    let s = local_storage().ok_or("Your browser does not allow saving drafts here (private mode?). Copy your text before closing the tab.")?;
    s.set_item(DRAFT_KEY, text)
        .and_then(|_| s.set_item(DATE_KEY, date))
        .map_err(|_| "The draft could not be saved (browser storage is full). Copy your text before closing the tab.".to_string())
}

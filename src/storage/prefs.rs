//! Small preferences in localStorage: which document was open last, to reopen it on reload.

const LAST_OPEN: &str = "close-reader.last-open";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn last_open() -> Option<String> {
    storage()?.get_item(LAST_OPEN).ok().flatten()
}

pub fn set_last_open(id: Option<&str>) {
    if let Some(s) = storage() {
        let _ = match id {
            Some(id) => s.set_item(LAST_OPEN, id),
            None => s.remove_item(LAST_OPEN),
        };
    }
}

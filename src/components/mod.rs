//! Yew function components: thin views that render state and emit actions.

pub mod annotate;
pub mod app;
pub mod article;
pub mod banner;
pub mod beside;
pub mod block;
pub mod block_group;
pub mod conflict;
pub mod entry_list;
pub mod evidence_panel;
pub mod export_menu;
pub mod import_review;
pub mod label_editor;
pub mod label_toolbar;
pub mod library;
pub mod open_file;
pub mod search_bar;
pub mod side_panel;
pub mod span_editor;
pub mod start;
pub mod suggestion_panel;
pub mod top_bar;

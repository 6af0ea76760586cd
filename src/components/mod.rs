//! One component per file; each gets props and talks up through callbacks.

pub mod aligned_view;
pub mod brief_actions;
pub mod brief_card;
pub mod facts_table;
pub mod legend;
pub mod sentence_row;
pub mod settings_bar;
pub mod source_pane;
pub mod terms_panel;

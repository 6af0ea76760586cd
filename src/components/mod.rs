//! One component per file; each gets props and talks up through callbacks.

pub mod aligned_view;
pub mod brief_card;
pub mod source_pane;

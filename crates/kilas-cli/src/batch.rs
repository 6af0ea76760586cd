//! Batch mode: many inputs, a progress bar on a terminal, warnings for inputs that cannot be
//! read (they are skipped; the exit code says so at the end).

use crate::input::{expand, read_source, Source};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, IsTerminal, Write};

/// A progress bar on standard error, drawn only when it is a terminal and there are several
/// inputs (so pipes and logs stay clean).
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn new(total: usize) -> Self {
        if total < 2 || !io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}") {
            bar.set_style(style);
        }
        Progress(Some(bar))
    }

    pub fn tick(&self, source: &Source) {
        if let Some(bar) = &self.0 {
            bar.set_message(source.name());
            bar.inc(1);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }

    /// Print a warning without tearing the bar.
    pub fn warn(&self, msg: &str) {
        match &self.0 {
            Some(bar) => bar.suspend(|| eprintln!("kilas: warning: {msg}")),
            None => eprintln!("kilas: warning: {msg}"),
        }
    }
}

/// Run `each` over every readable input; unreadable ones are skipped with a warning.
/// Returns whether every input was processed.
pub fn run_batch(
    args: &[String],
    out: &mut dyn Write,
    mut each: impl FnMut(&Source, &str, &mut dyn Write) -> io::Result<()>,
) -> io::Result<bool> {
    let mut errors = Vec::new();
    let sources = expand(args, &mut errors);
    for e in &errors {
        eprintln!("kilas: warning: {e}");
    }
    let progress = Progress::new(sources.len());
    let mut skipped = errors.len();
    for source in &sources {
        match read_source(source) {
            Ok(text) => each(source, &text, out)?,
            Err(e) => {
                progress.warn(&format!("{e} (skipped)"));
                skipped += 1;
            }
        }
        progress.tick(source);
    }
    progress.finish();
    if skipped > 0 {
        eprintln!("kilas: {skipped} input(s) skipped");
    }
    Ok(skipped == 0)
}

/// Print collected errors as warnings; true when there were none.
pub fn report(errors: &[String]) -> bool {
    for e in errors {
        eprintln!("kilas: warning: {e} (skipped)");
    }
    if !errors.is_empty() {
        eprintln!("kilas: {} input(s) skipped", errors.len());
    }
    errors.is_empty()
}

//! `kilas`: the Kilas engine on the command line. The contract is in docs/CLI.md.

mod batch;
mod coverage;
mod input;

use batch::{run_batch, Progress};
use clap::{Parser, Subcommand, ValueEnum};
use input::{expand, read_input, read_source, Source};
use kilas_engine::analysis::analyze_with_terms;
use kilas_engine::summary::{resummarize, Length, Weights};
use kilas_engine::terms::Terms;
use kilas_engine::{analyze, brief, Analysis, Date, Options};
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "kilas",
    version,
    about = "Indonesian press releases into English glosses, facts and briefs, offline."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// English gloss of the document (one sentence per line), or of each input line.
    Gloss {
        /// Exactly one output line per input line (an empty line stays empty).
        #[arg(long)]
        lines: bool,
        #[command(flatten)]
        terms: TermsArg,
        /// Input file; `-` or nothing reads standard input.
        file: Option<String>,
    },
    /// The full analysis as JSON (sentences, tokens, facts, summary, stats).
    Analyze {
        /// One JSON object per input line (JSON Lines), each line its own document.
        #[arg(long)]
        lines: bool,
        #[command(flatten)]
        summary: SummaryArgs,
        #[command(flatten)]
        terms: TermsArg,
        /// Input files or folders (their .txt files); `-` or nothing reads standard input.
        /// Several inputs or a folder give JSON Lines with a `file` field.
        files: Vec<String>,
    },
    /// Root of each word: one per line, or with --lines one output line per input line.
    Lemma {
        #[arg(long)]
        lines: bool,
        file: Option<String>,
    },
    /// The English brief: headline, summary sentences, key facts, quotes, source.
    Brief {
        #[command(flatten)]
        summary: SummaryArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
        #[command(flatten)]
        terms: TermsArg,
        /// Input files or folders (their .txt files); `-` or nothing reads standard input.
        files: Vec<String>,
    },
    /// Glossary coverage: unknown-word rate and the most frequent unknown forms.
    Coverage {
        /// How many unknown forms to list.
        #[arg(long, default_value_t = 20)]
        top: usize,
        /// Output format (md prints the same as text).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Input files or folders (their .txt files); `-` or nothing reads standard input.
        files: Vec<String>,
    },
}

#[derive(clap::Args, Clone, Copy)]
struct SummaryArgs {
    /// Publication date (YYYY-MM-DD) used to resolve `Rabu (4/9)`; default: the latest full
    /// date written in the text.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Summary length, in sentences.
    #[arg(long, default_value_t = 3)]
    sentences: usize,
    /// Summary length as a share of the content sentences (0 to 1); overrides --sentences.
    #[arg(long, value_parser = parse_ratio)]
    ratio: Option<f32>,
}

/// `--terms FILE`: a personal terms list laid over the gloss.
#[derive(clap::Args, Clone)]
struct TermsArg {
    /// Personal terms, one a line: `indonesian term<TAB>english` or `term = english`; an empty
    /// English side keeps the term as written (see docs/CLI.md).
    #[arg(long, value_name = "FILE")]
    terms: Option<String>,
}

impl TermsArg {
    /// Read and parse the terms file (no file: no terms).
    fn load(&self) -> io::Result<Terms> {
        match &self.terms {
            None => Ok(Terms::default()),
            Some(path) if path == "-" => Err(io::Error::other("--terms needs a file, not standard input")),
            Some(path) => input::read_input(Some(path)).map(|t| Terms::parse(&t)),
        }
    }
}

/// The English gloss of a whole document with terms, one line per content unit; the same as
/// `kilas_engine::gloss_document` when there are none.
fn gloss_with_terms(text: &str, terms: &Terms) -> String {
    if terms.is_empty() {
        return kilas_engine::gloss_document(text);
    }
    let a = analyze_with_terms(text, &Options::default(), terms);
    let mut out = String::new();
    for s in a.sentences.iter().filter(|s| !s.boilerplate) {
        out.push_str(&s.gloss);
        out.push('\n');
    }
    out
}

impl SummaryArgs {
    /// Analyse one document with these summary settings and terms.
    fn analyze(&self, text: &str, terms: &Terms) -> Analysis {
        let mut a = analyze_with_terms(text, &Options { date: self.date, summary_sentences: self.sentences }, terms);
        let weights = std::env::var("KILAS_SUMMARY_WEIGHTS").ok().map(|spec| Weights::default().with_overrides(&spec));
        if self.ratio.is_some() || weights.is_some() {
            let length = self.ratio.map_or(Length::Sentences(self.sentences), Length::Ratio);
            resummarize(&mut a, length, &weights.unwrap_or_default());
        }
        a
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Md,
    Text,
    Json,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn parse_ratio(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(r) if r > 0.0 && r <= 1.0 => Ok(r),
        _ => Err(format!("`{s}` is not a ratio between 0 and 1 (e.g. 0.3)")),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kilas: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Whether the arguments ask for batch mode: several inputs, or a folder.
fn is_batch(files: &[String]) -> bool {
    files.len() > 1 || files.iter().any(|f| std::path::Path::new(f).is_dir())
}

/// Run one command; `Ok(false)` when some inputs were skipped.
fn run(cli: Cli) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut ok = true;
    match cli.command {
        Command::Gloss { lines, terms, file } => {
            let terms = terms.load()?;
            let text = read_input(file.as_deref())?;
            if lines {
                for line in text.lines() {
                    let g = gloss_with_terms(line, &terms);
                    writeln!(out, "{}", g.lines().collect::<Vec<_>>().join(" "))?;
                }
            } else {
                write!(out, "{}", gloss_with_terms(&text, &terms))?;
            }
        }
        Command::Analyze { lines, summary, terms, files } => {
            let terms = terms.load()?;
            if lines {
                if files.len() > 1 {
                    return Err(io::Error::other("--lines takes one input (a file or standard input)"));
                }
                let text = read_input(files.first().map(String::as_str))?;
                for line in text.lines() {
                    serde_json::to_writer(&mut out, &summary.analyze(line, &terms))?;
                    writeln!(out)?;
                }
            } else if is_batch(&files) {
                ok = run_batch(&files, &mut out, |source, text, out| {
                    write_with_file(out, source, &serde_json::to_string(&summary.analyze(text, &terms))?)
                })?;
            } else {
                let text = read_input(files.first().map(String::as_str))?;
                serde_json::to_writer(&mut out, &summary.analyze(&text, &terms))?;
                writeln!(out)?;
            }
        }
        Command::Lemma { lines, file } => {
            let text = read_input(file.as_deref())?;
            if lines {
                for line in text.lines() {
                    let roots: Vec<String> = kilas_engine::analysis::word_tokens(line)
                        .iter()
                        .map(|t| kilas_engine::lemma(t.text(line)))
                        .collect();
                    // A line with no word (`II/2006`, `&`) is echoed in its folded form.
                    let shown = if roots.is_empty() {
                        kilas_engine::normalize::fold(line.trim()).to_lowercase()
                    } else {
                        roots.join(" ")
                    };
                    writeln!(out, "{shown}")?;
                }
            } else {
                for t in kilas_engine::analysis::word_tokens(&text) {
                    writeln!(out, "{}", kilas_engine::lemma(t.text(&text)))?;
                }
            }
        }
        Command::Brief { summary, format, terms, files } => {
            let terms = terms.load()?;
            if is_batch(&files) {
                let mut first = true;
                ok = run_batch(&files, &mut out, |source, text, out| {
                    let a = summary.analyze(text, &terms);
                    match format {
                        Format::Json => write_with_file(out, source, &serde_json::to_string(&brief::build(&a))?),
                        Format::Md | Format::Text => {
                            if !first {
                                writeln!(out, "\n---\n")?;
                            }
                            first = false;
                            writeln!(out, "File: {}\n", source.name())?;
                            let body =
                                if format == Format::Md { brief::render_markdown(&a) } else { brief::render_text(&a) };
                            write!(out, "{body}")
                        }
                    }
                })?;
            } else {
                let text = read_input(files.first().map(String::as_str))?;
                let a = summary.analyze(&text, &terms);
                match format {
                    Format::Md => write!(out, "{}", brief::render_markdown(&a))?,
                    Format::Text => write!(out, "{}", brief::render_text(&a))?,
                    Format::Json => {
                        serde_json::to_writer(&mut out, &brief::build(&a))?;
                        writeln!(out)?;
                    }
                }
            }
        }
        Command::Coverage { top, format, files } => {
            let mut errors = Vec::new();
            let sources = expand(&files, &mut errors);
            let mut cov = coverage::Coverage::default();
            let progress = Progress::new(sources.len());
            for source in &sources {
                match read_source(source) {
                    Ok(text) => cov.add(&analyze(&text, &Options::default())),
                    Err(e) => errors.push(e.to_string()),
                }
                progress.tick(source);
            }
            progress.finish();
            ok = batch::report(&errors);
            if format == Format::Json {
                serde_json::to_writer(&mut out, &cov.report(top))?;
                writeln!(out)?;
            } else {
                write!(out, "{}", cov.render_text(top))?;
            }
        }
    }
    out.flush()?;
    Ok(ok)
}

/// One JSON Lines record: `{"file": …, …the object's fields}`.
fn write_with_file(out: &mut dyn Write, source: &Source, json_object: &str) -> io::Result<()> {
    let file = serde_json::to_string(&source.name())?;
    let rest = json_object.strip_prefix('{').unwrap_or(json_object);
    if rest.starts_with('}') {
        writeln!(out, "{{\"file\":{file}}}")
    } else {
        writeln!(out, "{{\"file\":{file},{rest}")
    }
}

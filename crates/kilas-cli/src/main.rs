//! `kilas`: the Kilas engine on the command line. The contract is in docs/CLI.md.

mod input;

use clap::{Parser, Subcommand, ValueEnum};
use input::read_input;
use kilas_engine::{analyze, brief, Date, Options};
use std::io::{self, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "kilas", version, about = "Indonesian press releases into English glosses, facts and briefs, offline.")]
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
        /// Input file; `-` or nothing reads standard input.
        file: Option<String>,
    },
    /// The full analysis as JSON (sentences, tokens, facts, summary, stats).
    Analyze {
        /// One JSON object per input line (JSON Lines), each line its own document.
        #[arg(long)]
        lines: bool,
        /// Publication date (YYYY-MM-DD) used to resolve `Rabu (4/9)`.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        /// Summary length, in sentences.
        #[arg(long, default_value_t = 3)]
        sentences: usize,
        file: Option<String>,
    },
    /// Root of each word: one per line, or with --lines one output line per input line.
    Lemma {
        #[arg(long)]
        lines: bool,
        file: Option<String>,
    },
    /// The English brief.
    Brief {
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[arg(long, default_value_t = 3)]
        sentences: usize,
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
        file: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Md,
    Text,
    Json,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kilas: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match cli.command {
        Command::Gloss { lines, file } => {
            let text = read_input(file.as_deref())?;
            if lines {
                for line in text.lines() {
                    let g = kilas_engine::gloss_document(line);
                    writeln!(out, "{}", g.lines().collect::<Vec<_>>().join(" "))?;
                }
            } else {
                write!(out, "{}", kilas_engine::gloss_document(&text))?;
            }
        }
        Command::Analyze { lines, date, sentences, file } => {
            let text = read_input(file.as_deref())?;
            let opts = Options { date, summary_sentences: sentences };
            if lines {
                for line in text.lines() {
                    let mut a = analyze(line, &opts);
                    if let Ok(spec) = std::env::var("KILAS_SUMMARY_WEIGHTS") {
                        let w = kilas_engine::summary::Weights::default().with_overrides(&spec);
                        kilas_engine::summary::resummarize(&mut a, kilas_engine::summary::Length::Sentences(sentences), &w);
                    }
                    serde_json::to_writer(&mut out, &a)?;
                    writeln!(out)?;
                }
            } else {
                let mut a = analyze(&text, &opts);
                if let Ok(spec) = std::env::var("KILAS_SUMMARY_WEIGHTS") {
                    let w = kilas_engine::summary::Weights::default().with_overrides(&spec);
                    kilas_engine::summary::resummarize(&mut a, kilas_engine::summary::Length::Sentences(sentences), &w);
                }
                serde_json::to_writer(&mut out, &a)?;
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
                    writeln!(out, "{}", roots.join(" "))?;
                }
            } else {
                for t in kilas_engine::analysis::word_tokens(&text) {
                    writeln!(out, "{}", kilas_engine::lemma(t.text(&text)))?;
                }
            }
        }
        Command::Brief { date, sentences, format, file } => {
            let text = read_input(file.as_deref())?;
            let a = analyze(&text, &Options { date, summary_sentences: sentences });
            match format {
                Format::Md => write!(out, "{}", brief::render_markdown(&a))?,
                Format::Text => write!(out, "{}", brief::render_text(&a))?,
                Format::Json => {
                    serde_json::to_writer(&mut out, &a)?;
                    writeln!(out)?;
                }
            }
        }
    }
    out.flush()
}

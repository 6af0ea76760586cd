//! User settings, saved beside the draft as a short `key=value;…` string.

use kilas_engine::facts::FactKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    Small,
    #[default]
    Medium,
    Large,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Summary length in sentences (1–6).
    pub summary_sentences: usize,
    pub show_alternatives: bool,
    pub theme: Theme,
    pub text_size: TextSize,
    /// Fact kinds whose highlighting is switched off.
    pub hidden_kinds: Vec<FactKind>,
    /// Boilerplate rows collapsed.
    pub collapse_boilerplate: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            summary_sentences: 3,
            show_alternatives: false,
            theme: Theme::System,
            text_size: TextSize::Medium,
            hidden_kinds: Vec::new(),
            collapse_boilerplate: false,
        }
    }
}

impl Theme {
    pub const ALL: [(Theme, &'static str); 3] =
        [(Theme::System, "system"), (Theme::Light, "light"), (Theme::Dark, "dark")];
    pub fn name(self) -> &'static str {
        Theme::ALL.iter().find(|(t, _)| *t == self).map_or("system", |(_, n)| n)
    }
    pub fn from_name(s: &str) -> Theme {
        Theme::ALL.iter().find(|(_, n)| *n == s).map_or(Theme::System, |(t, _)| *t)
    }
}

impl TextSize {
    pub const ALL: [(TextSize, &'static str); 3] =
        [(TextSize::Small, "small"), (TextSize::Medium, "medium"), (TextSize::Large, "large")];
    pub fn name(self) -> &'static str {
        TextSize::ALL.iter().find(|(t, _)| *t == self).map_or("medium", |(_, n)| n)
    }
    pub fn from_name(s: &str) -> TextSize {
        TextSize::ALL.iter().find(|(_, n)| *n == s).map_or(TextSize::Medium, |(t, _)| *t)
    }
}

impl Settings {
    pub fn to_storage(&self) -> String {
        let hidden: Vec<&str> = self.hidden_kinds.iter().map(|k| k.as_str()).collect();
        format!(
            "summary={};alternatives={};theme={};size={};hidden={};collapse={}",
            self.summary_sentences,
            self.show_alternatives,
            self.theme.name(),
            self.text_size.name(),
            hidden.join(","),
            self.collapse_boilerplate
        )
    }

    /// Parse a saved string; unknown or broken parts fall back to the defaults.
    pub fn from_storage(s: &str) -> Settings {
        let mut out = Settings::default();
        for part in s.split(';') {
            let Some((k, v)) = part.split_once('=') else { continue };
            match k {
                "summary" => out.summary_sentences = v.parse().unwrap_or(3).clamp(1, 6),
                "alternatives" => out.show_alternatives = v == "true",
                "theme" => out.theme = Theme::from_name(v),
                "size" => out.text_size = TextSize::from_name(v),
                "hidden" => {
                    out.hidden_kinds =
                        FactKind::ALL.into_iter().filter(|k| v.split(',').any(|x| x == k.as_str())).collect()
                }
                "collapse" => out.collapse_boilerplate = v == "true",
                _ => {}
            }
        }
        out
    }
}

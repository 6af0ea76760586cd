//! The TSV files under `data/`, embedded at build time (compacted by `build.rs`: comments and
//! notes dropped). Add a file here and in `data/README.md` together; the order matters: for a
//! form listed in several files, the earlier file's entry comes first.

macro_rules! data_file {
    ($name:literal) => {
        ($name, include_str!(concat!(env!("OUT_DIR"), "/", $name)))
    };
}

pub const FILES: &[(&str, &str)] = &[
    data_file!("function-words.tsv"),
    data_file!("lemmas-a-k.tsv"),
    data_file!("lemmas-l-z.tsv"),
    data_file!("derived.tsv"),
    data_file!("phrases.tsv"),
    data_file!("acronyms.tsv"),
    data_file!("titles.tsv"),
    data_file!("institutions.tsv"),
    data_file!("places.tsv"),
    data_file!("countries.tsv"),
    data_file!("units.tsv"),
    data_file!("gloss-fixes.tsv"),
];

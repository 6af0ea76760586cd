//! Institutions, titles and places in English order (invented sentences).

fn gloss(s: &str) -> String {
    kilas_engine::gloss_document(s).lines().collect::<Vec<_>>().join(" ")
}

#[test]
fn place_after_bracketed_acronym_moves_first() {
    let g = gloss("Dinas Kesehatan (Dinkes) Kota Bandung mencatat 10 kasus baru.");
    assert!(g.starts_with("The Bandung City Health Office (Dinkes)"), "{g}");
}

#[test]
fn institution_and_place() {
    let g = gloss("Kapolres Wajo memimpin rapat.");
    assert!(g.contains("Wajo District Police Chief"), "{g}");
}

#[test]
fn title_of_regional_agency() {
    let g = gloss("Kepala Pelaksana BPBD Jawa Barat Dodi Santoso meninjau lokasi.");
    assert!(
        g.starts_with("Executive Head of the West Java Regional Disaster Management Agency (BPBD) Dodi Santoso"),
        "{g}"
    );
}

#[test]
fn building_names() {
    let g = gloss("Pertemuan digelar di Gedung Kantor Bupati Wajo.");
    assert!(g.contains("the Wajo Regent's Office Building"), "{g}");
    let g = gloss("Tamu diterima di Kantor Gubernur Sulsel.");
    assert!(g.contains("the South Sulawesi Governor's Office"), "{g}");
}

#[test]
fn naming_noun_with_modifier_puts_the_name_first() {
    let g = gloss("Pesawat itu mendarat di Bandara Internasional Juanda.");
    assert!(g.contains("Juanda International Airport"), "{g}");
}

#[test]
fn official_owns_the_office() {
    let g = gloss("Massa berkumpul di depan kantor bupati Wajo.");
    assert!(g.contains("the Wajo regent's office"), "{g}");
    let g = gloss("Rumah dinas gubernur dijaga polisi.");
    assert!(g.starts_with("The governor's official residence"), "{g}");
}

#[test]
fn residents_own_what_precedes_them() {
    let g = gloss("Petugas memeriksa keselamatan warga di lokasi.");
    assert!(g.contains("the residents' safety"), "{g}");
    assert!(!g.contains("resident safety"), "{g}");
}

#[test]
fn unit_of_a_regional_institution() {
    let g = gloss("Kepala Satuan Reserse Kriminal Polresta Palu AKP Budi Rahman memberi keterangan.");
    assert!(g.starts_with("Head of the Criminal Investigation Unit of the Palu City Police (Polresta)"), "{g}");
}

#[test]
fn one_of_with_its_own_determiner() {
    let g = gloss("Salah satu pendukung mereka hadir di acara itu.");
    assert!(!g.contains("of the their"), "{g}");
}

#[test]
fn a_title_without_a_name_takes_the() {
    let g = gloss("Gubernur menerima tamu dari Jepang.");
    assert!(g.starts_with("The Governor received"), "{g}");
    let g = gloss("Gubernur Andi Rahman menerima tamu.");
    assert!(!g.starts_with("The"), "{g}");
}

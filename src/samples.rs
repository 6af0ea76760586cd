//! Sample articles written by the Kilas project (fictional people and figures), shown in the
//! app so a new user sees what Kilas does. Never copied from news sites.

pub struct Sample {
    pub label: &'static str,
    pub date: &'static str,
    pub text: &'static str,
}

pub const SAMPLES: &[Sample] = &[Sample {
    label: "Legal: IP clinic (Kemenkumham)",
    date: "2024-09-05",
    text: "Makassar (ANTARA) - Kantor Wilayah Kementerian Hukum dan HAM (Kemenkumham) Sulawesi Selatan membuka layanan konsultasi kekayaan intelektual bagi pelaku usaha di Kabupaten Gowa, Rabu (4/9).\n\
\"Kami ingin pelaku usaha kecil memahami pentingnya mendaftarkan merek sejak awal,\" kata Kepala Kanwil Kemenkumham Sulsel Budi Santoso di Makassar, Kamis (5/9).\n\
Menurut dia, kegiatan itu diikuti 120 peserta dari berbagai daerah dan berlangsung selama tiga hari.\n\
Biaya pendaftaran merek bagi usaha mikro dan kecil tetap Rp500 ribu per kelas.\n\
Pewarta: Tim Kilas\n",
}];

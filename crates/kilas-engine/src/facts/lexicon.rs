//! Word lists the name finder needs beyond the glossary: titles and degrees, the head words
//! of organisation and place names, speech verbs, and a small gazetteer of well-known places
//! and institutions (so the finder works even while the glossary is still small).
//!
//! Every list is compared lower-case.

/// Positions and roles that stand before a name (`Kepala`, `Ketua`, `Bupati`).
pub const ROLE_WORDS: &[&str] = &[
    "kepala", "ketua", "wakil", "direktur", "dirut", "menteri", "gubernur", "wagub", "bupati", "wabup", "wali",
    "walikota", "wawali", "camat", "lurah", "kades", "sekretaris", "sekda", "sekjen", "plt", "plh", "pj", "penjabat",
    "presiden", "wapres", "panglima", "jaksa", "hakim", "manajer", "manager", "komandan", "dandim", "danrem", "rektor",
    "dekan", "pelatih", "atlet", "kapolres", "kapolresta", "kapolda", "kapolsek", "kapolri", "wakapolres", "kasat",
    "kasatreskrim", "kasi", "kasie", "kabid", "kadis", "kadiv", "kasubdit", "kasubag", "kabag", "karo", "kakanwil",
    "kajari", "kajati", "kasipidsus", "kasipidum", "kasi intel", "kalapas", "karutan", "kadivyankumham", "kadivim",
    "kadivpas", "koordinator", "anggota", "staf", "ketum", "kepsek", "guru", "dosen", "peneliti", "pengamat", "ahli",
    "juru", "jubir", "pimpinan", "pemimpin", "inspektur", "irjen", "brigjen", "komjen", "jenderal",
    "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigadir", "bripda",
    "briptu", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "serka", "sertu", "serda", "kopda", "pratu",
    "laksamana", "marsekal", "mayjen", "letjen", "pol", "polisi", "pak", "bu", "bapak", "ibu", "sdr", "sdri", "saudara",
    "tuan", "nyonya", "ustaz", "ustad", "kiai", "kh", "habib", "syekh", "romo", "pendeta", "pastor", "ners",
    "senator", "duta", "dubes", "asisten", "deputi", "staf", "penyidik", "kabag", "humas", "kasubbag", "kasubsi",
    "pelaksana", "harian", "kanit", "panit", "wakasat", "menko", "mensos", "menkes", "mendagri", "menlu", "menkeu",
    "menpora", "mendikbud", "menhan", "menag", "menkumham", "menteri", "wamen", "jaksa agung", "politikus", "politisi",
    "mantan", "kader", "pengacara", "penyanyi", "artis", "aktor", "aktris", "pengusaha", "ekonom", "analis", "pakar",
    "tokoh", "ulama", "sekjen", "bendahara", "waketum", "ketum", "capres", "cawapres", "cagub", "cabup", "cawalkot",
    "kapuspen", "kabareskrim", "kadiv", "karopenmas", "kabidhumas", "kasubbid", "pangdam", "danlanud", "kasad",
    "kasal", "kasau", "danjen", "kabais", "sultan", "raja", "ratu", "pangeran", "perdana", "kanselir", "komisioner", "founder", "ceo", "owner", "chairman", "executive", "co-founder",
];

/// Head words of a role's unit that follow the role word (`Kepala Bidang …`).
pub const UNIT_WORDS: &[&str] = &[
    "bidang", "divisi", "seksi", "bagian", "subbagian", "subbidang", "urusan", "unit", "satuan", "pelaksana",
    "tindak", "pidana", "khusus", "umum", "hubungan", "masyarakat", "operasional", "program", "harian",
];

/// Title abbreviations and honorifics that stand before a name (`Dr.`, `H.`, `Prof.`).
pub const NAME_PREFIXES: &[&str] = &[
    "dr", "dr.", "drs", "drs.", "dra", "dra.", "h", "h.", "hj", "hj.", "ir", "ir.", "prof", "prof.", "drg", "drg.", "kh",
    "kh.", "sdr", "sdr.", "ny", "ny.", "mama", "papa", "mbak", "mas", "kak", "bang", "om", "tante", "oma", "opa", "teteh", "akang", "uda", "uni", "tn", "tn.", "bpk", "bpk.", "st.", "hc", "raden", "rd", "rd.", "pak", "bu",
    "bapak", "ibu", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
];

/// Academic degrees written after a name, without dots, lower-case (`S.H.` → `sh`).
pub const DEGREES: &[&str] = &[
    "sh", "mh", "msi", "sik", "se", "mm", "mba", "phd", "spd", "mpd", "ssos", "msos", "st", "mt", "skom", "mkom", "sag",
    "mag", "lc", "ma", "skm", "mkes", "sked", "sp", "mhum", "shum", "sip", "map", "sstp", "msc", "bsc", "ssi", "spt",
    "ssn", "sth", "mth", "sfarm", "apt", "ak", "cpa", "dipl", "shi", "mhi", "spog", "spa", "sppd", "mph", "mkn", "sikom",
    "se.", "ba", "sh.", "mpa", "mp", "spsi", "mpsi", "seak", "ssi", "sei", "mei", "dr", "drh", "amd", "skep", "mkep",
    "sstp", "msi", "mtr", "ipu", "ir", "mec", "mpdi", "spdi", "shi", "mhi", "sthi", "msy",
];

/// First words of organisation names.
pub const ORG_HEADS: &[&str] = &[
    "kementerian", "kemenkumham", "kemenag", "kemendikbud", "kemenkes", "kemenkeu", "kantor", "kanwil", "dinas",
    "dinkes", "disdik", "badan", "dewan", "komisi", "mahkamah", "pengadilan", "kejaksaan", "kejari", "kejati",
    "kejagung", "kepolisian", "polres", "polresta", "polda", "polsek", "polrestabes", "polri", "partai", "bank",
    "pt", "cv", "universitas", "institut", "politeknik", "sekolah", "akademi", "pemerintah", "pemkab", "pemkot",
    "pemprov", "pemdes", "lembaga", "lapas", "rutan", "rudenim", "direktorat", "ditjen", "perhimpunan", "ikatan",
    "persatuan", "asosiasi", "himpunan", "gabungan", "pengurus", "kontingen", "panitia", "yayasan", "koperasi",
    "inspektorat", "sekretariat", "biro", "balai", "pusat", "majelis", "kodam", "kodim", "korem", "koramil", "lanud",
    "lantamal", "satpol", "bawaslu", "kpu", "bpbd", "basarnas", "bmkg", "bps", "bpjs", "rsud", "rumah sakit",
    "puskesmas", "perusahaan", "perum", "perumda", "pdam", "kelompok", "forum", "serikat", "federasi", "organisasi",
    "bumn", "bumd", "tim", "satgas", "kontingen", "klub", "ditreskrimsus", "ditreskrimum", "satreskrim", "satlantas",
    "imigrasi", "kemenkum", "kemenham", "kemenlu", "kemendagri", "kemenpan", "kementrian", "fakultas", "program",
    "dprd", "dpr", "mpr", "dpd", "kpk", "ojk", "bpk", "bpkp", "kadin", "apindo", "pln", "kai", "daop", "pelindo",
    "pertamina", "telkom", "persero", "stasiun klimatologi", "stasiun meteorologi", "stasiun geofisika", "unit",
];

/// First words of place names.
pub const PLACE_HEADS: &[&str] = &[
    "kabupaten", "kab.", "kota", "provinsi", "prov.", "kecamatan", "kec.", "desa", "kelurahan", "kel.", "distrik",
    "kampung", "dusun", "jalan", "jl.", "jln.", "gedung", "bandara", "bandar", "pelabuhan", "pantai", "pulau",
    "danau", "sungai", "gunung", "stasiun", "terminal", "pasar", "lapangan", "gor", "asrama", "teluk", "selat", "laut",
    "istana", "taman", "alun-alun", "masjid", "gereja", "pura", "vihara", "klenteng", "hotel", "wisma", "balai kota",
    "kawasan", "perumahan", "kompleks", "komplek", "bukit", "lembah", "tanjung", "kepulauan", "benteng", "candi",
    "museum", "stadion", "tpa", "tps", "embarkasi", "simpang", "bundaran", "tol", "jembatan", "waduk", "bendungan",
    "situ", "air terjun", "krueng", "ci", "pegunungan", "rt", "rw", "blok", "gang", "gg.", "graha", "aula", "pendopo",
    "pendapa", "sekretariat", "kantor bupati", "kantor gubernur", "kantor wali kota", "rumah dinas", "rumah jabatan",
];

/// Common words that may stand first in a sentence and are never names.
pub const NOT_NAMES: &[&str] = &[
    "ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "anda", "engkau", "kamu", "menurut", "sementara",
    "selain", "namun", "tetapi", "dengan", "saat", "dalam", "pada", "di", "ke", "dari", "para", "kedua", "keduanya",
    "salah", "sebelum", "sebelumnya", "setelah", "atas", "padahal", "sebanyak", "berdasarkan", "hingga", "sampai",
    "kini", "ini", "itu", "tersebut", "adapun", "selanjutnya", "kemudian", "lalu", "bahkan", "jika", "kalau", "apabila",
    "karena", "sehingga", "meski", "meskipun", "walaupun", "untuk", "bagi", "oleh", "yang", "dan", "atau", "tak",
    "tidak", "belum", "sudah", "telah", "akan", "masih", "juga", "pun", "hal", "selama", "sejak", "sebagai", "seperti",
    "tahun", "bulan", "minggu", "hari", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "ahad", "pukul",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
    "desember", "semua", "seluruh", "setiap", "tiap", "banyak", "beberapa", "sejumlah", "ada", "apa", "siapa",
    "bagaimana", "mengapa", "kenapa", "dimana", "kapan", "mari", "ayo", "terima", "kasih", "alhamdulillah", "insya",
    "insyaallah", "mudah-mudahan", "semoga", "jangan", "harus", "perlu", "bisa", "dapat", "mampu", "mohon", "silakan",
    "sedangkan", "maka", "agar", "supaya", "sebab", "jadi", "yakni", "yaitu", "antara", "lain", "terkait", "soal",
    "mengenai", "tentang", "kepada", "terhadap", "tanpa", "sekitar", "kurang", "lebih", "hampir", "baru", "lagi",
    "dulu", "kemarin", "besok", "nanti", "sekarang", "tadi", "pagi", "siang", "sore", "malam", "wib", "wita", "wit",
    "rp", "usd", "persen", "total", "jumlah", "angka", "data", "nomor", "pasal", "ayat", "undang-undang", "uu",
    "perpres", "permen", "perda", "pp", "sebelum", "sesudah", "usai", "begitu", "demikian", "bila", "kendati",
    "terutama", "terkait", "terlebih", "tentu", "termasuk", "khususnya", "utamanya", "apalagi", "seharusnya",
    "sebenarnya", "tampaknya", "rupanya", "ternyata", "memang", "kalaupun", "guna", "demi", "konon", "lantas",
    "selanjutnya", "pertama", "kedua", "ketiga", "terakhir", "sedikitnya", "setidaknya", "paling", "artinya",
    "misalnya", "contohnya", "sebaliknya", "akibatnya", "sebagian", "sebagainya", "dulu", "kalau", "yang", "hanya",
    "cuma", "tapi", "lantaran", "biasanya", "umumnya", "sekali", "secara", "lewat", "melalui", "hingga", "tercatat",
    "sebut", "kata", "ujar", "ungkap", "jelas", "tutur", "tegas", "tambah", "imbuh", "lanjut", "pungkas", "papar",
    "terang", "sebutnya", "katanya", "ujarnya", "ungkapnya", "jelasnya", "tuturnya", "tegasnya", "tambahnya", "ya",
    "oh", "wah", "nah", "selamat", "foto", "dok", "humas", "ket", "baca", "simak", "berita", "the", "of", "and",
    "in", "on", "at", "a", "an", "for", "with",
    "tuhan", "allah", "nabi", "islam", "kristen", "katolik", "hindu", "buddha", "muslim",
];

/// Speech verbs written after a quotation (`"…," kata Andi`).
pub const SAID_AFTER: &[&str] = &[
    "kata", "ujar", "ungkap", "jelas", "tutur", "tegas", "tambah", "imbuh", "papar", "sebut", "terang", "lanjut",
    "pungkas", "ucap", "tandas", "timpal", "seru", "harap", "pinta", "akui", "klaim", "katanya", "ujarnya",
    "ungkapnya", "jelasnya", "tuturnya", "tegasnya", "tambahnya", "imbuhnya", "paparnya", "sebutnya", "terangnya",
    "lanjutnya", "pungkasnya", "ucapnya", "tandasnya", "timpalnya", "serunya", "harapnya", "pintanya", "akunya",
    "klaimnya", "menurutnya", "kata dia", "ujar dia", "kata ia", "ujar ia", "tegas dia", "ungkap dia", "jelas dia",
    "tutur dia", "tambah dia", "kata beliau", "ujar beliau",
];

/// Speech verbs that introduce indirect speech or a following quotation (`X mengatakan, …`).
pub const SAID_BEFORE: &[&str] = &[
    "mengatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menuturkan", "menambahkan", "menyebutkan",
    "menyampaikan", "menerangkan", "memaparkan", "mengimbau", "meminta", "berharap", "mengaku", "mengakui",
    "menilai", "menyatakan", "mengingatkan", "berkata", "bilang", "mengutarakan", "menekankan", "membenarkan",
    "memastikan", "menuturkan", "menyebut", "mengklaim", "mengemukakan", "melaporkan", "berujar", "bertutur",
];

/// Words that, just before a capitalised word, make it a place (`di Sengkang`).
pub const PLACE_CUES: &[&str] = &[
    "di", "ke", "dari", "asal", "menuju", "kawasan", "wilayah", "daerah", "sekitar", "se-", "kota", "provinsi",
    "negara", "negeri", "melalui", "via",
];

/// Words that, just before a capitalised word, make it a person (`kata Andi`, `oleh Budi`).
pub const PERSON_CUES: &[&str] = &[
    "kata", "ujar", "ungkap", "jelas", "tutur", "tegas", "tambah", "imbuh", "menurut", "sapaan", "bernama", "nama",
    "saudara", "inisial", "berinisial", "tersangka", "terdakwa", "korban", "pelaku", "almarhum", "almarhumah", "putra",
    "putri", "istri", "suami", "anak", "ayah", "ibunda", "ayahanda", "rekan", "bersama", "oleh", "akrab", "disapa",
    "pak", "bu", "bapak", "ibu", "dokter", "dr", "saksi", "peserta", "warga", "perajin", "petani", "nelayan", "pedagang",
    "seorang", "siswa", "mahasiswa", "penumpang", "kader", "pemain", "atlet", "pelatih", "jemaah", "calon", "guru",
];

/// Provinces, their usual short forms, big cities and regions (a seed gazetteer; the
/// glossary's `place` entries add to it).
pub const PLACES: &[(&str, &str)] = &[
    ("aceh", "Aceh"), ("sumatera utara", "North Sumatra"), ("sumut", "North Sumatra"), ("sumatera barat", "West Sumatra"),
    ("sumbar", "West Sumatra"), ("riau", "Riau"), ("kepulauan riau", "Riau Islands"), ("kepri", "Riau Islands"),
    ("jambi", "Jambi"), ("sumatera selatan", "South Sumatra"), ("sumsel", "South Sumatra"), ("bengkulu", "Bengkulu"),
    ("lampung", "Lampung"), ("bangka belitung", "Bangka Belitung"), ("kepulauan bangka belitung", "Bangka Belitung Islands"),
    ("babel", "Bangka Belitung"), ("dki jakarta", "Jakarta"), ("jakarta", "Jakarta"), ("jawa barat", "West Java"),
    ("jabar", "West Java"), ("jawa tengah", "Central Java"), ("jateng", "Central Java"), ("jawa timur", "East Java"),
    ("jatim", "East Java"), ("banten", "Banten"), ("di yogyakarta", "Yogyakarta"), ("diy", "Yogyakarta"),
    ("yogyakarta", "Yogyakarta"), ("jogja", "Yogyakarta"), ("bali", "Bali"), ("nusa tenggara barat", "West Nusa Tenggara"),
    ("ntb", "West Nusa Tenggara"), ("nusa tenggara timur", "East Nusa Tenggara"), ("ntt", "East Nusa Tenggara"),
    ("kalimantan barat", "West Kalimantan"), ("kalbar", "West Kalimantan"), ("kalimantan tengah", "Central Kalimantan"),
    ("kalteng", "Central Kalimantan"), ("kalimantan selatan", "South Kalimantan"), ("kalsel", "South Kalimantan"),
    ("kalimantan timur", "East Kalimantan"), ("kaltim", "East Kalimantan"), ("kalimantan utara", "North Kalimantan"),
    ("kaltara", "North Kalimantan"), ("sulawesi utara", "North Sulawesi"), ("sulut", "North Sulawesi"),
    ("sulawesi tengah", "Central Sulawesi"), ("sulteng", "Central Sulawesi"), ("sulawesi selatan", "South Sulawesi"),
    ("sulsel", "South Sulawesi"), ("sulawesi tenggara", "Southeast Sulawesi"), ("sultra", "Southeast Sulawesi"),
    ("sulawesi barat", "West Sulawesi"), ("sulbar", "West Sulawesi"), ("gorontalo", "Gorontalo"), ("maluku", "Maluku"),
    ("maluku utara", "North Maluku"), ("malut", "North Maluku"), ("papua", "Papua"), ("papua barat", "West Papua"),
    ("papua tengah", "Central Papua"), ("papua selatan", "South Papua"), ("papua pegunungan", "Highland Papua"),
    ("papua barat daya", "Southwest Papua"), ("sumatera", "Sumatra"), ("sumatra", "Sumatra"), ("jawa", "Java"),
    ("kalimantan", "Kalimantan"), ("sulawesi", "Sulawesi"), ("nusantara", "Nusantara"), ("indonesia", "Indonesia"),
    ("medan", "Medan"), ("padang", "Padang"), ("pekanbaru", "Pekanbaru"), ("palembang", "Palembang"),
    ("bandar lampung", "Bandar Lampung"), ("bandung", "Bandung"), ("bogor", "Bogor"), ("bekasi", "Bekasi"),
    ("depok", "Depok"), ("tangerang", "Tangerang"), ("semarang", "Semarang"), ("solo", "Solo"), ("surakarta", "Surakarta"),
    ("surabaya", "Surabaya"), ("malang", "Malang"), ("denpasar", "Denpasar"), ("mataram", "Mataram"), ("kupang", "Kupang"),
    ("pontianak", "Pontianak"), ("palangka raya", "Palangka Raya"), ("banjarmasin", "Banjarmasin"),
    ("samarinda", "Samarinda"), ("balikpapan", "Balikpapan"), ("makassar", "Makassar"), ("manado", "Manado"),
    ("palu", "Palu"), ("kendari", "Kendari"), ("ambon", "Ambon"), ("jayapura", "Jayapura"), ("sorong", "Sorong"),
    ("batam", "Batam"), ("serang", "Serang"), ("cirebon", "Cirebon"), ("banda aceh", "Banda Aceh"),
    ("lhokseumawe", "Lhokseumawe"), ("jakarta pusat", "Central Jakarta"), ("jakarta selatan", "South Jakarta"),
    ("jakarta utara", "North Jakarta"), ("jakarta barat", "West Jakarta"), ("jakarta timur", "East Jakarta"),
    ("bengkulu", "Bengkulu"), ("ternate", "Ternate"), ("merauke", "Merauke"), ("madinah", "Medina"), ("makkah", "Mecca"),
    ("mekkah", "Mecca"), ("jeddah", "Jeddah"), ("senayan", "Senayan"), ("menteng", "Menteng"), ("cikini", "Cikini"),
    ("kuala lumpur", "Kuala Lumpur"), ("moskow", "Moscow"), ("washington", "Washington"), ("london", "London"),
    ("paris", "Paris"), ("tokyo", "Tokyo"), ("beijing", "Beijing"), ("canberra", "Canberra"), ("sydney", "Sydney"),
    ("gaza", "Gaza"), ("tepi barat", "West Bank"), ("yerusalem", "Jerusalem"), ("kairo", "Cairo"), ("doha", "Doha"),
    ("dubai", "Dubai"), ("riyadh", "Riyadh"), ("bangkok", "Bangkok"), ("manila", "Manila"), ("hanoi", "Hanoi"),
    ("new york", "New York"), ("eropa", "Europe"), ("asia", "Asia"), ("afrika", "Africa"), ("amerika", "America"),
    ("asia tenggara", "Southeast Asia"), ("timur tengah", "Middle East"), ("australia", "Australia"),
    ("malaysia", "Malaysia"), ("singapura", "Singapore"), ("thailand", "Thailand"), ("filipina", "the Philippines"),
    ("vietnam", "Vietnam"), ("brunei", "Brunei"), ("timor leste", "Timor-Leste"), ("china", "China"), ("tiongkok", "China"),
    ("jepang", "Japan"), ("korea selatan", "South Korea"), ("korea utara", "North Korea"), ("india", "India"),
    ("pakistan", "Pakistan"), ("afghanistan", "Afghanistan"), ("iran", "Iran"), ("irak", "Iraq"), ("suriah", "Syria"),
    ("lebanon", "Lebanon"), ("libanon", "Lebanon"), ("israel", "Israel"), ("palestina", "Palestine"),
    ("mesir", "Egypt"), ("arab saudi", "Saudi Arabia"), ("turki", "Turkey"), ("rusia", "Russia"), ("ukraina", "Ukraine"),
    ("jerman", "Germany"), ("prancis", "France"), ("perancis", "France"), ("belanda", "the Netherlands"),
    ("inggris", "the United Kingdom"), ("amerika serikat", "the United States"),
    ("kanada", "Canada"), ("meksiko", "Mexico"), ("brasil", "Brazil"), ("argentina", "Argentina"), ("italia", "Italy"),
    ("spanyol", "Spain"), ("portugal", "Portugal"), ("polandia", "Poland"), ("yunani", "Greece"), ("nigeria", "Nigeria"),
    ("libya", "Libya"), ("sudan", "Sudan"), ("qatar", "Qatar"), ("yaman", "Yemen"), ("yordania", "Jordan"),
    ("selandia baru", "New Zealand"), ("swiss", "Switzerland"), ("swedia", "Sweden"), ("norwegia", "Norway"),
    ("denmark", "Denmark"), ("finlandia", "Finland"), ("belgia", "Belgium"), ("austria", "Austria"), ("hongaria", "Hungary"),
    ("ceko", "Czechia"), ("kuba", "Cuba"), ("venezuela", "Venezuela"), ("kolombia", "Colombia"), ("chile", "Chile"),
    ("peru", "Peru"), ("myanmar", "Myanmar"), ("kamboja", "Cambodia"), ("laos", "Laos"), ("bangladesh", "Bangladesh"),
    ("sri lanka", "Sri Lanka"), ("nepal", "Nepal"), ("taiwan", "Taiwan"), ("hong kong", "Hong Kong"),
    ("korea", "Korea"), ("zimbabwe", "Zimbabwe"), ("kenya", "Kenya"), ("ethiopia", "Ethiopia"), ("somalia", "Somalia"),
    ("liberia", "Liberia"), ("guinea", "Guinea"), ("sierra leone", "Sierra Leone"), ("tunisia", "Tunisia"),
    ("aljazair", "Algeria"), ("maroko", "Morocco"), ("afrika selatan", "South Africa"), ("hawaii", "Hawaii"),
    ("papua nugini", "Papua New Guinea"), ("jawa-bali", "Java-Bali"), ("sukabumi", "Sukabumi"), ("garut", "Garut"),
    ("cianjur", "Cianjur"), ("tasikmalaya", "Tasikmalaya"), ("karawang", "Karawang"), ("purwakarta", "Purwakarta"),
    ("subang", "Subang"), ("sumedang", "Sumedang"), ("kudus", "Kudus"), ("pati", "Pati"), ("magelang", "Magelang"),
    ("klaten", "Klaten"), ("sleman", "Sleman"), ("bantul", "Bantul"), ("kediri", "Kediri"), ("blitar", "Blitar"),
    ("jember", "Jember"), ("banyuwangi", "Banyuwangi"), ("sidoarjo", "Sidoarjo"), ("gresik", "Gresik"),
    ("lamongan", "Lamongan"), ("madura", "Madura"), ("sumenep", "Sumenep"), ("badung", "Badung"), ("gianyar", "Gianyar"),
    ("lombok", "Lombok"), ("sumbawa", "Sumbawa"), ("flores", "Flores"), ("labuan bajo", "Labuan Bajo"),
    ("wajo", "Wajo"), ("bone", "Bone"), ("gowa", "Gowa"), ("maros", "Maros"), ("pare-pare", "Parepare"),
    ("parepare", "Parepare"), ("palopo", "Palopo"), ("bitung", "Bitung"), ("tarakan", "Tarakan"), ("bontang", "Bontang"),
    ("dumai", "Dumai"), ("bukittinggi", "Bukittinggi"), ("pematangsiantar", "Pematangsiantar"), ("binjai", "Binjai"),
    ("sabang", "Sabang"), ("langsa", "Langsa"), ("cilegon", "Cilegon"), ("tegal", "Tegal"), ("pekalongan", "Pekalongan"),
    ("salatiga", "Salatiga"), ("probolinggo", "Probolinggo"), ("pasuruan", "Pasuruan"), ("mojokerto", "Mojokerto"),
    ("madiun", "Madiun"), ("batu", "Batu"), ("sentani", "Sentani"), ("timika", "Timika"), ("manokwari", "Manokwari"),
    ("belitung", "Belitung"), ("bangka", "Bangka"), ("nias", "Nias"), ("mentawai", "Mentawai"), ("toba", "Toba"),
    ("cibinong", "Cibinong"), ("sengkang", "Sengkang"), ("tanjung pinang", "Tanjung Pinang"), ("tanjungpinang", "Tanjungpinang"),
];

/// Well-known institutions by name or acronym (a seed; the glossary's `org` entries add to it).
pub const ORGS: &[(&str, &str)] = &[
    ("antara", "ANTARA (Indonesian state news agency)"), ("tni", "Indonesian Armed Forces (TNI)"),
    ("polri", "Indonesian National Police (Polri)"), ("kpk", "Corruption Eradication Commission (KPK)"),
    ("dpr", "House of Representatives (DPR)"), ("dpr ri", "House of Representatives (DPR)"),
    ("mpr", "People's Consultative Assembly (MPR)"), ("dpd", "Regional Representative Council (DPD)"),
    ("dprd", "Regional House of Representatives (DPRD)"), ("kpu", "General Elections Commission (KPU)"),
    ("bawaslu", "Elections Supervisory Agency (Bawaslu)"), ("mk", "Constitutional Court (MK)"),
    ("ma", "Supreme Court (MA)"), ("ojk", "Financial Services Authority (OJK)"), ("bi", "Bank Indonesia (BI)"),
    ("bank indonesia", "Bank Indonesia"), ("bmkg", "Meteorology, Climatology and Geophysics Agency (BMKG)"),
    ("bnpb", "National Disaster Management Agency (BNPB)"), ("bpbd", "Regional Disaster Management Agency (BPBD)"),
    ("basarnas", "National Search and Rescue Agency (Basarnas)"), ("bps", "Statistics Indonesia (BPS)"),
    ("bpk", "Audit Board (BPK)"), ("bpkp", "Finance and Development Supervisory Agency (BPKP)"),
    ("bkn", "National Civil Service Agency (BKN)"), ("bnn", "National Narcotics Agency (BNN)"),
    ("bnpt", "National Counterterrorism Agency (BNPT)"), ("bpom", "Food and Drug Supervisory Agency (BPOM)"),
    ("bpjs kesehatan", "BPJS Health"), ("bpjs ketenagakerjaan", "BPJS Employment"), ("bpjs", "BPJS"),
    ("pln", "PLN (state electricity company)"), ("pertamina", "Pertamina"), ("kai", "KAI (Indonesian Railways)"),
    ("unesco", "UNESCO"), ("pbb", "United Nations (PBB)"), ("who", "World Health Organization (WHO)"),
    ("nasa", "NASA"), ("asean", "ASEAN"), ("imf", "IMF"), ("bank dunia", "World Bank"), ("fifa", "FIFA"),
    ("pssi", "Football Association of Indonesia (PSSI)"), ("koni", "National Sports Committee (KONI)"),
    ("ipsi", "Indonesian Pencak Silat Association (IPSI)"), ("phri", "Indonesian Hotel and Restaurant Association (PHRI)"),
    ("kadin", "Indonesian Chamber of Commerce (Kadin)"), ("mui", "Indonesian Ulema Council (MUI)"),
    ("nu", "Nahdlatul Ulama (NU)"), ("pbnu", "Nahdlatul Ulama Executive Board (PBNU)"), ("muhammadiyah", "Muhammadiyah"),
    ("kemenkumham", "Ministry of Law and Human Rights"), ("kemenag", "Ministry of Religious Affairs"),
    ("kemenkes", "Ministry of Health"), ("kemenkeu", "Ministry of Finance"), ("kemendagri", "Ministry of Home Affairs"),
    ("kemenlu", "Ministry of Foreign Affairs"), ("kemendikbud", "Ministry of Education and Culture"),
    ("kemendikbudristek", "Ministry of Education, Culture, Research and Technology"), ("kejagung", "Attorney General's Office"),
    ("kejati", "High Prosecutor's Office"), ("kejari", "District Prosecutor's Office"), ("polda", "Regional Police"),
    ("polres", "District Police"), ("polresta", "City Police"), ("polsek", "Sector Police"),
    ("golkar", "Golkar Party"), ("gerindra", "Gerindra Party"), ("pdip", "PDI-P"), ("pdi-p", "PDI-P"),
    ("pdi perjuangan", "PDI-P"), ("pkb", "National Awakening Party (PKB)"), ("pks", "Prosperous Justice Party (PKS)"),
    ("ppp", "United Development Party (PPP)"), ("pan", "National Mandate Party (PAN)"), ("nasdem", "NasDem Party"),
    ("demokrat", "Democratic Party"), ("hanura", "Hanura Party"), ("perindo", "Perindo Party"), ("psi", "Indonesian Solidarity Party (PSI)"),
    ("hamas", "Hamas"), ("hizbullah", "Hezbollah"), ("taliban", "Taliban"), ("isis", "ISIS"), ("nato", "NATO"),
    ("uni eropa", "European Union"), ("bumn", "State-owned enterprises (BUMN)"), ("bei", "Indonesia Stock Exchange (BEI)"),
    ("ppatk", "Financial Transaction Reports and Analysis Centre (PPATK)"), ("komnas ham", "National Human Rights Commission"),
    ("kontras", "KontraS"), ("icw", "Indonesia Corruption Watch"), ("walhi", "Walhi"), ("ylki", "YLKI"), ("lsi", "LSI"),
    ("tempo", "Tempo"), ("kompas", "Kompas"), ("reuters", "Reuters"), ("afp", "AFP"), ("ap", "AP"), ("bbc", "BBC"),
    ("cnn", "CNN"), ("xinhua", "Xinhua"), ("djki", "Directorate General of Intellectual Property (DJKI)"),
    ("ditjen imigrasi", "Directorate General of Immigration"), ("puskesmas", "community health centre (puskesmas)"),
    ("posyandu", "integrated health post (posyandu)"), ("bulog", "Bulog (state logistics agency)"),
    ("garuda indonesia", "Garuda Indonesia"), ("telkom", "Telkom"), ("bank mandiri", "Bank Mandiri"), ("bri", "BRI"),
    ("bni", "BNI"), ("btn", "BTN"), ("pemprov", "Provincial Government"), ("pemkab", "Regency Government"),
    ("pemkot", "City Government"), ("satpol pp", "Public Order Agency (Satpol PP)"), ("brimob", "Mobile Brigade (Brimob)"),
    ("densus 88", "Densus 88"), ("kodam", "Regional Military Command"), ("lapas", "prison (Lapas)"), ("rutan", "detention centre (Rutan)"),
];

/// English of the common organisation and place head words, for `Kabupaten Wajo` → `Wajo Regency`.
pub const HEAD_EN: &[(&str, &str, bool)] = &[
    // (head, English, true when English puts it after the name)
    ("kabupaten", "Regency", true), ("kab.", "Regency", true), ("kota", "City", true), ("provinsi", "Province", true),
    ("kecamatan", "District", true), ("kec.", "District", true), ("desa", "Village", true), ("kelurahan", "Urban Village", true),
    ("distrik", "District", true), ("kampung", "Village", true), ("dusun", "Hamlet", true), ("jalan", "Street", true),
    ("jl.", "Street", true), ("pulau", "Island", true), ("danau", "Lake", true), ("sungai", "River", true),
    ("gunung", "Mount", false), ("pantai", "Beach", true), ("pasar", "Market", true), ("bandara", "Airport", true),
    ("stasiun", "Station", true), ("kepulauan", "Islands", true), ("teluk", "Bay", true), ("selat", "Strait", true),
    ("polres", "Police", true), ("polresta", "City Police", true), ("polda", "Regional Police", true),
    ("polsek", "Sector Police", true), ("universitas", "University", false), ("pemerintah", "Government", true),
    ("kejari", "District Prosecutor's Office", true), ("kejaksaan negeri", "District Prosecutor's Office", true),
    ("lapangan", "Square", true), ("gedung", "Building", true), ("taman", "Park", true), ("masjid", "Mosque", true),
];

/// Frequent news nouns that open capitalised phrases (`Festival …`, `Program …`) and are
/// never names; a stop-gap beside the glossary.
pub const COMMON_NOUNS: &[&str] = &[
    "festival", "pekan", "gerakan", "klinik", "program", "kartu", "hari", "status", "posisi", "kerja", "data", "sistem",
    "survei", "dana", "bantuan", "kebutuhan", "hijriah", "masehi", "celsius", "teknologi", "pasien", "warga",
    "petugas", "hujan", "air", "puncak", "jarak", "formasi", "destinasi", "tujuan", "biaya", "curah", "banjir", "berat",
    "suhu", "ikan", "nama", "pelanggar", "penumpang", "seorang", "wisman", "longsor", "longsoran", "anak", "orang",
    "rumah", "sekolah", "kegiatan", "acara", "lomba", "kejuaraan", "piala", "turnamen", "liga", "olahraga", "nasional",
    "daerah", "umum", "baru", "besar", "kecil", "tinggi", "rendah", "lama", "modal", "pasar", "harga", "nilai", "uang",
    "kasus", "korban", "tersangka", "pelaku", "polisi", "jaksa", "sidang", "putusan", "hukum", "undang", "peraturan",
    "keputusan", "surat", "dokumen", "laporan", "hasil", "jumlah", "target", "capaian", "realisasi", "anggaran",
    "pemerintah", "negara", "rakyat", "masyarakat", "publik", "bangsa", "tim", "pihak", "kelompok", "keluarga", "ibu",
    "bapak", "mama", "papa", "pangan", "gizi", "stunting", "kesehatan", "pendidikan", "ekonomi", "sosial", "budaya",
    "wisata", "pariwisata", "sampah", "lingkungan", "hutan", "lahan", "sawah", "tanah", "jalan", "jembatan",
    "gedung", "kantor", "layanan", "pelayanan", "sertifikat", "izin", "visa", "paspor", "tiket", "kereta", "pesawat",
    "kapal", "bus", "mobil", "motor", "kendaraan", "sepeda", "bahan", "bakar", "listrik", "energi", "minyak", "gas",
    "emas", "beras", "gula", "cabai", "bawang", "daging", "telur", "susu", "obat", "vaksin", "virus", "penyakit",
    "demam", "berdarah", "dengue", "covid", "pandemi", "bencana", "gempa", "tsunami", "kebakaran", "angin", "cuaca",
    "musim", "kemarau", "iklim", "suasana", "kondisi", "situasi", "upaya", "langkah", "strategi", "kebijakan",
    "rencana", "proyek", "pembangunan", "pekerjaan", "peluang", "tantangan", "masalah", "persoalan", "isu",
    "informasi", "berita", "media", "sosialisasi", "edukasi", "pelatihan", "pembinaan", "pengawasan", "pemeriksaan",
    "penyidikan", "penahanan", "penangkapan", "operasi", "razia", "patroli", "pengamanan", "keamanan", "ketertiban",
    "lalu", "lintas", "arus", "mudik", "balik", "libur", "liburan", "natal", "tahun", "baru", "idul", "fitri", "adha",
    "syawal", "haji", "umrah", "jemaah", "kloter", "calon", "peserta", "pelamar", "guru",
    "siswa", "murid", "mahasiswa", "dosen", "pegawai", "karyawan", "buruh", "pekerja", "petani", "nelayan",
    "pedagang", "pengusaha", "investor", "konsumen", "pelanggan", "pengunjung", "wisatawan", "turis", "tamu",
    "tahap", "babak", "final", "semifinal", "medali", "juara", "atlet", "pemain", "pelatih", "wasit", "skor", "gol",
    "menang", "kalah", "imbang", "inflasi", "pertumbuhan", "penurunan", "kenaikan", "peningkatan", "rupiah", "dolar",
    "utang", "pajak", "retribusi", "bunga", "kredit", "pinjaman", "tabungan", "investasi", "ekspor", "impor",
    "produksi", "distribusi", "stok", "pasokan", "permintaan", "penjualan", "pembelian", "transaksi", "pembayaran",
    "kerugian", "keuntungan", "laba", "pendapatan", "penerimaan", "belanja", "subsidi", "insentif", "tunjangan",
    "gaji", "upah", "honor", "pensiun", "asuransi", "jaminan", "perlindungan", "hak", "kewajiban", "tugas", "fungsi",
    "peran", "raker", "munas", "munaslub", "mukernas", "gaya", "tingkat", "jabatan", "tentara", "pasukan", "militer", "fraksi", "rezim", "kabinet", "koalisi", "kubu", "faksi", "mandiri", "sejahtera", "bersama", "makmur", "maju", "bersatu", "sentosa", "nelayan", "tani", "koperasi", "ramadan", "ramadhan", "idulfitri", "iduladha", "lebaran", "imlek", "pemilu", "pilkada", "hijriah", "nataru", "tanggung", "jawab", "wewenang", "kewenangan", "prosedur", "syarat", "ketentuan", "aturan", "regulasi",
];

/// Direction words that end a place name (`Aceh Utara`, `Jakarta Pusat`).
pub const DIRECTIONS: &[&str] =
    &["utara", "selatan", "barat", "timur", "tengah", "tenggara", "barat daya", "daya", "laut", "pusat", "raya", "kidul", "lor", "wetan", "kulon"];

/// Balinese name openers: `I Made …`, `Ni Luh …`, `I Gusti …`.
pub const BALINESE_SECOND: &[&str] =
    &["made", "wayan", "nyoman", "ketut", "putu", "gede", "kadek", "komang", "luh", "gusti", "nengah", "ketut", "kade"];

/// Acronyms of common things, not institutions (`UMKM`, `SMA`, `THR`).
pub const PLAIN_ACRONYMS: &[&str] = &[
    "sma", "smk", "smp", "sd", "slb", "mts", "kk", "ktp", "kia", "nik", "dpt", "dps", "dptb", "tms", "thr", "blt", "bbm",
    "ump", "umk", "umr", "apbd", "apbn", "pad", "wna", "wni", "umkm", "ikm", "asn", "pns", "pppk", "cpns", "skd", "skb",
    "cat", "ppdb", "pilkada", "pemilu", "pileg", "pilpres", "tps", "dbd", "tbc", "hiv", "aids", "ispa", "covid", "ham",
    "ki", "hki", "sdm", "sda", "iptek", "qris", "nib", "npwp", "bpkb", "stnk", "sim", "lpg", "sppd", "spt", "rt", "rw",
    "wib", "wita", "wit", "km", "kg", "ha", "ppn", "pph", "sar", "ott", "lhkpn", "pdb", "ihk", "ihsg", "rs", "ugd",
    "icu", "bumdes", "pkk", "rtlh", "jkn", "kis", "kip", "pkh", "bpnt", "bst", "uu", "pp", "perpres", "perda",
    "perbup", "pergub", "kuhp", "kuhap", "ite", "narkoba", "lakalantas", "curanmor", "dpo", "bb", "tkp", "gb", "mw",
    "kwh", "ton", "usd", "idr", "ceo", "as", "ruu", "raker", "rdp", "klb", "munas", "munaslub", "mukernas", "rakernas", "rakerda", "musda", "muswil", "ad/art", "ri", "nkri", "hut", "ham", "pmi", "tki", "odgj", "abk", "ibu", "wfh", "ppkm",
];

/// Countries (and continents): in news they stand for the state as often as for the place,
/// so they count as places only after a place word (`di`, `ke`, `dari`, `negara`).
pub const COUNTRY_LIKE: &[&str] = &[
    "israel", "palestina", "jepang", "suriah", "amerika", "amerika serikat", "afrika", "tiongkok", "china", "inggris",
    "perancis", "prancis", "rusia", "irak", "iran", "india", "pakistan", "afghanistan", "malaysia", "singapura",
    "australia", "korea", "korea selatan", "korea utara", "jerman", "belanda", "turki", "mesir", "arab saudi", "ukraina",
    "thailand", "filipina", "vietnam", "kanada", "italia", "spanyol", "nigeria", "libya", "lebanon", "libanon", "qatar",
    "yordania", "yaman", "sudan", "brasil", "meksiko", "eropa", "asia", "indonesia", "timor leste", "myanmar", "kamboja",
];

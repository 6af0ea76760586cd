//! Sample articles written by the Kilas project (fictional people and figures), shown in the
//! app so a new user sees at once what Kilas does. Never copied from news sites.

pub struct Sample {
    /// Button text.
    pub short: &'static str,
    /// Longer description (tooltip).
    pub label: &'static str,
    /// Publication date, for resolving `Rabu (4/9)`.
    pub date: &'static str,
    pub text: &'static str,
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        short: "Law & IP",
        label: "Ministry of Law regional office opens an intellectual-property clinic",
        date: "2024-09-05",
        text: include_str!("../tests/samples/legal-ip-clinic.txt"),
    },
    Sample {
        short: "Police",
        label: "Police arrest a suspect in a job-recruitment fraud",
        date: "2024-10-15",
        text: include_str!("../tests/samples/police-fraud.txt"),
    },
    Sample {
        short: "Disaster",
        label: "Regional disaster agency distributes aid after floods",
        date: "2025-01-21",
        text: include_str!("../tests/samples/flood-aid.txt"),
    },
];

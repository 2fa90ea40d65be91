//! A realistic, entirely fictitious Dutch primary school (basisschool) for demos and load tests.
//!
//! Pure and deterministic: the same seed always gives the same school, nothing is read from the
//! outside world, and no input (seed or size) makes it panic. Names, towns, BRIN codes, e-mail
//! addresses and phone numbers are invented; e-mail addresses only use example.org / example.net /
//! example.com domains. The mix of names mirrors a Dutch town today: mostly Dutch, with families of
//! Moroccan, Turkish, Surinamese, Polish, Ukrainian, Syrian, Eritrean and Somali background and a
//! few English-speaking expats. That background is used only to pick plausible names and home
//! languages; it is deliberately not exposed.
//!
//! Self-contained: depends only on `time`.

use std::collections::HashSet;
use time::macros::date;
use time::{Date, Month};

/// First school day of the demo school year (Monday after the summer holiday, region midden).
pub const FIRST_SCHOOL_DAY: Date = date!(2026 - 08 - 31);
/// Last school day before the summer holiday of 2027.
pub const LAST_SCHOOL_DAY: Date = date!(2027 - 07 - 16);
/// Reference date for the grade/age rule: a pupil in groep `g` (born in the usual window, Oct 1 –
/// Sep 30) is `g + 3` years old on this day; a pupil who stayed down a year is `g + 4`.
pub const AGE_REFERENCE_DATE: Date = date!(2026 - 09 - 30);

// ---------------------------------------------------------------------------------------------
// Public shape
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSchool {
    pub name: String,
    /// BRIN code plus vestigingsnummer, e.g. "27KX00".
    pub brin: String,
    pub city: String,
    /// (2026, 2027)
    pub school_year: (i32, i32),
    pub first_school_day: Date,
    pub last_school_day: Date,
    /// Domain of the staff e-mail addresses, e.g. "regenboog.example.org".
    pub email_domain: String,
    pub staff: Vec<DemoStaff>,
    pub groups: Vec<DemoGroup>,
    pub families: Vec<DemoFamily>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoStaff {
    /// Full display name, e.g. "Marieke van der Linden".
    pub name: String,
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    /// Dutch job title: "directeur", "adjunct-directeur", "intern begeleider",
    /// "administratief medewerker", "groepsleerkracht".
    pub job_title: &'static str,
    pub email: String,
    pub teacher: bool,
    pub care_coordinator: bool,
    pub director: bool,
    pub administrator: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoGroup {
    /// "1/2A", "1/2B", "3", "4", ... "8"; with parallel groups "5A", "5B", ...
    pub name: String,
    /// Lowest grade in the group: 1 for a combined kindergarten group 1/2.
    pub grade: i64,
    /// All grades in the group: [1, 2] for kindergarten groups, [g] otherwise.
    pub grades: Vec<i64>,
    /// Indexes into `DemoSchool::staff`; two entries for a duo (two part-time teachers).
    pub teacher_indexes: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoFamily {
    /// One of "two_parents", "separated", "separated_with_stepparent", "single_parent",
    /// "foster", "grandparent", "kinship_carer". Handy to find a showcase family in a demo.
    pub situation: &'static str,
    pub guardians: Vec<DemoGuardian>,
    /// Oldest first.
    pub children: Vec<DemoPupil>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoGuardian {
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    pub email: Option<String>,
    /// "06-1234 5678"; `None` only for some guardians who do have an e-mail address.
    pub phone: Option<String>,
    /// "mother", "father", "carer", "foster", "grandparent", "other"
    pub relationship: &'static str,
    pub parental_authority: bool,
    pub own_household: bool,
    /// ISO 639-1: "nl", "en", "ar", "tr", "pl", "uk", "so", "ti"
    pub language: &'static str,
    pub interpreter_needed: bool,
    pub receives_invitations: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPupil {
    /// leerlingnummer: unique numeric string of 4–6 digits (older pupils have lower numbers,
    /// as they enrolled earlier).
    pub external_id: String,
    pub first_name: String,
    pub name_prefix: String,
    pub last_name: String,
    /// Official initials, e.g. "S.M."
    pub initials: String,
    /// "m" or "f"
    pub gender: &'static str,
    pub date_of_birth: Date,
    /// Index into `DemoSchool::groups`.
    pub group_index: usize,
    /// The pupil's own grade (1 or 2 inside a kindergarten group 1/2).
    pub grade: i64,
}

impl DemoGuardian {
    /// "Sanne van Dijk"
    pub fn full_name(&self) -> String {
        join_name(&self.first_name, &self.name_prefix, &self.last_name)
    }
}

impl DemoPupil {
    /// "Daan de Vries"
    pub fn full_name(&self) -> String {
        join_name(&self.first_name, &self.name_prefix, &self.last_name)
    }
}

impl DemoSchool {
    pub fn pupil_count(&self) -> usize {
        self.families.iter().map(|f| f.children.len()).sum()
    }

    /// All pupils with their family index, in family order.
    pub fn pupils(&self) -> impl Iterator<Item = (usize, &DemoPupil)> {
        self.families
            .iter()
            .enumerate()
            .flat_map(|(i, f)| f.children.iter().map(move |p| (i, p)))
    }
}

fn join_name(first: &str, prefix: &str, last: &str) -> String {
    if prefix.is_empty() {
        format!("{first} {last}")
    } else {
        format!("{first} {prefix} {last}")
    }
}

/// The standard demo school: 8 groups (1/2A, 1/2B, 3–8) of 23–27 pupils, 192–216 pupils in
/// about 150 families, 13 staff.
pub fn demo_school(seed: u64) -> DemoSchool {
    generate(seed, None)
}

/// Same shape with exactly `families` families, for load tests. Groups are split into parallel
/// groups ("5A", "5B", ...) so they stay at most 28 pupils. Every grade has at least one group,
/// even with zero families.
pub fn demo_school_sized(seed: u64, families: usize) -> DemoSchool {
    generate(seed, Some(families))
}

// ---------------------------------------------------------------------------------------------
// PRNG: SplitMix64
// ---------------------------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (0 when n == 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }

    /// Uniform in lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo) as u64 + 1) as i64
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.index(xs.len())]
    }

    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.index(i + 1);
            xs.swap(i, j);
        }
    }

    /// Index drawn proportionally to `weights`; uniform if they are all zero.
    fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().filter(|w| **w > 0.0).sum();
        if total <= 0.0 {
            return self.index(weights.len());
        }
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if *w > 0.0 {
                if x < *w {
                    return i;
                }
                x -= *w;
            }
        }
        weights.iter().rposition(|w| *w > 0.0).unwrap_or(0)
    }

    /// A random key for weighted sampling without replacement (Efraimidis–Spirakis): take the
    /// items with the largest keys. Weight 0 gives -inf (never chosen before positive weights).
    fn weighted_key(&mut self, weight: f64) -> f64 {
        if weight <= 0.0 {
            return f64::NEG_INFINITY;
        }
        let u = self.unit().max(1e-300);
        u.ln() / weight
    }

    fn date_between(&mut self, from: Date, to: Date) -> Date {
        let a = from.to_julian_day();
        let b = to.to_julian_day().max(a);
        Date::from_julian_day(a + self.below((b - a) as u64 + 1) as i32).unwrap_or(from)
    }
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Dutch,
    Moroccan,
    Turkish,
    Surinamese,
    Polish,
    Ukrainian,
    Syrian,
    Eritrean,
    Somali,
    Expat,
}

/// Share of families by background, roughly a mid-sized Dutch town.
const ORIGINS: [(Origin, f64); 10] = [
    (Origin::Dutch, 0.67),
    (Origin::Moroccan, 0.08),
    (Origin::Turkish, 0.075),
    (Origin::Surinamese, 0.05),
    (Origin::Polish, 0.03),
    (Origin::Ukrainian, 0.025),
    (Origin::Syrian, 0.025),
    (Origin::Eritrean, 0.015),
    (Origin::Somali, 0.015),
    (Origin::Expat, 0.015),
];

type Surname = (&'static str, &'static str);

struct Pool {
    men: &'static [&'static str],
    women: &'static [&'static str],
    boys: &'static [&'static str],
    girls: &'static [&'static str],
    /// (name_prefix, last_name); empty for patronymic naming.
    surnames: &'static [Surname],
    /// Eritrean and Somali naming: a child's second name is the father's first name.
    patronymic: bool,
    /// Home language when it is not Dutch.
    language: &'static str,
    /// Relative likelihood that a guardian of this background prefers another language.
    other_language_weight: f64,
    /// Relative likelihood that an interpreter is needed when the language is not Dutch.
    interpreter_weight: f64,
}

fn pool(o: Origin) -> &'static Pool {
    match o {
        Origin::Dutch => &DUTCH,
        Origin::Moroccan => &MOROCCAN,
        Origin::Turkish => &TURKISH,
        Origin::Surinamese => &SURINAMESE,
        Origin::Polish => &POLISH,
        Origin::Ukrainian => &UKRAINIAN,
        Origin::Syrian => &SYRIAN,
        Origin::Eritrean => &ERITREAN,
        Origin::Somali => &SOMALI,
        Origin::Expat => &EXPAT,
    }
}

#[rustfmt::skip]
static DUTCH: Pool = Pool {
    men: &[
        "Jeroen", "Mark", "Martijn", "Bas", "Tim", "Thomas", "Jasper", "Sander", "Joost", "Rick", "Niels",
        "Erik", "Pieter", "Wouter", "Ruben", "Bart", "Dennis", "Kevin", "Stefan", "Maarten", "Koen", "Rob",
        "Michiel", "Arjen", "Johan", "Vincent", "Dirk", "Robin", "Roy", "Mike", "Remco", "Frank", "Paul",
        "Marco", "Edwin", "Jelle", "Sjoerd", "Tom", "Jan-Willem", "Hidde",
    ],
    women: &[
        "Linda", "Marieke", "Sanne", "Anouk", "Femke", "Lisa", "Kim", "Esther", "Ilse", "Laura", "Marloes",
        "Eline", "Manon", "Nienke", "Renske", "Judith", "Annemieke", "Iris", "Charlotte", "Suzanne", "Sarah",
        "Petra", "Miriam", "Janneke", "Inge", "Kelly", "Daniëlle", "Wendy", "Sabine", "Anne", "Joyce",
        "Claudia", "Karin", "Loes", "Evelien", "Marjolein", "Lotte", "Maaike", "Roos", "Mariska",
    ],
    boys: &[
        "Noah", "Sem", "Liam", "Lucas", "Daan", "Finn", "Levi", "Luuk", "Mees", "Jesse", "Milan", "Bram", "Sam",
        "Thijs", "Adam", "Noud", "James", "Siem", "Boaz", "Teun", "Olivier", "Gijs", "Jens", "Ties", "Hugo",
        "Luca", "Morris", "Guus", "Max", "Benjamin", "Julian", "Jurre", "Stijn", "Tijn", "Ruben", "Thomas",
        "Lars", "Owen", "Floris", "Cas", "Pim", "Mats", "Joep", "Jan", "Dex", "Vince", "Sepp", "Mason",
        "Wessel", "Otis",
    ],
    girls: &[
        "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva", "Liv", "Lotte", "Evi",
        "Noor", "Anna", "Saar", "Lieke", "Fenna", "Fleur", "Nina", "Sofie", "Olivia", "Maud", "Roos", "Elin",
        "Ivy", "Jip", "Lina", "Isa", "Lynn", "Liz", "Lisa", "Hannah", "Fien", "Femke", "Esmée", "Loïs",
        "Mirthe", "Veerle", "Jasmijn", "Feline", "Floor", "Bo", "Puck", "Lara", "Vera", "Merel", "Ilse", "Ella",
        "Suze",
    ],
    surnames: &[
        ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
        ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
        ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
        ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"),
        ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"),
        ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"),
        ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
        ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"),
        ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("de", "Jonge"), ("", "Kuipers"),
        ("van", "Veen"), ("", "Post"), ("", "Veenstra"), ("", "Kramer"), ("van den", "Brink"), ("", "Scholten"),
        ("van", "Wijk"), ("", "Postma"), ("", "Martens"), ("", "Vink"), ("de", "Ruiter"), ("", "Timmermans"),
        ("", "Groen"), ("", "Gerritsen"), ("", "Jonker"), ("van", "Loon"), ("van der", "Velde"),
        ("", "Willemsen"), ("", "Smeets"), ("de", "Lange"), ("", "Bosch"), ("van", "Dongen"), ("", "Schipper"),
        ("de", "Koning"), ("van der", "Laan"), ("", "Driessen"), ("van", "Doorn"), ("", "Hermans"),
        ("", "Evers"), ("van den", "Bosch"), ("van der", "Meulen"), ("", "Hofman"), ("", "Bosman"),
        ("", "Wolters"), ("", "Sanders"), ("van der", "Horst"), ("", "Mol"), ("", "Kuijpers"), ("", "Molenaar"),
        ("van de", "Pol"), ("de", "Leeuw"), ("", "Verbeek"), ("ter", "Horst"), ("ter", "Haar"), ("'t", "Hart"),
        ("in 't", "Veld"), ("van 't", "Hof"), ("ten", "Brink"), ("", "Hoogendoorn"), ("", "Zwart"),
        ("", "Oosterhuis"), ("", "Bijl"), ("van", "Rijn"), ("", "Wiersma"), ("", "Hoekman"),
        ("", "Kloosterman"), ("van", "Gils"),
    ],
    patronymic: false,
    language: "nl",
    other_language_weight: 0.0,
    interpreter_weight: 0.0,
};

static DUTCH_ELDER_MEN: &[&str] = &[
    "Gerrit", "Henk", "Wim", "Jan", "Kees", "Piet", "Hans", "Ton", "Gerard", "Cor",
];
static DUTCH_ELDER_WOMEN: &[&str] = &[
    "Ria", "Ans", "Joke", "Tineke", "Gerda", "Marijke", "Truus", "Annie", "Riet", "Els",
];

#[rustfmt::skip]
static MOROCCAN: Pool = Pool {
    men: &[
        "Mohamed", "Ahmed", "Mustapha", "Rachid", "Said", "Youssef", "Hassan", "Karim", "Khalid", "Nordin",
        "Hamid", "Driss", "Abdelkader", "Mimoun", "Jamal", "Redouan", "Hicham", "Brahim", "Aziz", "Mounir",
    ],
    women: &[
        "Fatima", "Khadija", "Naima", "Samira", "Latifa", "Malika", "Nadia", "Loubna", "Houda", "Fadoua",
        "Siham", "Hanan", "Soumaya", "Karima", "Najat", "Ikram", "Btissam", "Hafsa", "Zineb", "Meryem",
    ],
    boys: &[
        "Mohamed", "Adam", "Ayoub", "Rayan", "Yassin", "Amir", "Ilyas", "Bilal", "Zakaria", "Anas", "Imran",
        "Yahya", "Soufian", "Ibrahim", "Youness", "Idris", "Nassim", "Hamza", "Sami", "Yusuf",
    ],
    girls: &[
        "Aya", "Nour", "Malak", "Yasmina", "Sara", "Lina", "Hiba", "Salma", "Amira", "Ilham", "Ranya", "Dounia",
        "Imane", "Sofia", "Maryam", "Noor", "Hajar", "Rania", "Inaya", "Jannah",
    ],
    surnames: &[
        ("", "El Amrani"), ("", "Bouzid"), ("", "El Idrissi"), ("", "Benali"), ("", "Ouali"), ("", "Ait Taleb"),
        ("", "Azzouzi"), ("", "El Khatib"), ("", "Boukhari"), ("", "Chaouch"), ("", "Haddou"), ("", "Amrani"),
        ("", "Belhaj"), ("", "Tahiri"), ("", "Ziani"), ("", "Akrouh"), ("", "El Ouardi"), ("", "Bakkali"),
        ("", "Aouragh"), ("", "Ahmadi"), ("", "Boutaleb"), ("", "El Hamdaoui"), ("", "Lamrabet"), ("", "Tazi"),
        ("", "Essafi"), ("", "Kaddouri"),
    ],
    patronymic: false,
    language: "ar",
    other_language_weight: 0.05,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static TURKISH: Pool = Pool {
    men: &[
        "Mehmet", "Ahmet", "Mustafa", "Hasan", "Hüseyin", "Murat", "Emre", "Burak", "Serkan", "Volkan", "Kemal",
        "Orhan", "Ali", "Erkan", "Ömer", "Fatih", "Halil", "Osman", "Yusuf", "Cem",
    ],
    women: &[
        "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Derya", "Sevgi", "Esra", "Gülsen",
        "Büşra", "Merve", "Hülya", "Songül", "Melek", "Kübra", "Tuba", "Nur", "Dilek",
    ],
    boys: &[
        "Yusuf", "Emir", "Mert", "Eymen", "Kerem", "Ömer", "Aras", "Miraç", "Efe", "Çınar", "Arda", "Berat",
        "Alperen", "Kaan", "Umut", "Deniz", "Emirhan", "Yiğit", "Ayaz", "Batuhan",
    ],
    girls: &[
        "Elif", "Zeynep", "Defne", "Azra", "Eylül", "Ecrin", "Asya", "Nehir", "Meryem", "Ela", "Hira", "Zümra",
        "Buse", "Ada", "Duru", "Lina", "Melis", "İrem", "Yaren", "Nisa",
    ],
    surnames: &[
        ("", "Yılmaz"), ("", "Kaya"), ("", "Demir"), ("", "Şahin"), ("", "Çelik"), ("", "Yıldız"),
        ("", "Yıldırım"), ("", "Öztürk"), ("", "Aydın"), ("", "Özdemir"), ("", "Arslan"), ("", "Doğan"),
        ("", "Kılıç"), ("", "Aslan"), ("", "Çetin"), ("", "Kara"), ("", "Koç"), ("", "Kurt"), ("", "Özkan"),
        ("", "Şimşek"), ("", "Polat"), ("", "Güler"), ("", "Bulut"), ("", "Karaca"), ("", "Tekin"),
        ("", "Akgül"), ("", "Ünal"),
    ],
    patronymic: false,
    language: "tr",
    other_language_weight: 0.1,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static SURINAMESE: Pool = Pool {
    men: &[
        "Ravi", "Dinesh", "Anand", "Rakesh", "Sunil", "Roy", "Glenn", "Marvin", "Romano", "Clyde", "Ricardo",
        "Rudy", "Sergio", "Sharif", "Dewanand", "Gerson", "Iwan", "Wendel",
    ],
    women: &[
        "Shanti", "Sharda", "Reshma", "Anjali", "Priya", "Sharon", "Jerusha", "Natasha", "Chantal", "Nadia",
        "Kavita", "Sunita", "Revati", "Germaine", "Denise", "Ingrid", "Kiran", "Ruth",
    ],
    boys: &[
        "Jayden", "Rohan", "Arjun", "Aryan", "Damian", "Jaïr", "Shane", "Dev", "Quincy", "Xavier", "Jaylen",
        "Raj", "Isaiah", "Jayvano", "Nathaniël", "Rayen", "Kavish", "Elijah",
    ],
    girls: &[
        "Shania", "Priya", "Jamila", "Anjali", "Naomi", "Kaylee", "Soraya", "Shivani", "Aaliyah", "Jaylinn",
        "Kiara", "Anaya", "Riya", "Shreya", "Zaïra", "Amara", "Sharnice", "Nayah",
    ],
    surnames: &[
        ("", "Ramdin"), ("", "Sewdien"), ("", "Kromodimedjo"), ("", "Pinas"), ("", "Zeefuik"),
        ("", "Tjon A Fong"), ("", "Biharie"), ("", "Mahabier"), ("", "Doelwijt"), ("", "Ramsaran"),
        ("", "Sitaldin"), ("", "Kartodikromo"), ("", "Nelom"), ("", "Brunings"), ("", "Linger"),
        ("", "Amatmoekrim"), ("", "Jadnanansing"), ("", "Karsowidjojo"), ("", "Sedney"), ("", "Kanhai"),
        ("", "Bhagwandin"), ("", "Ramlal"), ("", "Soekhai"), ("", "Wongsodikromo"), ("", "Panday"),
        ("", "Lie A Ling"), ("", "Wijngaarde"), ("van", "Ommeren"),
    ],
    patronymic: false,
    language: "nl",
    other_language_weight: 0.0,
    interpreter_weight: 0.0,
};

#[rustfmt::skip]
static POLISH: Pool = Pool {
    men: &[
        "Tomasz", "Piotr", "Paweł", "Marcin", "Krzysztof", "Michał", "Łukasz", "Grzegorz", "Adam", "Kamil",
        "Mateusz", "Bartosz", "Rafał", "Wojciech", "Dariusz", "Sebastian",
    ],
    women: &[
        "Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Aleksandra", "Ewa", "Karolina",
        "Justyna", "Natalia", "Marta", "Paulina", "Dorota", "Sylwia", "Beata",
    ],
    boys: &[
        "Jakub", "Antoni", "Szymon", "Filip", "Kacper", "Jan", "Aleksander", "Franciszek", "Mikołaj",
        "Wojciech", "Adam", "Stanisław", "Igor", "Oliwer", "Tymon", "Leon",
    ],
    girls: &[
        "Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Alicja", "Oliwia", "Amelia", "Pola", "Wiktoria",
        "Laura", "Natalia", "Nikola", "Gabriela", "Antonina",
    ],
    surnames: &[
        ("", "Kowalski"), ("", "Nowak"), ("", "Wiśniewski"), ("", "Wójcik"), ("", "Kowalczyk"),
        ("", "Kamiński"), ("", "Lewandowski"), ("", "Zieliński"), ("", "Szymański"), ("", "Woźniak"),
        ("", "Dąbrowski"), ("", "Kozłowski"), ("", "Mazur"), ("", "Jankowski"), ("", "Kwiatkowski"),
        ("", "Krawczyk"), ("", "Kaczmarek"), ("", "Piotrowski"), ("", "Grabowski"), ("", "Zając"),
        ("", "Pawłowski"), ("", "Michalski"), ("", "Król"), ("", "Wieczorek"), ("", "Nowicki"),
        ("", "Majewski"), ("", "Olszewski"), ("", "Sadowski"),
    ],
    patronymic: false,
    language: "pl",
    other_language_weight: 0.35,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static UKRAINIAN: Pool = Pool {
    men: &[
        "Andrii", "Serhii", "Oleksii", "Volodymyr", "Yurii", "Ihor", "Vitalii", "Dmytro", "Oleksandr", "Mykola",
        "Taras", "Roman", "Bohdan", "Vasyl",
    ],
    women: &[
        "Olena", "Iryna", "Tetiana", "Nataliia", "Oksana", "Yuliia", "Kateryna", "Svitlana", "Halyna",
        "Liudmyla", "Olha", "Viktoriia", "Inna", "Alina",
    ],
    boys: &[
        "Maksym", "Artem", "Oleksandr", "Dmytro", "Mykyta", "Bohdan", "Matvii", "Ivan", "Danylo", "Nazar",
        "Tymofii", "Yehor", "Mark", "Andrii",
    ],
    girls: &[
        "Sofiia", "Anna", "Solomiia", "Zlata", "Viktoriia", "Mariia", "Veronika", "Anastasiia", "Polina",
        "Daryna", "Milana", "Yeva", "Kira", "Myroslava",
    ],
    surnames: &[
        ("", "Shevchenko"), ("", "Bondarenko"), ("", "Kovalenko"), ("", "Tkachenko"), ("", "Melnyk"),
        ("", "Kravchenko"), ("", "Boiko"), ("", "Oliinyk"), ("", "Lysenko"), ("", "Savchuk"), ("", "Moroz"),
        ("", "Rudenko"), ("", "Marchenko"), ("", "Petrenko"), ("", "Kovalchuk"), ("", "Polishchuk"),
        ("", "Tkachuk"), ("", "Hnatiuk"), ("", "Pavlenko"), ("", "Klymenko"),
    ],
    patronymic: false,
    language: "uk",
    other_language_weight: 0.6,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static SYRIAN: Pool = Pool {
    men: &[
        "Mohammad", "Ahmad", "Khaled", "Bassam", "Ammar", "Firas", "Mahmoud", "Rami", "Hussam", "Walid",
        "Samer", "Tarek", "Anas", "Omar", "Yaser", "Ziad",
    ],
    women: &[
        "Rasha", "Hanan", "Lina", "Nour", "Reem", "Dima", "Fatima", "Ghada", "Rana", "Hiba", "Alaa", "Aya",
        "Manal", "Razan", "Huda", "Amal",
    ],
    boys: &[
        "Omar", "Ahmad", "Mohammad", "Hamza", "Karam", "Yazan", "Jad", "Amjad", "Adam", "Ali", "Kareem", "Majd",
        "Taim", "Zaid", "Yamen", "Hadi",
    ],
    girls: &[
        "Lana", "Jana", "Sham", "Rahaf", "Judy", "Hala", "Maya", "Lamar", "Tala", "Sidra", "Leen", "Masa",
        "Joud", "Rimas", "Aya", "Ghazal",
    ],
    surnames: &[
        ("", "Al-Hassan"), ("", "Alkhatib"), ("", "Haddad"), ("", "Al-Ali"), ("", "Hamdan"), ("", "Al-Ahmad"),
        ("", "Othman"), ("", "Kassem"), ("", "Sabbagh"), ("", "Darwish"), ("", "Al-Masri"), ("", "Al-Halabi"),
        ("", "Shaker"), ("", "Nasser"), ("", "Al-Omar"), ("", "Hamwi"), ("", "Kurdi"), ("", "Jaber"),
        ("", "Zein"), ("", "Al-Said"),
    ],
    patronymic: false,
    language: "ar",
    other_language_weight: 0.5,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static ERITREAN: Pool = Pool {
    men: &[
        "Yohannes", "Tesfay", "Mehari", "Berhane", "Kidane", "Tekle", "Habte", "Amanuel", "Samuel", "Yonas",
        "Filmon", "Dawit", "Mussie", "Goitom", "Tesfaldet", "Ghirmay", "Efrem", "Biniam", "Henok", "Abraham",
    ],
    women: &[
        "Mebrat", "Tsega", "Senait", "Lemlem", "Azieb", "Hiwet", "Freweini", "Yordanos", "Selam", "Helen",
        "Saba", "Luwam", "Winta", "Ruth", "Elsa", "Rahel",
    ],
    boys: &[
        "Yonas", "Filmon", "Abel", "Daniel", "Natan", "Mewael", "Robel", "Aron", "Eyob", "Kibrom", "Mikael",
        "Noah", "Nahom", "Yafet", "Samuel", "Elias",
    ],
    girls: &[
        "Helen", "Selam", "Saba", "Luwam", "Semhar", "Rahel", "Eden", "Bethel", "Feven", "Delina", "Arsema",
        "Soliana", "Milka", "Sara", "Hanna", "Merhawit",
    ],
    surnames: &[],
    patronymic: true,
    language: "ti",
    other_language_weight: 0.6,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static SOMALI: Pool = Pool {
    men: &[
        "Abdi", "Mohamed", "Ahmed", "Hassan", "Abdirahman", "Mahad", "Farah", "Omar", "Abdullahi", "Ismail",
        "Yusuf", "Ali", "Abdiqani", "Hussein", "Said", "Liban",
    ],
    women: &[
        "Hodan", "Amina", "Sahra", "Fadumo", "Hibo", "Ifrah", "Sagal", "Nimco", "Ubah", "Khadra", "Asha",
        "Halima", "Deeqa", "Faiza", "Maryan", "Ayan",
    ],
    boys: &[
        "Abdullahi", "Yusuf", "Mustafe", "Ilyas", "Zakariye", "Abdirahman", "Ayub", "Mohamed", "Hamza", "Idris",
        "Bilal", "Khalid", "Sahal", "Anas", "Ismail", "Liban",
    ],
    girls: &[
        "Ayaan", "Hafsa", "Samira", "Ikram", "Sumaya", "Najma", "Sagal", "Hanan", "Maryan", "Ilhan", "Sabrina",
        "Nasra", "Amal", "Faduma", "Salma", "Ruqiya",
    ],
    surnames: &[],
    patronymic: true,
    language: "so",
    other_language_weight: 0.4,
    interpreter_weight: 1.0,
};

#[rustfmt::skip]
static EXPAT: Pool = Pool {
    men: &[
        "James", "Daniel", "Michael", "David", "Tom", "Chris", "Raj", "Arjun", "Vikram", "Rahul", "Ben",
        "Matthew", "Sanjay", "Karthik",
    ],
    women: &[
        "Emily", "Sarah", "Rachel", "Priya", "Ananya", "Deepa", "Kate", "Laura", "Hannah", "Divya", "Sophie",
        "Meera",
    ],
    boys: &[
        "Oliver", "Arthur", "Leo", "Aarav", "Vihaan", "Jack", "George", "Ishaan", "Theo", "Reyansh", "Harry",
        "Kabir",
    ],
    girls: &[
        "Isla", "Amelia", "Ava", "Diya", "Saanvi", "Grace", "Freya", "Aanya", "Ella", "Myra", "Poppy", "Kiara",
    ],
    surnames: &[
        ("", "Smith"), ("", "Taylor"), ("", "Brown"), ("", "Wilson"), ("", "Patel"), ("", "Sharma"),
        ("", "Iyer"), ("", "Reddy"), ("", "Murphy"), ("", "O'Brien"), ("", "Evans"), ("", "Walker"),
        ("", "Nair"), ("", "Gupta"), ("", "Thompson"), ("", "Kumar"), ("", "Hughes"), ("", "Menon"),
    ],
    patronymic: false,
    language: "en",
    other_language_weight: 0.7,
    interpreter_weight: 0.15,
};

static SCHOOLS: &[(&str, &str)] = &[
    ("OBS De Regenboog", "regenboog"),
    ("CBS De Wegwijzer", "wegwijzer"),
    ("OBS Het Kompas", "kompas"),
    ("Basisschool De Vlieger", "vlieger"),
    ("IKC De Boomgaard", "boomgaard"),
    ("OBS De Klimop", "klimop"),
    ("Basisschool Het Palet", "palet"),
];

/// Invented town names.
static TOWNS: &[&str] = &[
    "Lindenhorst",
    "Brederwijk",
    "Zuidermolen",
    "Velderhout",
    "Wolderveen",
    "Oostermeeden",
];

static EMAIL_DOMAINS: &[&str] = &[
    "mail.example.com",
    "post.example.net",
    "inbox.example.org",
    "webmail.example.com",
    "thuis.example.net",
    "online.example.org",
    "live.example.com",
];

fn pick_origin(rng: &mut Rng) -> Origin {
    let weights: Vec<f64> = ORIGINS.iter().map(|(_, w)| *w).collect();
    ORIGINS[rng.weighted(&weights)].0
}

fn pick_non_dutch_origin(rng: &mut Rng) -> Origin {
    let weights: Vec<f64> = ORIGINS
        .iter()
        .map(|(o, w)| if *o == Origin::Dutch { 0.0 } else { *w })
        .collect();
    ORIGINS[rng.weighted(&weights)].0
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct PersonName {
    first: String,
    prefix: String,
    last: String,
}

fn adult_first_name(rng: &mut Rng, origin: Origin, female: bool, elder: bool) -> String {
    let p = pool(origin);
    let list = match (origin, female, elder) {
        (Origin::Dutch, false, true) => DUTCH_ELDER_MEN,
        (Origin::Dutch, true, true) => DUTCH_ELDER_WOMEN,
        (_, false, _) => p.men,
        (_, true, _) => p.women,
    };
    rng.pick(list).to_string()
}

/// A family name in its base (masculine) form: (prefix, last). Patronymic backgrounds use a
/// man's first name (the bearer's father).
fn family_name(rng: &mut Rng, origin: Origin) -> (String, String) {
    let p = pool(origin);
    if p.patronymic || p.surnames.is_empty() {
        return (String::new(), rng.pick(p.men).to_string());
    }
    let (prefix, last) = rng.pick(p.surnames);
    (prefix.to_string(), last.to_string())
}

/// Polish surnames in -ski/-cki/-dzki take -ska/-cka/-dzka for women and girls.
fn gendered(last: &str, female: bool) -> String {
    if female && (last.ends_with("ski") || last.ends_with("cki") || last.ends_with("zki")) {
        let mut s = last[..last.len() - 1].to_string();
        s.push('a');
        s
    } else {
        last.to_string()
    }
}

/// The base form of a (possibly feminine Polish) surname: "Kowalska" -> "Kowalski".
fn masculine(last: &str) -> String {
    if last.ends_with("ska") || last.ends_with("cka") || last.ends_with("zka") {
        let mut s = last[..last.len() - 1].to_string();
        s.push('i');
        s
    } else {
        last.to_string()
    }
}

fn adult(rng: &mut Rng, origin: Origin, female: bool, elder: bool) -> PersonName {
    let first = adult_first_name(rng, origin, female, elder);
    let (prefix, last) = family_name(rng, origin);
    PersonName {
        first,
        prefix,
        last: gendered(&last, female),
    }
}

/// ASCII, lower case, only letters and digits: "Daniëlle van 't Hof" -> "daniellevanthof".
fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        for lc in c.to_lowercase() {
            let mapped = match lc {
                'a'..='z' | '0'..='9' => Some(lc),
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => Some('a'),
                'é' | 'è' | 'ê' | 'ë' | 'ę' => Some('e'),
                'í' | 'ì' | 'î' | 'ï' | 'ı' => Some('i'),
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => Some('o'),
                'ú' | 'ù' | 'û' | 'ü' => Some('u'),
                'ç' | 'ć' => Some('c'),
                'ş' | 'ś' => Some('s'),
                'ğ' => Some('g'),
                'ł' => Some('l'),
                'ń' | 'ñ' => Some('n'),
                'ż' | 'ź' => Some('z'),
                'ý' | 'ÿ' => Some('y'),
                _ => None,
            };
            if let Some(m) = mapped {
                out.push(m);
            }
        }
    }
    out
}

fn unique_email(
    rng: &mut Rng,
    used: &mut HashSet<String>,
    name: &PersonName,
    birth_year: i32,
) -> String {
    let mut first = fold(&name.first);
    if first.is_empty() {
        first = "ouder".to_string();
    }
    let mut last = fold(&format!("{}{}", name.prefix, name.last));
    if last.is_empty() {
        last = "ouder".to_string();
    }
    let initial = &first[..1];
    let yy = birth_year.rem_euclid(100);
    let local = match rng.below(7) {
        0 | 1 => format!("{first}.{last}"),
        2 => format!("{initial}.{last}"),
        3 => format!("{first}{last}"),
        4 => format!("{first}{yy:02}"),
        5 => format!("{first}_{last}"),
        _ => format!("{last}.{first}"),
    };
    let domain = rng.pick(EMAIL_DOMAINS);
    let mut email = format!("{local}@{domain}");
    let mut tries = 0u32;
    while used.contains(&email) {
        tries += 1;
        let n = if tries < 20 {
            rng.range(2, 99) as u64
        } else {
            100 + tries as u64
        };
        email = format!("{local}{n}@{domain}");
    }
    used.insert(email.clone());
    email
}

fn unique_phone(rng: &mut Rng, used: &mut HashSet<u64>) -> String {
    // 8 digits after 06, first digit 1–6 as in real mobile numbers. There is no officially
    // reserved fictitious 06 range in the Netherlands: never dial these.
    let mut n = 10_000_000 + rng.below(60_000_000);
    while used.contains(&n) {
        n = 10_000_000 + (n - 10_000_000 + 1) % 60_000_000;
    }
    used.insert(n);
    format!("06-{:04} {:04}", n / 10_000, n % 10_000)
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Situation {
    Together,
    Separated,
    Blended,
    Single,
    Foster,
    Grandparent,
    Kin,
}

impl Situation {
    fn label(self) -> &'static str {
        match self {
            Situation::Together => "two_parents",
            Situation::Separated => "separated",
            Situation::Blended => "separated_with_stepparent",
            Situation::Single => "single_parent",
            Situation::Foster => "foster",
            Situation::Grandparent => "grandparent",
            Situation::Kin => "kinship_carer",
        }
    }
}

struct GuardianDraft {
    name: PersonName,
    origin: Origin,
    elder: bool,
    relationship: &'static str,
    parental_authority: bool,
    own_household: bool,
    receives_invitations: bool,
}

impl GuardianDraft {
    fn new(name: PersonName, origin: Origin, relationship: &'static str) -> Self {
        GuardianDraft {
            name,
            origin,
            elder: false,
            relationship,
            parental_authority: true,
            own_household: false,
            receives_invitations: true,
        }
    }
}

fn quota(rate: f64, n: usize) -> usize {
    (rate * n as f64).round() as usize
}

/// Number of children in a family: 70% one, 25% two, 5% three.
fn children_count(rng: &mut Rng) -> usize {
    let x = rng.unit();
    if x < 0.70 {
        1
    } else if x < 0.95 {
        2
    } else {
        3
    }
}

/// Usual birth window of grade `g` in 2026–2027: Oct 1 – Sep 30; groep 1 only children who are
/// already 4 on the first school day.
fn birth_window(g: i64) -> (Date, Date) {
    let start_year = (2026 - g - 4) as i32;
    let from = Date::from_calendar_date(start_year, Month::October, 1).unwrap_or(FIRST_SCHOOL_DAY);
    let to = if g <= 1 {
        date!(2022 - 08 - 31)
    } else {
        Date::from_calendar_date(start_year + 1, Month::September, 30).unwrap_or(FIRST_SCHOOL_DAY)
    };
    (from, to)
}

/// Bijective base-26 suffix: 0 -> "A", 25 -> "Z", 26 -> "AA".
fn letter_suffix(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Maximum pupils per group when splitting a grade into parallel groups.
const MAX_GROUP: usize = 28;

fn generate(seed: u64, sized: Option<usize>) -> DemoSchool {
    let mut rng = Rng::new(seed);

    // --- identity ---------------------------------------------------------------------------
    let (school_name, slug) = rng.pick(SCHOOLS);
    let city = rng.pick(TOWNS);
    let l1 = (b'A' + rng.below(26) as u8) as char;
    let l2 = (b'A' + rng.below(26) as u8) as char;
    let brin = format!("{:02}{l1}{l2}00", 10 + rng.below(90));
    let email_domain = format!("{slug}.example.org");

    // --- family sizes and grade capacities (index 1..=8) -------------------------------------
    let mut caps = [0usize; 9];
    let mut ks: Vec<usize>;
    match sized {
        None => {
            let kg = rng.range(46, 54) as usize;
            caps[2] = ((kg / 2) as i64 + rng.range(-2, 2)).clamp(0, kg as i64) as usize;
            caps[1] = kg - caps[2];
            for cap in caps.iter_mut().skip(3) {
                *cap = rng.range(23, 27) as usize;
            }
            let mut total: usize = caps.iter().sum();
            while total < 192 {
                let g = rng.range(3, 8) as usize;
                if caps[g] < 27 {
                    caps[g] += 1;
                    total += 1;
                }
            }
            while total > 216 {
                let g = rng.range(3, 8) as usize;
                if caps[g] > 23 {
                    caps[g] -= 1;
                    total -= 1;
                }
            }
            // 70% one child, 25% two, 5% three: about 1.35 children per family, exactly
            // filling the seats.
            let families = (total as f64 / 1.35).round() as usize;
            let threes = quota(0.05, families);
            let twos = total.saturating_sub(families + 2 * threes);
            let ones = families.saturating_sub(twos + threes);
            ks = [(1usize, ones), (2, twos), (3, threes)]
                .iter()
                .flat_map(|&(k, n)| std::iter::repeat_n(k, n))
                .collect();
            rng.shuffle(&mut ks);
        }
        Some(f) => {
            ks = (0..f).map(|_| children_count(&mut rng)).collect();
            let total: usize = ks.iter().sum();
            let base = total / 8;
            for cap in caps.iter_mut().skip(1) {
                *cap = base;
            }
            let mut grades: Vec<usize> = (1..=8).collect();
            rng.shuffle(&mut grades);
            for g in grades.iter().take(total % 8) {
                caps[*g] += 1;
            }
            // Some unevenness between year cohorts.
            for _ in 0..8 {
                let a = rng.range(1, 8) as usize;
                let b = rng.range(1, 8) as usize;
                let d = (rng.below(base as u64 / 12 + 1) as usize).min(caps[a]);
                caps[a] -= d;
                caps[b] += d;
            }
        }
    }
    let family_count = ks.len();
    let twins: Vec<bool> = ks.iter().map(|&k| k >= 2 && rng.chance(0.025)).collect();

    // --- grades per child: siblings in different grades (twins share one) -------------------
    let mut rem = caps;
    let mut child_grades: Vec<Vec<i64>> = vec![Vec::new(); family_count];
    let mut order: Vec<usize> = (0..family_count).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(ks[i])); // stable: bigger families first
    for &fi in &order {
        let mut chosen: Vec<usize> = Vec::new();
        for c in 0..ks[fi] {
            if twins[fi] && c == 1 {
                let g = chosen[0];
                rem[g] = rem[g].saturating_sub(1);
                chosen.push(g);
                continue;
            }
            let need = if twins[fi] && c == 0 { 2 } else { 1 };
            let mut weights: Vec<f64> = (1..=8)
                .map(|g| {
                    if chosen.contains(&g) || rem[g] < need {
                        0.0
                    } else {
                        rem[g] as f64
                    }
                })
                .collect();
            if weights.iter().all(|w| *w <= 0.0) {
                // Over capacity: any grade not yet taken by a sibling.
                weights = (1..=8)
                    .map(|g| if chosen.contains(&g) { 0.0 } else { 1.0 })
                    .collect();
            }
            let g = rng.weighted(&weights) + 1;
            rem[g] = rem[g].saturating_sub(1);
            chosen.push(g);
        }
        chosen.sort_unstable_by(|a, b| b.cmp(a)); // oldest first
        child_grades[fi] = chosen.into_iter().map(|g| g as i64).collect();
    }

    // --- groups -------------------------------------------------------------------------------
    let mut by_grade: Vec<Vec<(usize, usize)>> = vec![Vec::new(); 9];
    for (fi, gs) in child_grades.iter().enumerate() {
        for (ci, g) in gs.iter().enumerate() {
            by_grade[*g as usize].push((fi, ci));
        }
    }
    let mut groups: Vec<DemoGroup> = Vec::new();
    let mut child_group: Vec<Vec<usize>> =
        child_grades.iter().map(|gs| vec![0; gs.len()]).collect();
    // Kindergarten: combined groups 1/2.
    {
        let mut g2 = by_grade[2].clone();
        let mut g1 = by_grade[1].clone();
        rng.shuffle(&mut g2);
        rng.shuffle(&mut g1);
        let n = g1.len() + g2.len();
        let m = if sized.is_none() {
            2
        } else {
            n.div_ceil(MAX_GROUP).max(1)
        };
        let first = groups.len();
        for i in 0..m {
            let name = if m == 1 {
                "1/2".to_string()
            } else {
                format!("1/2{}", letter_suffix(i))
            };
            groups.push(DemoGroup {
                name,
                grade: 1,
                grades: vec![1, 2],
                teacher_indexes: Vec::new(),
            });
        }
        for (j, (fi, ci)) in g2.into_iter().chain(g1).enumerate() {
            child_group[fi][ci] = first + j % m;
        }
    }
    for (g, grade_members) in by_grade.iter().enumerate().skip(3) {
        let mut members = grade_members.clone();
        rng.shuffle(&mut members);
        let m = if sized.is_none() {
            1
        } else {
            members.len().div_ceil(MAX_GROUP).max(1)
        };
        let first = groups.len();
        for i in 0..m {
            let name = if m == 1 {
                g.to_string()
            } else {
                format!("{g}{}", letter_suffix(i))
            };
            groups.push(DemoGroup {
                name,
                grade: g as i64,
                grades: vec![g as i64],
                teacher_indexes: Vec::new(),
            });
        }
        for (j, (fi, ci)) in members.into_iter().enumerate() {
            child_group[fi][ci] = first + j % m;
        }
    }

    // --- staff ----------------------------------------------------------------------------------
    let pupil_total: usize = ks.iter().sum();
    let mut staff: Vec<DemoStaff> = Vec::new();
    let mut staff_emails: HashSet<String> = HashSet::new();
    let mut staff_names: HashSet<String> = HashSet::new();
    let mut add_staff =
        |rng: &mut Rng, female: bool, job_title: &'static str, roles: [bool; 4]| -> usize {
            let mut person = staff_person(rng, female);
            // Distinct last names among colleagues (a duo "Iris and Charlotte Kuijpers" reads oddly).
            for _ in 0..50 {
                if !staff_names.contains(&format!("{} {}", person.prefix, person.last)) {
                    break;
                }
                person = staff_person(rng, female);
            }
            staff_names.insert(format!("{} {}", person.prefix, person.last));
            let name = join_name(&person.first, &person.prefix, &person.last);
            let first = fold(&person.first);
            let last = fold(&format!("{}{}", person.prefix, person.last));
            let mut email = format!("{first}.{last}@{email_domain}");
            if staff_emails.contains(&email) {
                email = format!("{}.{last}@{email_domain}", &first[..1.min(first.len())]);
            }
            let mut n = 2;
            while staff_emails.contains(&email) {
                email = format!("{first}.{last}{n}@{email_domain}");
                n += 1;
            }
            staff_emails.insert(email.clone());
            staff.push(DemoStaff {
                name,
                first_name: person.first,
                name_prefix: person.prefix,
                last_name: person.last,
                job_title,
                email,
                teacher: roles[0],
                care_coordinator: roles[1],
                director: roles[2],
                administrator: roles[3],
            });
            staff.len() - 1
        };
    let director_female = rng.chance(0.55);
    add_staff(
        &mut rng,
        director_female,
        "directeur",
        [false, false, true, false],
    );
    if pupil_total > 500 {
        let f = rng.chance(0.6);
        add_staff(
            &mut rng,
            f,
            "adjunct-directeur",
            [false, false, true, false],
        );
    }
    let ib_count = if sized.is_none() {
        1
    } else {
        pupil_total.div_ceil(350).max(1)
    };
    for _ in 0..ib_count {
        let f = rng.chance(0.9);
        add_staff(
            &mut rng,
            f,
            "intern begeleider",
            [false, true, false, false],
        );
    }
    let admin_count = if sized.is_none() {
        1
    } else {
        pupil_total.div_ceil(700).max(1)
    };
    for _ in 0..admin_count {
        let f = rng.chance(0.8);
        add_staff(
            &mut rng,
            f,
            "administratief medewerker",
            [false, false, false, true],
        );
    }
    let duo_count = if sized.is_none() {
        2.min(groups.len())
    } else {
        quota(0.25, groups.len())
    };
    let mut group_order: Vec<usize> = (0..groups.len()).collect();
    rng.shuffle(&mut group_order);
    let duo: HashSet<usize> = group_order.into_iter().take(duo_count).collect();
    for (gi, group) in groups.iter_mut().enumerate() {
        let n = if duo.contains(&gi) { 2 } else { 1 };
        for _ in 0..n {
            let female = rng.chance(if group.grade <= 2 { 0.95 } else { 0.82 });
            let idx = add_staff(
                &mut rng,
                female,
                "groepsleerkracht",
                [true, false, false, false],
            );
            group.teacher_indexes.push(idx);
        }
    }

    // --- family situations and backgrounds ---------------------------------------------------
    let mut situations = vec![Situation::Together; family_count];
    {
        let mut idx: Vec<usize> = (0..family_count).collect();
        rng.shuffle(&mut idx);
        let mut it = idx.into_iter();
        let separated = quota(0.12, family_count);
        let blended = quota(0.03, family_count).min(separated);
        let plan = [
            (Situation::Blended, blended),
            (Situation::Separated, separated - blended),
            (Situation::Single, quota(0.08, family_count)),
            (Situation::Foster, quota(0.013, family_count)),
            (Situation::Grandparent, quota(0.007, family_count)),
            (Situation::Kin, quota(0.007, family_count)),
        ];
        for (s, n) in plan {
            for _ in 0..n {
                if let Some(i) = it.next() {
                    situations[i] = s;
                }
            }
        }
    }
    let origins: Vec<Origin> = (0..family_count).map(|_| pick_origin(&mut rng)).collect();

    // --- guardians and children ----------------------------------------------------------------
    let mut drafts: Vec<FamilyDraftOut> = Vec::with_capacity(family_count);
    for fi in 0..family_count {
        let mut situation = situations[fi];
        let origin = origins[fi];
        // Many Ukrainian refugee children live here with their mother only.
        if origin == Origin::Ukrainian && situation == Situation::Together && rng.chance(0.5) {
            situation = Situation::Single;
        }
        drafts.push(family_draft(&mut rng, situation, origin));
    }

    // --- home language, interpreter --------------------------------------------------------------
    let guardian_total: usize = drafts.iter().map(|d| d.guardians.len()).sum();
    let mut languages: Vec<Vec<&'static str>> = drafts
        .iter()
        .map(|d| vec!["nl"; d.guardians.len()])
        .collect();
    let mut interpreter: Vec<Vec<bool>> = drafts
        .iter()
        .map(|d| vec![false; d.guardians.len()])
        .collect();
    {
        let mut keyed: Vec<(f64, usize, usize)> = Vec::new();
        for (fi, d) in drafts.iter().enumerate() {
            for (gi, g) in d.guardians.iter().enumerate() {
                let w = pool(g.origin).other_language_weight;
                let key = rng.weighted_key(w);
                if key.is_finite() {
                    keyed.push((key, fi, gi));
                }
            }
        }
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
        keyed.truncate(quota(0.06, guardian_total));
        let mut chosen: Vec<(f64, usize, usize)> = keyed
            .iter()
            .map(|&(_, fi, gi)| {
                let g = &drafts[fi].guardians[gi];
                languages[fi][gi] = pool(g.origin).language;
                (rng.weighted_key(pool(g.origin).interpreter_weight), fi, gi)
            })
            .collect();
        chosen.sort_by(|a, b| b.0.total_cmp(&a.0));
        let needing = chosen.len().div_ceil(2);
        for &(_, fi, gi) in chosen.iter().take(needing) {
            interpreter[fi][gi] = true;
        }
    }

    // --- contact details ---------------------------------------------------------------------------
    let mut no_email: Vec<Vec<bool>> = drafts
        .iter()
        .map(|d| vec![false; d.guardians.len()])
        .collect();
    {
        let mut keyed: Vec<(f64, usize, usize)> = Vec::new();
        for (fi, d) in drafts.iter().enumerate() {
            for (gi, g) in d.guardians.iter().enumerate() {
                let mut w = 1.0;
                if languages[fi][gi] != "nl" {
                    w *= 4.0;
                }
                if g.elder {
                    w *= 4.0;
                }
                if matches!(
                    g.origin,
                    Origin::Syrian | Origin::Eritrean | Origin::Somali | Origin::Ukrainian
                ) {
                    w *= 2.0;
                }
                keyed.push((rng.weighted_key(w), fi, gi));
            }
        }
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
        let wanted = quota(0.03, guardian_total);
        let mut marked = 0;
        // The first pick makes a whole family reachable by phone only: the showcase
        // hard-to-reach family.
        if let Some(&(_, fi, _)) = keyed.first() {
            if wanted > 0 {
                for flag in no_email[fi].iter_mut() {
                    *flag = true;
                    marked += 1;
                }
            }
        }
        for &(_, fi, gi) in &keyed {
            if marked >= wanted {
                break;
            }
            if !no_email[fi][gi] {
                no_email[fi][gi] = true;
                marked += 1;
            }
        }
    }
    let mut used_emails: HashSet<String> = HashSet::new();
    let mut used_phones: HashSet<u64> = HashSet::new();

    // --- assemble -----------------------------------------------------------------------------------
    let mut families: Vec<DemoFamily> = Vec::with_capacity(family_count);
    for (fi, d) in drafts.into_iter().enumerate() {
        let mut guardians = Vec::with_capacity(d.guardians.len());
        for (gi, g) in d.guardians.into_iter().enumerate() {
            let birth_year = if g.elder {
                rng.range(1952, 1966)
            } else {
                rng.range(1976, 1995)
            } as i32;
            let email = if no_email[fi][gi] {
                None
            } else {
                Some(unique_email(
                    &mut rng,
                    &mut used_emails,
                    &g.name,
                    birth_year,
                ))
            };
            let phone = if email.is_some() && rng.chance(0.03) {
                None
            } else {
                Some(unique_phone(&mut rng, &mut used_phones))
            };
            guardians.push(DemoGuardian {
                first_name: g.name.first,
                name_prefix: g.name.prefix,
                last_name: g.name.last,
                email,
                phone,
                relationship: g.relationship,
                parental_authority: g.parental_authority,
                own_household: g.own_household,
                language: languages[fi][gi],
                interpreter_needed: interpreter[fi][gi],
                receives_invitations: g.receives_invitations,
            });
        }
        let grades = &child_grades[fi];
        let is_twins = twins[fi] && grades.len() >= 2;
        let mut children: Vec<DemoPupil> = Vec::with_capacity(grades.len());
        let mut used_first: Vec<String> = Vec::new();
        for (ci, &g) in grades.iter().enumerate() {
            let female = rng.chance(0.49);
            let p = pool(d.child_origin);
            let list = if female { p.girls } else { p.boys };
            let mut first = rng.pick(list).to_string();
            for _ in 0..20 {
                if !used_first.contains(&first) {
                    break;
                }
                first = rng.pick(list).to_string();
            }
            used_first.push(first.clone());
            let mut initials = initial_of(&first);
            if !p.patronymic && rng.chance(0.45) {
                let middle = rng.pick(if female { p.girls } else { p.boys });
                initials.push_str(&initial_of(middle));
            }
            let dob = if is_twins && ci > 0 && grades[ci - 1] == g {
                children[ci - 1].date_of_birth
            } else {
                child_birth_date(&mut rng, g, &children)
            };
            children.push(DemoPupil {
                external_id: String::new(),
                first_name: first,
                name_prefix: d.child_prefix.clone(),
                last_name: gendered(&d.child_last, female),
                initials,
                gender: if female { "f" } else { "m" },
                date_of_birth: dob,
                group_index: child_group[fi][ci],
                grade: g,
            });
        }
        families.push(DemoFamily {
            situation: d.situation.label(),
            guardians,
            children,
        });
    }

    // --- leerlingnummers: in order of enrolment (date of birth), with gaps for pupils who left ---
    let mut all: Vec<(Date, usize, usize)> = families
        .iter()
        .enumerate()
        .flat_map(|(fi, f)| {
            f.children
                .iter()
                .enumerate()
                .map(move |(ci, c)| (c.date_of_birth, fi, ci))
        })
        .collect();
    all.sort();
    let max_step = if all.len() < 100_000 { 3 } else { 1 };
    let mut number = 1000 + rng.below(4000);
    for (_, fi, ci) in all {
        number += 1 + rng.below(max_step);
        families[fi].children[ci].external_id = number.to_string();
    }

    DemoSchool {
        name: school_name.to_string(),
        brin,
        city: city.to_string(),
        school_year: (2026, 2027),
        first_school_day: FIRST_SCHOOL_DAY,
        last_school_day: LAST_SCHOOL_DAY,
        email_domain,
        staff,
        groups,
        families,
    }
}

fn initial_of(name: &str) -> String {
    let mut s: String = name
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    s.push('.');
    s
}

/// Birth date for a child in grade `g`, at least 300 days after every older sibling (siblings
/// are generated oldest first; twins are handled by the caller). About 3% stayed down a year
/// once and were born a year earlier than their classmates.
fn child_birth_date(rng: &mut Rng, g: i64, siblings: &[DemoPupil]) -> Date {
    let lower = siblings
        .iter()
        .filter(|s| s.grade != g)
        .map(|s| s.date_of_birth.to_julian_day() + 300)
        .max();
    let held_back = g >= 2 && rng.chance(0.03);
    for held in [held_back, false] {
        let (from, to) = birth_window(if held { g + 1 } else { g });
        let from = match lower {
            Some(l) if l > from.to_julian_day() => Date::from_julian_day(l).unwrap_or(from),
            _ => from,
        };
        if from <= to {
            return rng.date_between(from, to);
        }
    }
    let (from, to) = birth_window(g);
    rng.date_between(from, to)
}

fn staff_person(rng: &mut Rng, female: bool) -> PersonName {
    let origin = match rng.below(100) {
        0..=79 => Origin::Dutch,
        80..=86 => Origin::Surinamese,
        87..=93 => Origin::Moroccan,
        _ => Origin::Turkish,
    };
    adult(rng, origin, female, false)
}

fn family_draft(rng: &mut Rng, situation: Situation, origin: Origin) -> FamilyDraftOut {
    let mut guardians: Vec<GuardianDraft> = Vec::new();
    let child_origin: Origin;
    let child_prefix: String;
    let child_last: String;
    match situation {
        Situation::Together | Situation::Separated | Situation::Blended => {
            let mixed = rng.chance(0.08);
            let other_origin = if origin == Origin::Dutch {
                pick_non_dutch_origin(rng)
            } else {
                Origin::Dutch
            };
            if situation == Situation::Together && rng.chance(0.015) {
                // Same-sex couple (two mothers, sometimes two fathers).
                let female = rng.chance(0.7);
                let rel = if female { "mother" } else { "father" };
                let a = adult(rng, origin, female, false);
                let b = adult(
                    rng,
                    if mixed { other_origin } else { origin },
                    female,
                    false,
                );
                child_origin = origin;
                child_prefix = a.prefix.clone();
                child_last = a.last.clone();
                guardians.push(GuardianDraft::new(a, origin, rel));
                guardians.push(GuardianDraft::new(
                    b,
                    if mixed { other_origin } else { origin },
                    rel,
                ));
            } else {
                let father_origin = origin;
                let mother_origin = if mixed { other_origin } else { origin };
                let father = adult(rng, father_origin, false, false);
                let mut mother = adult(rng, mother_origin, true, false);
                for _ in 0..10 {
                    // Patronymic names: avoid parents who seem to share a father.
                    if mother.last != father.last || !pool(mother_origin).patronymic {
                        break;
                    }
                    mother = adult(rng, mother_origin, true, false);
                }
                if !mixed && !pool(origin).patronymic && rng.chance(0.15) {
                    // Uses her partner's name.
                    mother.prefix = father.prefix.clone();
                    mother.last = gendered(&father.last, true);
                }
                child_origin = if mixed && rng.chance(0.35) {
                    mother_origin
                } else {
                    father_origin
                };
                if pool(father_origin).patronymic {
                    child_prefix = String::new();
                    child_last = father.first.clone();
                } else {
                    child_prefix = father.prefix.clone();
                    child_last = father.last.clone();
                }
                let mut m = GuardianDraft::new(mother, mother_origin, "mother");
                let mut f = GuardianDraft::new(father, father_origin, "father");
                let mother_primary = situation == Situation::Together || rng.chance(0.8);
                if situation != Situation::Together {
                    if mother_primary {
                        f.own_household = true;
                    } else {
                        m.own_household = true;
                    }
                }
                let (primary, secondary) = if mother_primary { (m, f) } else { (f, m) };
                let primary_female = primary.relationship == "mother";
                let primary_origin = primary.origin;
                if situation == Situation::Together && rng.chance(0.3) {
                    guardians.push(secondary);
                    guardians.push(primary);
                } else {
                    guardians.push(primary);
                    guardians.push(secondary);
                }
                if situation == Situation::Blended {
                    // The new partner in the primary household: no authority, no invitations.
                    let step_origin = if rng.chance(0.8) {
                        primary_origin
                    } else {
                        Origin::Dutch
                    };
                    let step = adult(rng, step_origin, !primary_female, false);
                    let mut g = GuardianDraft::new(step, step_origin, "other");
                    g.parental_authority = false;
                    g.receives_invitations = false;
                    guardians.push(g);
                }
            }
        }
        Situation::Single => {
            let female = rng.chance(0.85);
            let parent = adult(rng, origin, female, false);
            child_origin = origin;
            if female && rng.chance(0.5) {
                if pool(origin).patronymic {
                    child_prefix = String::new();
                    child_last = rng.pick(pool(origin).men).to_string();
                } else {
                    let (p, l) = family_name(rng, origin);
                    child_prefix = p;
                    child_last = l;
                }
            } else if pool(origin).patronymic {
                child_prefix = String::new();
                child_last = if female {
                    rng.pick(pool(origin).men).to_string()
                } else {
                    parent.first.clone()
                };
            } else {
                child_prefix = parent.prefix.clone();
                child_last = masculine(&parent.last);
            }
            guardians.push(GuardianDraft::new(
                parent,
                origin,
                if female { "mother" } else { "father" },
            ));
        }
        Situation::Foster => {
            // Foster parents care for the child; parental authority lies elsewhere (a
            // certified institution or the birth parents), but they are invited.
            // Foster parents: mostly long-settled families.
            let foster_origin = match rng.below(100) {
                0..=84 => Origin::Dutch,
                85..=91 => Origin::Surinamese,
                92..=95 => Origin::Moroccan,
                _ => Origin::Turkish,
            };
            child_origin = origin;
            let (p, l) = family_name(rng, origin);
            child_prefix = p;
            child_last = l;
            let mut a = GuardianDraft::new(
                adult(rng, foster_origin, true, false),
                foster_origin,
                "foster",
            );
            a.parental_authority = false;
            guardians.push(a);
            if rng.chance(0.7) {
                let mut b = GuardianDraft::new(
                    adult(rng, foster_origin, false, false),
                    foster_origin,
                    "foster",
                );
                b.parental_authority = false;
                guardians.push(b);
            }
        }
        Situation::Grandparent => {
            // A grandmother (sometimes with grandfather) who has guardianship (voogdij).
            child_origin = origin;
            let grandpa = adult(rng, origin, false, true);
            let grandma = adult(rng, origin, true, true);
            if !pool(origin).patronymic && rng.chance(0.6) {
                child_prefix = grandpa.prefix.clone();
                child_last = grandpa.last.clone();
            } else {
                let (p, l) = family_name(rng, origin);
                child_prefix = p;
                child_last = l;
            }
            let with_grandpa = rng.chance(0.5);
            let mut a = GuardianDraft::new(grandma, origin, "grandparent");
            a.elder = true;
            guardians.push(a);
            if with_grandpa {
                let mut b = GuardianDraft::new(grandpa, origin, "grandparent");
                b.elder = true;
                guardians.push(b);
            }
        }
        Situation::Kin => {
            // An aunt who is the child's legal guardian (voogd), sometimes with her partner.
            child_origin = origin;
            let (p, l) = family_name(rng, origin);
            child_prefix = p;
            child_last = l;
            guardians.push(GuardianDraft::new(
                adult(rng, origin, true, false),
                origin,
                "carer",
            ));
            if rng.chance(0.5) {
                let mut b = GuardianDraft::new(adult(rng, origin, false, false), origin, "other");
                b.parental_authority = false;
                b.receives_invitations = false;
                guardians.push(b);
            }
        }
    }
    FamilyDraftOut {
        situation,
        guardians,
        child_origin,
        child_prefix,
        child_last,
    }
}

struct FamilyDraftOut {
    situation: Situation,
    guardians: Vec<GuardianDraft>,
    child_origin: Origin,
    child_prefix: String,
    child_last: String,
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn age_on(dob: Date, on: Date) -> i32 {
        let mut a = on.year() - dob.year();
        if (on.month() as u8, on.day()) < (dob.month() as u8, dob.day()) {
            a -= 1;
        }
        a
    }

    fn group_sizes(s: &DemoSchool) -> Vec<usize> {
        let mut sizes = vec![0; s.groups.len()];
        for (_, p) in s.pupils() {
            sizes[p.group_index] += 1;
        }
        sizes
    }

    /// Invariants that hold for every seed and size.
    fn check_invariants(s: &DemoSchool) {
        assert_eq!(s.school_year, (2026, 2027));
        assert!(!s.groups.is_empty());
        // Groups: valid teachers, names unique.
        let names: HashSet<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names.len(), s.groups.len(), "group names unique");
        for g in &s.groups {
            assert!(
                !g.teacher_indexes.is_empty(),
                "group {} has a teacher",
                g.name
            );
            for &t in &g.teacher_indexes {
                assert!(t < s.staff.len());
                assert!(s.staff[t].teacher);
            }
        }
        // Staff.
        assert_eq!(
            s.staff
                .iter()
                .filter(|m| m.director && m.job_title == "directeur")
                .count(),
            1
        );
        assert!(s.staff.iter().any(|m| m.care_coordinator));
        assert!(s.staff.iter().any(|m| m.administrator));
        let staff_emails: HashSet<&str> = s.staff.iter().map(|m| m.email.as_str()).collect();
        if s.staff.len() <= 20 {
            let last: HashSet<(&str, &str)> = s
                .staff
                .iter()
                .map(|m| (m.name_prefix.as_str(), m.last_name.as_str()))
                .collect();
            assert_eq!(last.len(), s.staff.len(), "staff last names distinct");
        }
        assert_eq!(staff_emails.len(), s.staff.len(), "staff emails unique");
        for m in &s.staff {
            assert!(m.email.ends_with(".example.org"), "{}", m.email);
            assert!(m.email.is_ascii());
            let roles = [m.teacher, m.care_coordinator, m.director, m.administrator]
                .iter()
                .filter(|b| **b)
                .count();
            assert_eq!(roles, 1, "{} has one role", m.name);
        }
        // Pupils.
        let mut ids = HashSet::new();
        for (_, p) in s.pupils() {
            assert!(p.group_index < s.groups.len());
            let g = &s.groups[p.group_index];
            assert!(g.grades.contains(&p.grade));
            assert!((4..=6).contains(&p.external_id.len()), "{}", p.external_id);
            assert!(p.external_id.bytes().all(|b| b.is_ascii_digit()));
            assert!(
                ids.insert(p.external_id.clone()),
                "duplicate leerlingnummer"
            );
            let age = age_on(p.date_of_birth, AGE_REFERENCE_DATE) as i64;
            assert!(
                age == p.grade + 3 || age == p.grade + 4,
                "grade {} age {}",
                p.grade,
                age
            );
            assert!(age_on(p.date_of_birth, FIRST_SCHOOL_DAY) >= 4);
            if p.grade <= 2 {
                assert!(age_on(p.date_of_birth, FIRST_SCHOOL_DAY) <= 6);
                assert!(age_on(p.date_of_birth, LAST_SCHOOL_DAY) <= 6 || age == p.grade + 4);
            }
            assert!(!p.first_name.is_empty() && !p.last_name.is_empty());
            assert!(p.initials.ends_with('.'));
        }
        for sz in group_sizes(s) {
            assert!(sz <= MAX_GROUP + 1, "group of {sz}");
        }
        // Guardians.
        let mut emails = HashSet::new();
        let mut phones = HashSet::new();
        let allowed_rel = [
            "mother",
            "father",
            "carer",
            "foster",
            "grandparent",
            "other",
        ];
        let allowed_lang = ["nl", "en", "ar", "tr", "pl", "uk", "so", "ti"];
        let allowed_prefix = [
            "", "de", "van", "van der", "van den", "van de", "ter", "ten", "'t", "in 't", "van 't",
        ];
        for f in &s.families {
            assert!(!f.guardians.is_empty());
            assert!(!f.children.is_empty());
            assert!(f.guardians.iter().any(|g| g.receives_invitations));
            for g in &f.guardians {
                assert!(allowed_rel.contains(&g.relationship));
                assert!(allowed_lang.contains(&g.language));
                assert!(
                    allowed_prefix.contains(&g.name_prefix.as_str()),
                    "{:?}",
                    g.name_prefix
                );
                assert!(!g.last_name.starts_with("van ") && !g.last_name.starts_with("de "));
                assert!(g.email.is_some() || g.phone.is_some());
                if g.interpreter_needed {
                    assert_ne!(g.language, "nl");
                }
                if let Some(e) = &g.email {
                    assert!(e.is_ascii());
                    assert!(
                        e.ends_with(".example.org")
                            || e.ends_with(".example.net")
                            || e.ends_with(".example.com"),
                        "{e}"
                    );
                    assert!(
                        emails.insert(e.to_lowercase()),
                        "duplicate guardian email {e}"
                    );
                }
                if let Some(p) = &g.phone {
                    assert_eq!(p.len(), 12, "{p}");
                    assert!(p.starts_with("06-"));
                    assert!(phones.insert(p.clone()));
                }
            }
            // Siblings: oldest first, far enough apart unless twins.
            for w in f.children.windows(2) {
                assert!(w[0].grade >= w[1].grade);
                let gap = w[1].date_of_birth.to_julian_day() - w[0].date_of_birth.to_julian_day();
                assert!(gap == 0 || gap >= 300, "siblings {gap} days apart");
                if gap == 0 {
                    assert_eq!(w[0].grade, w[1].grade);
                }
            }
        }
    }

    #[test]
    fn deterministic() {
        assert_eq!(demo_school(7), demo_school(7));
        assert_eq!(demo_school_sized(3, 40), demo_school_sized(3, 40));
        assert_ne!(demo_school(7), demo_school(8));
    }

    #[test]
    fn demo_school_counts() {
        for seed in 0..60 {
            let s = demo_school(seed);
            check_invariants(&s);
            assert_eq!(s.groups.len(), 8);
            let names: Vec<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
            assert_eq!(names, ["1/2A", "1/2B", "3", "4", "5", "6", "7", "8"]);
            for (g, sz) in s.groups.iter().zip(group_sizes(&s)) {
                assert!(
                    (22..=28).contains(&sz),
                    "seed {seed} group {} has {sz}",
                    g.name
                );
            }
            let pupils = s.pupil_count();
            assert!(
                (190..=220).contains(&pupils),
                "seed {seed}: {pupils} pupils"
            );
            assert!(
                (138..=162).contains(&s.families.len()),
                "seed {seed}: {} families",
                s.families.len()
            );
            assert!((11..=14).contains(&s.staff.len()));
            assert_eq!(
                s.groups
                    .iter()
                    .filter(|g| g.teacher_indexes.len() == 2)
                    .count(),
                2
            );
            assert!(s.brin.len() == 6 && s.brin.ends_with("00"));
            // Family mix.
            let fams = s.families.len() as f64;
            let two = s.families.iter().filter(|f| f.children.len() == 2).count() as f64;
            let three = s.families.iter().filter(|f| f.children.len() == 3).count() as f64;
            assert!(
                (0.15..=0.35).contains(&(two / fams)),
                "seed {seed}: {two} two-child families"
            );
            assert!(three / fams <= 0.10);
            // Languages.
            let guardians: Vec<&DemoGuardian> =
                s.families.iter().flat_map(|f| &f.guardians).collect();
            let other_lang = guardians.iter().filter(|g| g.language != "nl").count() as f64;
            let share = other_lang / guardians.len() as f64;
            assert!(
                (0.03..=0.09).contains(&share),
                "seed {seed}: other language share {share}"
            );
            // Children share a last name within a family.
            for f in &s.families {
                let base = |p: &DemoPupil| p.last_name.trim_end_matches(['a', 'i']).to_string();
                assert!(f.children.iter().all(|c| base(c) == base(&f.children[0])
                    && c.name_prefix == f.children[0].name_prefix));
            }
        }
    }

    #[test]
    fn showcase_situations_present() {
        for seed in 0..60 {
            let s = demo_school(seed);
            let separated = s.families.iter().any(|f| {
                let auth: Vec<&DemoGuardian> = f
                    .guardians
                    .iter()
                    .filter(|g| g.parental_authority)
                    .collect();
                auth.len() == 2
                    && auth.iter().all(|g| g.receives_invitations)
                    && auth.iter().filter(|g| g.own_household).count() == 1
            });
            assert!(separated, "seed {seed}: separated family");
            let siblings_apart = s.families.iter().any(|f| {
                f.children.len() >= 2 && f.children[0].group_index != f.children[1].group_index
            });
            assert!(siblings_apart, "seed {seed}: siblings in different groups");
            let guardians: Vec<&DemoGuardian> =
                s.families.iter().flat_map(|f| &f.guardians).collect();
            assert!(
                guardians.iter().any(|g| g.interpreter_needed),
                "seed {seed}: interpreter"
            );
            assert!(
                guardians
                    .iter()
                    .any(|g| g.email.is_none() && g.phone.is_some()),
                "seed {seed}: phone only"
            );
            assert!(
                s.families
                    .iter()
                    .any(|f| f.guardians.iter().all(|g| g.email.is_none())),
                "seed {seed}: a family reachable by phone only"
            );
            let no_email = guardians.iter().filter(|g| g.email.is_none()).count();
            assert!(
                no_email * 100 <= guardians.len() * 5,
                "seed {seed}: {no_email} without email"
            );
            assert!(guardians.iter().any(|g| g.relationship == "foster"));
            assert!(guardians.iter().any(|g| g.relationship == "grandparent"));
            assert!(guardians.iter().any(|g| g.relationship == "other"
                && !g.parental_authority
                && !g.receives_invitations));
            assert!(
                s.families.iter().any(|f| f.guardians.len() == 1),
                "seed {seed}: single parent"
            );
            let langs: HashSet<&str> = guardians.iter().map(|g| g.language).collect();
            assert!(langs.len() >= 3, "seed {seed}: languages {langs:?}");
            let separated_count = s
                .families
                .iter()
                .filter(|f| f.situation.starts_with("separated"))
                .count();
            assert!(separated_count * 100 >= s.families.len() * 10);
            assert!(
                s.families
                    .iter()
                    .filter(|f| f.situation == "foster")
                    .count()
                    >= 2
            );
        }
    }

    #[test]
    fn names_are_diverse_and_dutch_prefixes_split() {
        let s = demo_school(2026);
        let guardians: Vec<&DemoGuardian> = s.families.iter().flat_map(|f| &f.guardians).collect();
        assert!(guardians.iter().any(|g| !g.name_prefix.is_empty()));
        let pupils: Vec<&DemoPupil> = s.pupils().map(|(_, p)| p).collect();
        let non_ascii = pupils
            .iter()
            .filter(|p| !p.last_name.is_ascii() || !p.first_name.is_ascii())
            .count();
        assert!(non_ascii > 0);
        let distinct_last: HashSet<&str> = pupils.iter().map(|p| p.last_name.as_str()).collect();
        assert!(distinct_last.len() > 80, "{}", distinct_last.len());
        let gender: HashMap<&str, usize> = pupils.iter().fold(HashMap::new(), |mut m, p| {
            *m.entry(p.gender).or_default() += 1;
            m
        });
        assert!(
            gender.get("f").copied().unwrap_or(0) > 70
                && gender.get("m").copied().unwrap_or(0) > 70
        );
    }

    #[test]
    fn sizes_do_not_panic() {
        for size in [0usize, 1, 2, 3, 5, 10, 37] {
            for seed in [0u64, 1, 2, u64::MAX, 0xDEAD_BEEF] {
                let s = demo_school_sized(seed, size);
                assert_eq!(s.families.len(), size);
                check_invariants(&s);
            }
        }
        let empty = demo_school_sized(1, 0);
        assert_eq!(empty.pupil_count(), 0);
        assert_eq!(empty.groups.len(), 7);
        for seed in [u64::MAX, 0, 12345] {
            check_invariants(&demo_school(seed));
        }
    }

    #[test]
    fn large_school_is_quick_and_split_in_parallel_groups() {
        let start = std::time::Instant::now();
        let s = demo_school_sized(1, 2000);
        let elapsed = start.elapsed();
        assert_eq!(s.families.len(), 2000);
        assert!(elapsed.as_secs() < 10, "took {elapsed:?}");
        check_invariants(&s);
        assert!(s.groups.iter().any(|g| g.name == "5A") && s.groups.iter().any(|g| g.name == "5B"));
        for sz in group_sizes(&s) {
            assert!((14..=MAX_GROUP).contains(&sz), "group of {sz}");
        }
        let pupils = s.pupil_count();
        assert!((2500..=2900).contains(&pupils), "{pupils}");
    }

    #[test]
    fn letter_suffixes() {
        assert_eq!(letter_suffix(0), "A");
        assert_eq!(letter_suffix(25), "Z");
        assert_eq!(letter_suffix(26), "AA");
        assert_eq!(letter_suffix(27), "AB");
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Daniëlle"), "danielle");
        assert_eq!(fold("van 't Hof"), "vanthof");
        assert_eq!(fold("Yıldırım"), "yildirim");
        assert_eq!(fold("İrem"), "irem");
        assert_eq!(fold("Łukasz Wiśniewski"), "lukaszwisniewski");
        assert_eq!(fold("O'Brien"), "obrien");
        assert_eq!(gendered("Kowalski", true), "Kowalska");
        assert_eq!(gendered("Nowak", true), "Nowak");
    }
}

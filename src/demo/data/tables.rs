//! The fixed data the generator draws from: backgrounds with their share of families, the name
//! pools of each background (first names of adults and children, family names, home language),
//! school names, invented towns and e-mail domains. Data only: nothing here draws.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
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
pub(super) const ORIGINS: [(Origin, f64); 10] = [
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

pub(super) type Surname = (&'static str, &'static str);

pub(super) struct Pool {
    pub(super) men: &'static [&'static str],
    pub(super) women: &'static [&'static str],
    pub(super) boys: &'static [&'static str],
    pub(super) girls: &'static [&'static str],
    /// (name_prefix, last_name); empty for patronymic naming.
    pub(super) surnames: &'static [Surname],
    /// Eritrean and Somali naming: a child's second name is the father's first name.
    pub(super) patronymic: bool,
    /// Home language when it is not Dutch.
    pub(super) language: &'static str,
    /// Relative likelihood that a guardian of this background prefers another language.
    pub(super) other_language_weight: f64,
    /// Relative likelihood that an interpreter is needed when the language is not Dutch.
    pub(super) interpreter_weight: f64,
}

pub(super) fn pool(o: Origin) -> &'static Pool {
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

pub(super) static DUTCH_ELDER_MEN: &[&str] = &[
    "Gerrit", "Henk", "Wim", "Jan", "Kees", "Piet", "Hans", "Ton", "Gerard", "Cor",
];
pub(super) static DUTCH_ELDER_WOMEN: &[&str] = &[
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

pub(super) static SCHOOLS: &[(&str, &str)] = &[
    ("OBS De Regenboog", "regenboog"),
    ("CBS De Wegwijzer", "wegwijzer"),
    ("OBS Het Kompas", "kompas"),
    ("Basisschool De Vlieger", "vlieger"),
    ("IKC De Boomgaard", "boomgaard"),
    ("OBS De Klimop", "klimop"),
    ("Basisschool Het Palet", "palet"),
];

/// Invented town names.
pub(super) static TOWNS: &[&str] = &[
    "Lindenhorst",
    "Brederwijk",
    "Zuidermolen",
    "Velderhout",
    "Wolderveen",
    "Oostermeeden",
];

pub(super) static EMAIL_DOMAINS: &[&str] = &[
    "mail.example.com",
    "post.example.net",
    "inbox.example.org",
    "webmail.example.com",
    "thuis.example.net",
    "online.example.org",
    "live.example.com",
];

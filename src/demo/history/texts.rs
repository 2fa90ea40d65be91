//! What was said in the demo's conversations, written for the demo: short notes as a teacher
//! types them after a talk. `{n}` is the pupil's first name. Every prompt has several
//! variants, so no two records read alike.

/// (answer key, variants) of a startgesprek.
pub const START: &[(&str, &[&str])] = &[
    (
        "landed",
        &[
            "{n} is rustig gestart en zoekt nog wat aansluiting; in de pauze speelt {n} vooral met één vriendje.",
            "Goed geland. {n} kende al een paar kinderen uit de klas en voelt zich thuis in het nieuwe lokaal.",
            "De eerste week was spannend, thuis veel buikpijn. Inmiddels gaat {n} weer met plezier naar school.",
            "{n} vindt het fijn dat de juf elke ochtend bij de deur staat. Ouders merken dat het goed gaat.",
            "Nieuwe groep, nieuwe plek in de klas: {n} moest even wennen maar zit nu naast een maatje.",
            "Vlot gestart. {n} vertelt thuis veel over de klas en de nieuwe leerkracht.",
        ],
    ),
    (
        "proud",
        &[
            "Trots op het zwemdiploma B dat {n} deze zomer haalde.",
            "{n} is trots dat het lezen zo vooruit is gegaan: nu een dik boek in de vakantie uitgelezen.",
            "Op het helpen van het kleine broertje; dat doet {n} thuis heel lief.",
            "Op de eerste wedstrijd bij de voetbalclub, met een doelpunt.",
            "Dat {n} zelf naar school fietst sinds de zomer.",
            "{n} noemt de tekening die bij de bibliotheek hing.",
        ],
    ),
    (
        "work-on",
        &[
            "Sneller aan het werk gaan na de instructie; {n} wacht vaak af.",
            "De tafels van 6, 7 en 8 automatiseren.",
            "Hulp vragen als iets niet lukt, in plaats van stil blijven zitten.",
            "Netter schrijven; {n} wil zelf graag een pennenlicentie.",
            "Rustig blijven als een spel niet gaat zoals {n} wil.",
            "Begrijpend lezen: de vragen goed lezen voordat {n} antwoordt.",
        ],
    ),
    (
        "ambition",
        &[
            "Dit jaar willen we dat {n} met plezier leest en zelf boeken kiest.",
            "Samen willen we dat {n} meer durft te zeggen in de kring.",
            "Het doel: rekenen op niveau, en plezier houden in school.",
            "{n} wil dit jaar meedoen aan de schoolvoetbal en de spreekbeurt goed doen.",
            "Zelfstandiger werken met de weektaak, zonder dat ouders thuis alles nalopen.",
            "Vriendschappen vasthouden en minder ruzie op het schoolplein.",
        ],
    ),
    (
        "expect-parents",
        &[
            "Ouders willen snel gebeld worden als er iets is, niet pas bij het rapport.",
            "Graag een kort berichtje als het een goede dag was; dat motiveert thuis.",
            "Ouders verwachten dat de leerkracht let op het plagen in de gym.",
            "Duidelijkheid over het huiswerk: wat moet thuis, wat op school.",
            "Vader werkt in ploegendienst; afspraken liefst op woensdagmiddag.",
        ],
    ),
    (
        "expect-school",
        &[
            "Wij vragen ouders om elke avond tien minuten samen te lezen.",
            "Graag een seintje als het thuis onrustig is, dan kunnen we er rekening mee houden.",
            "We verwachten dat {n} op tijd komt; de eerste weken was dat lastig.",
            "Ouders helpen met de spreekbeurt en de boekbespreking thuis voor te bereiden.",
            "We hebben uitgelegd wat de school wel en niet kan bieden bij extra uitdaging.",
        ],
    ),
    (
        "barriers",
        &[
            "Geen laptop thuis; we hebben de leen-laptop van school en de bibliotheek genoemd.",
            "De fiets is gestolen; ouders weten nu van het Jeugdfonds Sport & Cultuur.",
            "Geen bijzonderheden.",
            "Krappe woning, weinig rust om te lezen; {n} mag na school in de bibliotheek van school werken.",
            "Ouders maken zich zorgen over de kosten van het schoolreisje; de regeling van de ouderraad uitgelegd.",
        ],
    ),
    (
        "language",
        &[
            "Thuis wordt Nederlands gesproken.",
            "Moeder spreekt beter Engels dan Nederlands; belangrijke berichten ook in het Engels.",
            "Voor de gesprekken een tolk via de tolkentelefoon, nooit {n} laten vertalen.",
            "Vader leest Nederlands moeilijk; liever bellen dan mailen.",
        ],
    ),
    (
        "buddy-can-help",
        &[
            "Moeder wil best een nieuwe ouder wegwijs maken; ze spreekt ook Arabisch.",
            "Vader heeft ervaring met dyslexie bij de oudste en wil daarover vertellen.",
            "Ouders helpen graag bij de schooltuin en kunnen een nieuwe ouder meenemen.",
        ],
    ),
    (
        "buddy-wants-help",
        &[
            "Moeder zou graag een ouder spreken die ook net in Nederland is.",
            "Ouders willen graag in contact met een ouder van een kind met ADHD.",
        ],
    ),
    (
        "info-evening",
        &[
            "Ja, graag in oktober, liefst na zeven uur.",
            "Liever geen aparte avond; de informatie per mail is genoeg.",
            "Ja, en dan ook iets over de overstap naar het voortgezet onderwijs.",
            "Graag, maar dan op een dinsdag of donderdag.",
        ],
    ),
];

/// (answer key, variants) of a voortgangsgesprek; `goes-well` is always filled.
pub const PROGRESS: &[(&str, &[&str])] = &[
    (
        "goes-well",
        &[
            "{n} werkt geconcentreerd en is een fijne klasgenoot; de toets rekenen ging prima.",
            "Het lezen gaat met sprongen vooruit: {n} zit inmiddels op AVI E5.",
            "{n} helpt anderen spontaan en durft vaker iets te vragen.",
            "Veel inzet bij wereldoriëntatie; het werkstuk over vulkanen was erg goed.",
            "De afspraak over op tijd komen werkt: sinds de herfstvakantie elke dag op tijd.",
            "{n} zit lekker in het vel en heeft een vaste vriendengroep.",
            "Het schrijven is een stuk netter geworden, {n} is daar zelf trots op.",
        ],
    ),
    (
        "cognitive-home",
        &[
            "Thuis wordt elke avond samen gelezen, {n} leest nu ook voor aan het zusje.",
            "Ouders oefenen de tafels in de auto; dat gaat goed.",
            "Thuis weinig tijd om te oefenen door de drukte; ouders willen wel tips.",
            "{n} speelt graag rekenspelletjes op de tablet.",
        ],
    ),
    (
        "cognitive-school",
        &[
            "Rekenen gaat goed, spelling blijft een aandachtspunt (werkwoorden).",
            "De methodetoetsen zijn voldoende; begrijpend lezen iets onder het gemiddelde.",
            "{n} kan meer aan: vanaf nu in de plusgroep voor rekenen.",
            "Verlengde instructie bij rekenen helpt; de laatste toets was een stuk beter.",
        ],
    ),
    (
        "social-home",
        &[
            "Thuis vertelt {n} weinig over school; ouders vragen nu gericht naar de pauze.",
            "Speelt veel met kinderen uit de straat, ook buiten school.",
            "Ouders zien dat {n} snel boos wordt als iets niet lukt.",
        ],
    ),
    (
        "social-school",
        &[
            "In de klas sociaal en behulpzaam; in de pauze soms wat alleen.",
            "Er was een conflict met een klasgenoot, inmiddels goed uitgepraat.",
            "{n} neemt steeds vaker het woord in de kring.",
            "Werkt goed samen in het groepje; leidt soms te veel.",
        ],
    ),
    (
        "motivation-home",
        &[
            "{n} gaat met plezier naar school, behalve op de gymdag.",
            "Ochtenden zijn thuis lastig; ouders zetten de wekker nu een kwartier eerder.",
            "Thuis vol verhalen over het project; {n} zocht zelf boeken op.",
        ],
    ),
    (
        "motivation-school",
        &[
            "Gemotiveerd, vooral bij opdrachten waarin {n} zelf mag kiezen.",
            "Na de middagpauze zakt de aandacht in; korte beweegpauze helpt.",
            "Twee keer te laat in oktober, verder goed aanwezig.",
        ],
    ),
    (
        "interests-home",
        &[
            "Voetbal twee keer per week, en op zaterdag wedstrijd.",
            "Tekenen en knutselen; {n} heeft een eigen stripboek gemaakt.",
            "Zit op muziekles (gitaar) sinds de zomer.",
            "Helpt graag bij het koken en bakken.",
        ],
    ),
    (
        "interests-school",
        &[
            "Erg betrokken bij het techniekcircuit.",
            "{n} wil graag meedoen met de schoolkrant.",
            "Toont veel interesse in dieren; mag de klassenslak verzorgen.",
        ],
    ),
    (
        "career-home",
        &[
            "Ouders willen weten hoe het schooladvies tot stand komt.",
            "{n} wil later dierenarts worden; ouders vinden vooral plezier belangrijk.",
        ],
    ),
    (
        "career-school",
        &[
            "Uitleg gegeven over de doorstroomtoets en het voorlopig advies.",
            "De overgang naar de volgende groep besproken: geen zorgen.",
            "Open dagen van het voortgezet onderwijs staan in de nieuwsbrief.",
        ],
    ),
    (
        "circumstances-home",
        &[
            "Opa is ziek; {n} is daar veel mee bezig.",
            "In december komt er een broertje of zusje bij.",
            "Verhuizing binnen de wijk gepland in het voorjaar.",
            "Vader is sinds kort zonder werk; het is thuis wat gespannen.",
        ],
    ),
    (
        "circumstances-school",
        &[
            "Na de kerstvakantie komt er een invaller op woensdag.",
            "Het schoolkamp komt eraan; ouders wilden weten hoe het met slapen gaat.",
        ],
    ),
];

/// Agreements made in a talk: (topic, pupil's part, parents' part, school's part).
pub const AGREEMENTS: &[(&str, &str, &str, &str)] = &[
    (
        "Lezen",
        "{n} leest elke dag een kwartier in een zelfgekozen boek.",
        "Ouders lezen drie avonden per week samen met {n}.",
        "De leerkracht zoekt met {n} boeken uit in de schoolbibliotheek.",
    ),
    (
        "Tafels",
        "{n} oefent vijf minuten per dag op de oefensite.",
        "Ouders overhoren de tafels in het weekend.",
        "De leerkracht geeft op vrijdag een korte tafeltoets en meldt de vorderingen.",
    ),
    (
        "Op tijd komen",
        "{n} zet zelf de wekker.",
        "Ouders zorgen dat {n} om 8.20 uur van huis vertrekt.",
        "De leerkracht geeft een compliment als het een week lukt.",
    ),
    (
        "Hulp vragen",
        "{n} steekt de groene kaart op als iets niet lukt.",
        "Ouders vragen thuis wat er goed en lastig ging.",
        "De leerkracht loopt na de instructie eerst langs bij {n}.",
    ),
    (
        "Spelling",
        "{n} gebruikt de spellingkaart bij het schrijven.",
        "Ouders oefenen de woordjes van de week.",
        "De leerkracht geeft verlengde instructie op dinsdag en donderdag.",
    ),
    (
        "Pauze en vriendschap",
        "{n} kiest elke pauze een spel om samen te doen.",
        "Ouders nodigen eens een klasgenoot uit om te spelen.",
        "De pleinwacht let extra op en de leerkracht bespreekt het in de kring.",
    ),
    (
        "Weektaak plannen",
        "{n} plant op maandag de weektaak in.",
        "Ouders kijken op woensdag samen naar de planning.",
        "De leerkracht bespreekt de planning op vrijdag met {n}.",
    ),
    (
        "Rust bij boosheid",
        "{n} gebruikt de time-outplek als het te veel wordt.",
        "Ouders gebruiken thuis dezelfde afspraak.",
        "De leerkracht laat ouders wekelijks weten hoe het ging.",
    ),
];

/// Contact log lines: (channel, positive, summary).
pub const CONTACTS: &[(&str, bool, &str)] = &[
    (
        "phone",
        true,
        "Moeder gebeld om te vertellen dat {n} een prachtige spreekbeurt hield.",
    ),
    (
        "message",
        true,
        "Bericht gestuurd: {n} heeft de hele week zelfstandig gewerkt.",
    ),
    (
        "phone",
        false,
        "Vader belde over plagen in de pauze; afgesproken dat de pleinwacht extra oplet.",
    ),
    (
        "email",
        false,
        "Ouders mailden over de hoeveelheid huiswerk; uitleg gegeven en teruggebeld.",
    ),
    (
        "conversation",
        false,
        "Kort gesprek bij het hek over vermoeidheid in de ochtend.",
    ),
    (
        "visit",
        true,
        "Huisbezoek samen met de ib'er; warm ontvangen, afspraken over lezen gemaakt.",
    ),
    (
        "phone",
        false,
        "Moeder gebeld na een ruzie op het plein; thuis nagepraat, het is weer goed.",
    ),
    (
        "conversation",
        true,
        "Na schooltijd de nieuwe leesboeken laten zien aan opa, die {n} ophaalt.",
    ),
    (
        "email",
        true,
        "Foto van het werkstuk gestuurd; ouders waren blij verrast.",
    ),
    (
        "message",
        false,
        "Ouders lieten weten dat {n} ziek is en de toets inhaalt.",
    ),
];

/// Contact moments of a communicatieplan: (description, channel, with pupil).
pub const MOMENTS: &[(&str, &str, bool)] = &[
    (
        "Telefoontje in de week na het eerste rapport",
        "phone",
        false,
    ),
    (
        "Korte evaluatie begin juni met {n}, ouders en leerkracht",
        "visit-day",
        true,
    ),
    (
        "Gesprek zonder {n} over de thuissituatie",
        "visit-evening",
        false,
    ),
    (
        "Videogesprek met vader, die in het buitenland werkt",
        "video",
        false,
    ),
    ("Huisbezoek na het eerste rapport", "home-visit", true),
];

/// A communicatieplan: (channels, reachable, response time, notes).
pub const PLANS: &[(&str, &str, &str, &str)] = &[
    (
        "phone,email",
        "Moeder na 16.00 uur, vader op woensdag",
        "Ouders reageren binnen een dag",
        "Bellen bij zorgen, mailen voor praktische zaken.",
    ),
    (
        "messaging,visit-day",
        "Beide ouders via de app, 's avonds",
        "Zelfde dag",
        "Korte berichtjes over goede dagen werken hier goed.",
    ),
    (
        "phone,visit-evening",
        "Vader overdag, moeder na 19.00 uur",
        "Binnen twee dagen",
        "Liever bellen dan mailen; vader leest Nederlands moeilijk.",
    ),
    (
        "email",
        "Per mail, ouders werken allebei",
        "Binnen twee dagen",
        "{n} regelt veel zelf; mailen als er iets is.",
    ),
    (
        "phone,home-visit",
        "Moeder op maandag en vrijdag",
        "Wisselend; bij geen reactie nog eens bellen",
        "Tolk Arabisch bij gesprekken; nooit {n} laten vertalen.",
    ),
    (
        "video,email",
        "Beide ouders, gescheiden huishoudens: berichten naar allebei",
        "Binnen een dag",
        "Gesprekken met beide ouders samen via video.",
    ),
];

/// Contact attempts for families not reached in a round: (channel, note).
pub const ATTEMPTS: &[(&str, &str)] = &[
    ("phone", "Twee keer gebeld, voicemail ingesproken."),
    (
        "door",
        "Aangebeld na schooltijd, niemand thuis; briefje achtergelaten.",
    ),
    (
        "pupil",
        "{n} gevraagd thuis te zeggen dat we graag een afspraak maken.",
    ),
];

/// Language names for an interpreter note.
pub fn language_name(code: &str) -> &'static str {
    match code {
        "ar" => "Arabisch",
        "tr" => "Turks",
        "pl" => "Pools",
        "uk" => "Oekraïens",
        "so" => "Somalisch",
        "ti" => "Tigrinya",
        "en" => "Engels",
        _ => "de thuistaal",
    }
}

/// A text with the pupil's first name filled in.
pub fn fill(text: &str, first_name: &str) -> String {
    text.replace("{n}", first_name)
}

/// A hand-over note from last year's teacher, one of several so the demo reads like a real class.
pub fn handover_note(first_name: &str, n: usize) -> String {
    let notes = [
        "{n} werkt het best met een korte uitleg vooraf en een vaste plek vooraan. Moeder belt liever dan dat ze mailt; na een telefoontje in oktober ging het contact veel soepeler.",
        "{n} is dit jaar gegroeid in lezen (van AVI M5 naar E5). Thuis wordt elke avond voorgelezen. De afspraak over huiswerk in de agenda loopt goed; graag zo houden.",
        "Rustige leerling die niet snel om hulp vraagt. Even na de instructie langslopen helpt. Vader komt naar elk gesprek; met moeder is het contact via de mail.",
        "{n} had na de kerstvakantie een moeilijke periode (verhuizing). Ouders stellen het op prijs als u het meteen laat weten als {n} stil of afwezig is.",
        "Sterk in rekenen, heeft uitdaging nodig (plusmap). Ouders willen graag twee keer per jaar een voortgangsgesprek, niet vaker. Communicatieplan is afgestemd.",
        "{n} speelt veel met dezelfde twee vriendjes; bij groepswerk bewust mengen. Ouders hebben een tolk nodig bij gesprekken (Arabisch), die is steeds via school geregeld.",
        "De afspraak over het fietsen naar school staat nog open: ouders zouden na de zomer laten weten of {n} zelf mag fietsen. Even navragen in het startgesprek.",
        "Geen bijzonderheden: fijne leerling, betrokken ouders. Beide ouders willen de uitnodigingen ontvangen (ze wonen apart).",
    ];
    notes[n % notes.len()].replace("{n}", first_name)
}

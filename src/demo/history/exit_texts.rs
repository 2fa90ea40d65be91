//! What families said when their child left, and what the school did with it: the exit
//! conversations along the involvement matrix, the group session, destinations, follow-up
//! answers and the action plans. Written for the demo.

/// (answer key, variants) of an exitgesprek: the twelve cells of the involvement matrix and
/// the open questions.
pub const EXIT: &[(&str, &[&str])] = &[
    (
        "cell-1",
        &[
            "We voelden ons welkom om mee te leven: de juf vertelde ook de kleine successen.",
            "Via de foto's in de app zagen we wat {n} deed; dat voelde dichtbij.",
            "In groep 6 hoorden we weinig, in groep 7 en 8 veel meer.",
            "Soms hoorden we pas bij het rapport dat het niet goed ging; dat had eerder gemogen.",
        ],
    ),
    (
        "cell-2",
        &[
            "We wisten goed hoe we thuis konden oefenen, dankzij de tips na het voortgangsgesprek.",
            "Bij het werkstuk wisten we niet wat er van ons verwacht werd.",
            "De leeslijst en de oefensites hielpen ons thuis echt.",
        ],
    ),
    (
        "cell-3",
        &[
            "Bij het schooladvies werd echt naar ons geluisterd.",
            "We mochten meedenken over de aanpak van het plagen; dat werkte.",
            "Meedenken over extra uitdaging lukte niet goed: het plan kwam al klaar.",
        ],
    ),
    (
        "cell-4",
        &[
            "De keuze voor de verlengde instructie hebben we samen gemaakt.",
            "Bij de keuze voor de middelbare school voelden we ons gesteund, niet gestuurd.",
            "Over het OPP hadden we graag eerder meegepraat.",
        ],
    ),
    (
        "cell-5",
        &[
            "Het kampfilmpje en de eindmusical: daar leefden we als ouders samen mee.",
            "We wisten weinig van wat er in de klas speelde buiten ons eigen kind.",
            "De groepsapp van de ouders was belangrijk, maar de school stond erbuiten.",
        ],
    ),
    (
        "cell-6",
        &[
            "Helpen bij de musical en het kamp voelde als samen de klas dragen.",
            "Als werkende ouder konden we nooit helpen; alles was onder schooltijd.",
            "De klassenouder zocht steeds dezelfde ouders.",
        ],
    ),
    (
        "cell-7",
        &[
            "De ouderavond over schermgebruik was goed: daar mochten we echt meedenken.",
            "We wisten niet dat je bij de ouderraad ideeën kon inbrengen.",
            "Het ouderpanel over het nieuwe schoolplein was een mooie vorm.",
        ],
    ),
    (
        "cell-8",
        &[
            "De MR bleef voor ons onzichtbaar; we weten niet wat die besliste.",
            "De stemming over het continurooster voelde als echte inspraak.",
        ],
    ),
    (
        "cell-9",
        &[
            "Toen opa overleed, belde de juf de volgende dag. Dat vergeten we niet.",
            "De school wist weinig van onze thuissituatie; er werd ook niet naar gevraagd.",
            "De leerkracht wist van de verhuizing en hield daar rekening mee.",
        ],
    ),
    (
        "cell-10",
        &[
            "Met de tolk bij elk gesprek konden we alles begrijpen.",
            "De school hielp ons aan een laptop en de regeling voor het kamp.",
            "We hadden graag eerder gehoord over hulp bij het aanvragen van de toeslag.",
        ],
    ),
    (
        "cell-11",
        &[
            "De ib'er dacht mee over een aanpak die ook thuis werkte.",
            "De plannen kwamen van de school; onze ervaring thuis telde weinig mee.",
            "Samen zochten we naar een oplossing voor het te laat komen; dat ging goed.",
        ],
    ),
    (
        "cell-12",
        &[
            "Bij het advies voor het voortgezet onderwijs wogen onze argumenten mee.",
            "Beslissingen over de groepsindeling werden zonder ons genomen.",
        ],
    ),
    (
        "mattered",
        &[
            "Dat de leerkracht {n} echt zag, ook op de moeilijke dagen.",
            "Korte lijntjes: een appje en we werden dezelfde dag teruggebeld.",
            "Dat er bij de startgesprekken tijd was voor ons verhaal.",
        ],
    ),
    (
        "successes",
        &[
            "Het lezen: van zorgenkind naar boekenwurm.",
            "{n} ging met zelfvertrouwen naar de brugklas.",
            "De rust die in groep 8 kwam na een onrustige groep 7.",
        ],
    ),
    (
        "pain-points",
        &[
            "De wisseling van leerkrachten in groep 6; niemand legde het ons uit.",
            "We moesten zelf steeds aan de bel trekken over het plagen.",
            "Berichten kwamen laat, vaak op zondagavond.",
        ],
    ),
    (
        "learn",
        &[
            "Vertel ouders eerder wanneer iets niet goed gaat, ook als het nog klein is.",
            "Zorg dat een nieuwe leerkracht weet wat er vorig jaar is afgesproken.",
            "Plan de gesprekken ook eens 's avonds of op een andere dag.",
        ],
    ),
    (
        "advice-school",
        &[
            "Houd de startgesprekken, maar maak ze iets langer.",
            "Een vast aanspreekpunt voor ouders die de taal nog leren.",
            "Laat de overdracht tussen leerkrachten zien aan ouders.",
            "Meer hulpmomenten na werktijd, zodat ook werkende ouders kunnen helpen.",
        ],
    ),
    (
        "advice-parents",
        &[
            "Ga naar elk gesprek, ook als het goed gaat; je hoort altijd iets nieuws.",
            "Bel de leerkracht meteen als je je zorgen maakt, wacht niet op het rapport.",
            "Ga naar de informatieavond over de overstap in groep 7 al.",
        ],
    ),
    (
        "lookback-well",
        &[
            "Rustig gesprek, fijn dat de directeur erbij was.",
            "Prettig dat {n} er een deel bij was.",
        ],
    ),
    (
        "lookback-better",
        &[
            "Het had eerder in het jaar gekund, nu was het druk met afscheid.",
            "Een vragenlijst vooraf was handig geweest om na te denken.",
        ],
    ),
];

/// What a group session said about some cells (no names).
pub const SESSION: &[(&str, &str)] = &[
    ("cell-1", "Meerdere ouders noemen de foto's en korte berichtjes over hun kind als het moment waarop ze zich betrokken voelden."),
    ("cell-2", "Ouders willen aan het begin van het jaar weten hoe ze thuis kunnen oefenen; nu kwam dat pas in groep 8."),
    ("cell-6", "Werkende ouders voelen zich buitengesloten van helpen: alle klussen vallen onder schooltijd."),
    ("cell-7", "Ouders willen vaker ouderavonden waar ze kunnen meedenken, zoals over schermgebruik."),
    ("cell-8", "De medezeggenschapsraad is voor de meeste ouders onzichtbaar."),
    ("cell-9", "De school toont veel betrokkenheid bij ingrijpende gebeurtenissen thuis."),
    ("cell-11", "Ouders zouden graag eerder meedenken over de aanpak van pesten."),
    ("advice-school", "Maak de overdracht tussen leerkrachten zichtbaar voor ouders en vraag hen wat de nieuwe leerkracht moet weten."),
    ("learn", "Een vaste avond per maand waarop de leerkracht bereikbaar is, werd door veel ouders genoemd."),
];

/// Secondary schools and destinations of leavers (invented).
pub const DESTINATIONS: &[&str] = &[
    "Het Baken Lyceum (havo/vwo)",
    "Scholengemeenschap De Dijk (vmbo-t/havo)",
    "Vakcollege Noorderhaven (vmbo-b/k)",
    "Stedelijk Gymnasium Aan de Gracht",
    "Het Baken Lyceum (vwo)",
    "Scholengemeenschap De Dijk (havo)",
    "Montessori College Oost (vmbo-t)",
];

/// What families said half a year after leaving: (how it goes, advice right?, comment).
pub const FOLLOWUPS: &[(&str, &str, &str)] = &[
    (
        "Goed, ze heeft haar draai gevonden op de nieuwe school.",
        "yes",
        "Fijn dat jullie het vragen.",
    ),
    (
        "Het was wennen in de nieuwe stad, maar hij heeft al vrienden.",
        "yes",
        "",
    ),
    (
        "Het niveau is pittig; we twijfelen of het advies te hoog was.",
        "partly",
        "Misschien had de toets meer mee moeten wegen.",
    ),
    (
        "Hij mist de oude klas nog wel.",
        "yes",
        "Bedankt voor het warme afscheid.",
    ),
];

/// The director's action plan: (what, owner, answers to cell).
pub const ACTIONS: &[(&str, &str, &str)] = &[
    ("Bij de overdracht in juni schrijft elke leerkracht een korte overdrachtsnotitie per leerling, die ouders ook mogen lezen.", "Directie en bouwcoördinatoren", "cell-11"),
    ("Hulpvragen voor ouders ook na 17.00 uur en op zaterdag aanbieden (schooltuin, musicaldecor).", "Ouderraad", "cell-6"),
    ("De MR presenteert zich op de startavond en schrijft drie keer per jaar in de nieuwsbrief.", "MR-voorzitter", "cell-8"),
    ("Elke leerkracht belt in de eerste zes weken minstens één keer per gezin met goed nieuws.", "Alle leerkrachten", "cell-1"),
    ("Ouderavond over thuis oefenen met lezen en rekenen in oktober, met tolken.", "Intern begeleider", "cell-2"),
];

/// The previous year's action plan, finished.
pub const EARLIER_ACTIONS: &[(&str, &str, &str)] = &[
    (
        "Tolk standaard aanbieden bij elk startgesprek met anderstalige ouders.",
        "Intern begeleider",
        "cell-10",
    ),
    (
        "Klassenouders vragen nadrukkelijk ook nieuwe ouders te betrekken.",
        "Ouderraad",
        "cell-6",
    ),
    (
        "Nieuwsbrief voortaan op vrijdag in plaats van zondagavond.",
        "Directie",
        "cell-9",
    ),
];

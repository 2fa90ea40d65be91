### Gespreksverslagen, afspraken, communicatieplan en contactlog

required = verplicht

## Soorten verslagen
record-new-start = Startgesprek vastleggen
record-new-progress = Voortgangsgesprek vastleggen
record-new-closing = Afrondend gesprek vastleggen
record-new-other = Ander gesprek vastleggen
record-intro-start = Een leidraad, geen vragenlijst: noteer wat ter sprake kwam. Het gesprek eindigt met het communicatieplan voor dit jaar.
record-intro-progress = Begin met wat goed gaat. Zet thuis en school naast elkaar en sluit af met afspraken: wat doet de leerling, hoe helpen de ouders, wat doet de school.
record-intro-closing = Kijk samen terug: waren de resultaten zoals verwacht, voelde het kind zich veilig, werd het genoeg uitgedaagd? De verwachtingen uit het eerste startgesprek staan erbij.
record-intro-other = Een telefoongesprek, huisbezoek of ander gesprek dat niet via een gespreksronde ging.
record-status-draft = Concept
record-status-closed = Afgerond
record-who-when = Wanneer en wie
record-who = Aanwezig
record-pupil-present = De leerling was erbij
record-pupil-was-there = de leerling
record-present-hint = Wie er verder waren, bijvoorbeeld "moeder, vader, intern begeleider".
record-interpreter-hint = Naam of organisatie van de tolk, als die er was. Nooit het kind als tolk.
record-by = vastgelegd door { $name }
record-earlier-agreements = Afspraken van eerdere gesprekken
record-earlier-hint = Loop ze samen na: wat is gelukt, wat stellen we bij?
record-first-expectations = Verwachtingen uit het eerste startgesprek
record-barriers-info = Zijn er praktische drempels, zoals geen laptop, fiets of geldzorgen? Wijs ouders op de mogelijkheden in de gemeente en op school.
record-plan-ok = Het communicatieplan voor dit jaar is gemaakt.
record-plan-needed = Een startgesprek wordt afgerond met het communicatieplan. Maak het plan samen met de ouders.
record-needs-plan = Maak eerst het communicatieplan: zonder plan kan een startgesprek niet worden afgerond. Sla het verslag zolang op als concept.
record-required-missing = Vul eerst in wat goed gaat: daar begint het gesprek mee.
record-share = Ouders mogen dit verslag lezen
record-share-hint = Alleen gedeelde verslagen zijn zichtbaar voor ouders. Deel wat u samen hebt besproken.
record-sharing = Gedeeld met ouders
record-shared-yes = Ja, ouders kunnen dit lezen
record-shared-no = Nee, alleen voor school
record-shared-badge = gedeeld met ouders
record-close = Verslag afronden
record-save-draft = Opslaan als concept
records-title = Gesprekken
records-none = Er zijn nog geen gesprekken vastgelegd.
field-held_on = Datum
field-present = Verder aanwezig
field-interpreter = Tolk

## Onderdelen en vragen
section-start-child = Het kind
section-start-ambition = Samen het jaar in
section-start-expectations = Verwachtingen over en weer
section-start-practical = Praktisch
section-start-buddies = Ouders helpen ouders
section-start-evening = Informatieavond
section-progress-well = Wat gaat goed
section-progress-cognitive = Leren (cognitieve ontwikkeling)
section-progress-social = Sociale ontwikkeling
section-progress-motivation = Motivatie en aanwezigheid
section-progress-interests = Interesses
section-progress-career = Schoolloopbaan
section-progress-circumstances = Bijzondere omstandigheden
section-closing = Terugblik
section-other = Verslag
prompt-hint-landed = Hoe waren de eerste weken, thuis en op school?
prompt-hint-proud = Laat het kind zelf vertellen.
prompt-hint-work-on = In de woorden van het kind.
prompt-hint-ambition = De gezamenlijke ambitie van leerling, ouders en school.
prompt-hint-expect-parents = En wat kan de school wel en niet bieden?
prompt-hint-expect-school = Bijvoorbeeld hoe ouders thuis helpen en reageren op berichten.
prompt-hint-barriers = Laptop, fiets, geldzorgen, huiswerkplek.
prompt-hint-language = Welke taal spreekt het gezin thuis? Is een tolk nodig bij gesprekken?
prompt-hint-buddy-can-help = Bijvoorbeeld met taal, ervaring met dyslexie, of als ervaren ouder.
prompt-hint-buddy-wants-help = Alleen met toestemming van beide ouders brengen we hen met elkaar in contact.
prompt-hint-info-evening = Willen ouders een gezamenlijke informatieavond, en wanneer?
prompt-hint-goes-well = Begin met iets positiefs over het kind.
prompt-hint-cognitive-home = Wat doen ouders thuis samen met hun kind: voorlezen, spelletjes, erover praten?
prompt-hint-cognitive-school = Resultaten, wat goed ging en wat minder.
prompt-hint-social-home = Wat zien ouders thuis?
prompt-hint-social-school = Gedrag en contacten in de groep.
prompt-hint-motivation-home = Gaat het kind graag naar school? Oorzaken van verzuim of te laat komen?
prompt-hint-motivation-school = Motivatie op school; altijd op tijd?
prompt-hint-interests-home = Wat doet het kind na school en in het weekend: sport, muziek, vrienden?
prompt-hint-interests-school = Interesses op school.
prompt-hint-career-home = Wat hopen de leerling en de ouders voor later?
prompt-hint-career-school = Afhankelijk van het jaar: wennen, loopbaan, overstap naar het voortgezet onderwijs.
prompt-hint-circumstances-home = Ziekte, baanverlies, verhuizing, een geboorte.
prompt-hint-circumstances-school = Afwezige leerkracht, schoolkamp. Is er iets aan te passen?
prompt-hint-results-expected = In het licht van de verwachtingen uit het eerste gesprek.
prompt-hint-felt-safe = Op school, in de groep, onderweg.
prompt-hint-challenged = Te veel, te weinig, precies goed?
prompt-hint-advice = Wat kan de school leren van dit gezin?
prompt-hint-summary = Kort en feitelijk.

## Afspraken
agreement-three-parties = Elke afspraak zegt wat de leerling doet, hoe de ouders helpen en wat de school bijdraagt, en wanneer we er samen op terugkijken.
agreement-legend = Afspraak { $n }
agreement-topic = Waarover
agreement-overdue = te laat
agreement-add = Afspraak toevoegen
agreement-review-invalid = Vul een geldige datum in, bijvoorbeeld 15-01-2027.

## Communicatieplan
plan-title = Communicatieplan { $year }
plan-intro = Spreek samen met ouders en leerling af hoe en wanneer jullie contact hebben, passend bij wat deze leerling nodig heeft. Een ouder die zich zorgen maakt, belt u volgende week; gaat alles goed, dan kan het volgende moment maanden later zijn.
plan-make = Communicatieplan maken
plan-edit = Plan wijzigen
plan-none = Er is nog geen communicatieplan voor dit schooljaar.
plan-channels = Hoe hebben we contact
plan-pupil-arranges = De leerling regelt het contact zelf
plan-reachable-hint = Bijvoorbeeld "dinsdag na schooltijd, of per mail".
plan-response-hint = Bijvoorbeeld "binnen twee werkdagen; we laten direct weten dat we uw bericht hebben".
plan-moments = Contactmomenten
plan-add-moments = Contactmomenten toevoegen
plan-moments-hint = Met een datum, of een beschrijving zoals "week na het eerste rapport" of "korte evaluatie begin juni".
plan-save = Plan opslaan
field-response_time = Hoe snel reageren we
field-notes = Verder afgesproken
moment-legend = Contactmoment { $n }
moment-description = Wat en wanneer
moment-due = Datum (als die er is)
moment-with-pupil = Met de leerling erbij
moment-without-pupil = zonder de leerling
moment-done = gedaan
moment-mark-done = Afvinken

## Contactlog
contact-log-title = Contact met thuis
contact-log-none = Nog geen contact vastgelegd.
contact-add = Contact vastleggen
contact-channel = Hoe
contact-summary = Wat is er besproken?
contact-positive = positief nieuws
contact-positive-label = Dit was positief nieuws

## Meldingen
flash-record-saved = Het verslag is opgeslagen als concept.
flash-record-closed = Het verslag is afgerond.
flash-plan-saved = Het communicatieplan is opgeslagen.
flash-agreement-saved = De afspraak is vastgelegd.
flash-contact-saved = Het contact is vastgelegd.
flash-problem-agreement-incomplete = Vul de afspraak in, met een geldige datum om terug te kijken.
flash-problem-contact-incomplete = Schrijf kort op wat er besproken is.

## Auditlog
audit-title = Wie heeft wat bekeken
audit-intro = Elke keer dat iemand een leerlingdossier bekijkt of wijzigt, staat hier. Deze lijst kan niet worden aangepast.
audit-when = Wanneer
audit-who = Wie
audit-what = Wat

## Startpagina
home-due = Op de agenda
home-overdue-agreements = Afspraken om op terug te kijken
home-moments-due = Contactmomenten deze week
home-no-positive = Al lang geen positief nieuws
home-no-positive-hint = Bij deze leerlingen is al { $weeks } weken geen positief nieuws met thuis gedeeld. Een kort berichtje over iets wat goed gaat, doet veel.
nav-audit = Logboek

## Passend onderwijs
opp-title = Ontwikkelingsperspectief (OPP)
opp-intro = Heeft deze leerling een OPP? Voor het handelingsdeel is instemming van de ouders nodig; zonder instemming mag de school de extra ondersteuning niet geven. Leg elke stap vast: gevraagd, gegeven, geweigerd of ingetrokken.
opp-explained = Wat is een OPP?
opp-none = Er is geen OPP vastgelegd.
opp-history = Eerdere stappen
opp-record = Stap vastleggen
opp-decision = Instemming met het handelingsdeel
opp-by = Door welke ouder
flash-opp-saved = De stap is vastgelegd.
flash-problem-opp-incomplete = Kies een besluit en vul de datum in.

## Ouders: eigen pagina
flash-problem-parent-signed-out = U bent niet (meer) ingelogd. Vraag hieronder een nieuwe link aan.
agreement-responses = Reactie ouders

## School
nav-school = School
school-settings-title = Gegevens van de school
field-contact = Hoe het contact met de school verliep
field-help_info = Praktische hulp voor ouders
school-contact-hint = Bijvoorbeeld "administratie@school.nl of 030-123 45 67". Ouders zien dit als ze na de inschrijftermijn iets willen wijzigen.
school-help-hint = Waar kunnen ouders terecht bij geldzorgen, een laptop of fiets voor hun kind, huiswerkbegeleiding? Deze tekst staat op een openbare pagina die leerkrachten tijdens het startgesprek kunnen laten zien. Een lege regel begint een nieuwe alinea.
school-help-preview = Bekijk de pagina zoals ouders hem zien
moment-invite = Uitnodigen om een tijd te kiezen
flash-moment-round-created = Er is een uitnodiging voor alleen deze leerling klaargezet. Geef aan wanneer u kunt en verstuur de uitnodiging.
field-plan = Communicatieplan
field-answers = Verslag
field-agreements = Afspraken
field-moments = Contactmomenten
field-channels = Manieren van contact
record-continue = Verder met dit verslag
record-plan-save-first = Sla het verslag eerst op als concept, zodat u na het plan verder kunt waar u was.

## Bereik
nav-coverage = Bereik
coverage-title = Bereik: hebben we iedereen gesproken?
coverage-intro = Per groep en per leerkracht of mentor: hoeveel leerlingen hadden hun startgesprek in de eerste drie weken, hebben een communicatieplan en minstens twee voortgangsgesprekken? En wie is in een gespreksronde niet bereikt?
coverage-start = Startgesprek in de eerste drie weken
coverage-plan = Communicatieplan
coverage-progress = Twee of meer voortgangsgesprekken
coverage-overdue = Afspraken te laat
coverage-not-reached = Niet bereikt in een ronde
coverage-opp-pending = OPP-instemming open
coverage-by-group = Per groep
coverage-by-teacher = Per leerkracht of mentor
coverage-chart-title = Bereik per groep
coverage-chart-caption = Per groep drie balken: startgesprek, communicatieplan, voortgangsgesprekken. De percentages staan naast de balken.
coverage-csv = Exporteren (CSV)
coverage-csv-level = Niveau
coverage-csv-name = Naam
coverage-csv-school = School
coverage-csv-group = Groep
coverage-csv-teacher = Leerkracht of mentor

## Exitgesprekken
nav-exit = Vertrek en exit
record-new-exit = Exitgesprek vastleggen
record-intro-exit = Kijk samen terug op de jaren op school, langs de twaalf velden van de betrokkenheidsmatrix: hoe ouders betrokken waren bij hun eigen kind, bij de groep en de school, en hoe de school bij hen betrokken was. Alles wat gezegd wordt, komt in het verslag.
prompt-hint-cell-1 = Was het makkelijk om te volgen hoe het met uw kind ging?
prompt-hint-cell-2 = Kon u thuis goed helpen bij het leren?
prompt-hint-cell-3 = Werd uw kennis van uw kind gebruikt?
prompt-hint-cell-4 = Had u een stem bij belangrijke keuzes, zoals het advies?
prompt-hint-cell-5 = Wist u wat er in de groep en op school speelde?
prompt-hint-cell-6 = Klassenouder, ouderraad, helpen bij activiteiten.
prompt-hint-cell-7 = Werd uw mening gevraagd?
prompt-hint-cell-8 = Medezeggenschapsraad en andere inspraak.
prompt-hint-cell-9 = Hoe betrokken was de school bij uw thuissituatie?
prompt-hint-cell-10 = Bijvoorbeeld bij praktische zaken of zorgen.
prompt-hint-cell-11 = Werd u geholpen bij vragen en keuzes?
prompt-hint-cell-12 = Kon u echt invloed uitoefenen?
prompt-hint-mattered = Een moment dat is bijgebleven.
prompt-hint-successes = Successen die u wilt noemen.
prompt-hint-pain-points = Zo concreet mogelijk.
prompt-hint-learn = Een les voor de kinderen die blijven.
prompt-hint-advice-school = Wat zou u anders doen?
prompt-hint-advice-parents = Wat had u zelf graag eerder geweten?
prompt-hint-lookback-well = Een korte terugblik op het gesprek zelf.
prompt-hint-lookback-better = Voor de volgende exitgesprekken.
leaving-title = Vertrek
leaving-mark = Vertrek vastleggen
leaving-hint = Laat de datum leeg als de leerling toch blijft.
leaving-on = Vertrekdatum
leaving-reason = Reden
leaving-destination = Naar welke school
leaving-reason-end-primary = Einde basisschool
leaving-reason-move = Verhuizing
leaving-reason-transfer = Overstap naar een andere school
leaving-reason-other = Anders
exit-title = Vertrek en exitgesprekken
exit-intro = Wie gaat er dit jaar weg, wat hebben vertrekkende gezinnen gezegd, en wat doet de school ermee? Bespreek de actielijst in het team en laat ouders die blijven weten wat er gebeurt.
exit-public-link = Samenvatting voor ouders
exit-leavers = Vertrekkende leerlingen
exit-no-leavers = Er zijn dit schooljaar nog geen vertrekkende leerlingen vastgelegd.
exit-family = Gezin
exit-last-child = laatste kind op school
exit-conversation = Exitgesprek
exit-held = gevoerd
exit-matrix = Wat we hoorden, per veld van de matrix
exit-actions = Actielijst
action-add = Actie toevoegen
action-what = Wat gaan we doen
action-owner = Wie is eigenaar
action-due = Klaar op
action-source = Naar aanleiding van
flash-leaving-saved = Het vertrek is vastgelegd.
flash-problem-leaving-incomplete = Vul een geldige datum in.
flash-action-saved = De actie staat op de lijst.
flash-problem-action-incomplete = Beschrijf wat er gaat gebeuren.
exit-report-title = Verslag voor de ouders
exit-report-sent-badge = Verstuurd
exit-report-approve-intro = Na uw goedkeuring krijgen de ouders dit verslag per mail, met in grote lijnen wat de school doet met wat ze hoorde (de actielijst).
exit-report-approve = Goedkeuren en versturen
exit-report-waiting = Het verslag gaat naar de ouders zodra de directie het heeft goedgekeurd.
flash-exit-report-sent = Het verslag is goedgekeurd en gaat naar de ouders.
exit-years = Vergelijking met eerdere jaren
exit-year = Schooljaar
exit-years-hint = Het aantal reacties per veld van de matrix (1 tot en met 12) per schooljaar.

## Nazorg
followup-section = Hoe gaat het nu? (na een half jaar)
followup-stats = { $sent } gezinnen gevraagd, { $answered } antwoorden.
followup-send = { $count ->
    [one] Vragenlijst sturen aan 1 ouder van een leerling die een half jaar geleden vertrok
   *[other] Vragenlijst sturen aan { $count } ouders van leerlingen die een half jaar geleden vertrokken
}
flash-followups-sent = De vragenlijsten staan klaar om te versturen.

## Groepsgesprekken bij vertrek
session-section = Terugblikken in groepen
session-intro = Nodig vertrekkende gezinnen uit voor een thema-avond, een ouderpanel of een onderwijscafé. Ze antwoorden via een persoonlijke link.
session-none = Er zijn nog geen groepsgesprekken gepland.
session-new = Groepsgesprek plannen
session-create = Plannen
session-capacity = Hoeveel mensen kunnen er komen
session-return-day-option = Tegelijk een terugkomdag voor de oud-leerlingen
session-with-return-day = met terugkomdag
session-invite = Gezinnen uitnodigen
session-counts = { $yes } van { $capacity } plaatsen bezet
session-invited-counts = { $invited } uitgenodigd, { $no } kunnen niet
flash-session-saved = Het groepsgesprek is gepland. Nodig nu de gezinnen uit.
flash-session-invited = De uitnodigingen staan klaar om te versturen.
flash-problem-session-incomplete = Vul een titel, datum, tijd en een geldig aantal plaatsen in.
school-exit-policy = Terugblikken bij vertrek
school-exit-policy-each = Elk gezin wordt uitgenodigd als een kind vertrekt
school-exit-policy-last = Een gezin wordt uitgenodigd als het laatste kind vertrekt
school-exit-policy-hint = Een goed moment voor leerlingen van groep 8 is januari, na het eerste rapport op de nieuwe school.
exit-advice = Adviezen
exit-advice-school = Aan de school ({ $count })
exit-advice-parents = Aan nieuwe ouders ({ $count })
nav-board = Bestuur
coverage-board-title = Bereik per school
coverage-board-intro = Voor het schoolbestuur: per school hoeveel leerlingen hun gesprekken hadden, en wie niet is bereikt.
session-record = Verslag
session-record-intro = Noteer wat er in de groep is gezegd, zonder namen, langs dezelfde velden en vragen als bij een exitgesprek. Dit telt mee in het overzicht en de samenvatting voor ouders.
session-coming-count = { $count ->
    [one] 1 gezin heeft zich aangemeld
   *[other] { $count } gezinnen hebben zich aangemeld
}
session-report-approve-intro = Na uw goedkeuring krijgen de gezinnen die zich hadden aangemeld het verslag per mail, met wat de school ermee doet.

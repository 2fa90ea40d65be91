### Gespreksverslagen, afspraken, communicatieplan en contactlog

required = verplicht

## Soorten verslagen
record-kind-start = Startgesprek
record-kind-progress = Voortgangsgesprek
record-kind-closing = Afrondend gesprek
record-kind-other = Ander gesprek of contact
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
prompt-landed = Hoe is het kind in de groep terechtgekomen?
prompt-hint-landed = Hoe waren de eerste weken, thuis en op school?
prompt-proud = Waar is het kind trots op?
prompt-hint-proud = Laat het kind zelf vertellen.
prompt-work-on = Waar wil het kind aan werken?
prompt-hint-work-on = In de woorden van het kind.
prompt-ambition = Wat willen we dit jaar samen bereiken?
prompt-hint-ambition = De gezamenlijke ambitie van leerling, ouders en school.
prompt-expect-parents = Wat verwachten ouders van school?
prompt-hint-expect-parents = En wat kan de school wel en niet bieden?
prompt-expect-school = Wat verwacht de school van ouders?
prompt-hint-expect-school = Bijvoorbeeld hoe ouders thuis helpen en reageren op berichten.
prompt-barriers = Praktische drempels
prompt-hint-barriers = Laptop, fiets, geldzorgen, huiswerkplek.
prompt-language = Taal en tolk
prompt-hint-language = Welke taal spreekt het gezin thuis? Is een tolk nodig bij gesprekken?
prompt-buddy-can-help = Kan deze ouder een andere ouder helpen?
prompt-hint-buddy-can-help = Bijvoorbeeld met taal, ervaring met dyslexie, of als ervaren ouder.
prompt-buddy-wants-help = Zou deze ouder hulp van een andere ouder willen?
prompt-hint-buddy-wants-help = Alleen met toestemming van beide ouders brengen we hen met elkaar in contact.
prompt-info-evening = Informatieavond voor de hele groep
prompt-hint-info-evening = Willen ouders een gezamenlijke informatieavond, en wanneer?
prompt-goes-well = Wat gaat goed?
prompt-hint-goes-well = Begin met iets positiefs over het kind.
prompt-cognitive-home = Thuis
prompt-hint-cognitive-home = Hoe praten, spelen en lezen ouders met hun kind?
prompt-cognitive-school = School
prompt-hint-cognitive-school = Resultaten, wat goed ging en wat minder.
prompt-social-home = Thuis
prompt-hint-social-home = Wat zien ouders thuis?
prompt-social-school = School
prompt-hint-social-school = Gedrag en contacten in de groep.
prompt-motivation-home = Thuis
prompt-hint-motivation-home = Gaat het kind graag naar school? Oorzaken van verzuim of te laat komen?
prompt-motivation-school = School
prompt-hint-motivation-school = Motivatie op school; altijd op tijd?
prompt-interests-home = Thuis
prompt-hint-interests-home = Vrije tijd, hobby's, clubs.
prompt-interests-school = School
prompt-hint-interests-school = Interesses op school.
prompt-career-home = Thuis
prompt-hint-career-home = Verwachtingen van leerling en ouders.
prompt-career-school = School
prompt-hint-career-school = Afhankelijk van het jaar: wennen, loopbaan, overstap naar het voortgezet onderwijs.
prompt-circumstances-home = Thuis
prompt-hint-circumstances-home = Ziekte, baanverlies, verhuizing, een geboorte.
prompt-circumstances-school = School
prompt-hint-circumstances-school = Afwezige leerkracht, schoolkamp. Is er iets aan te passen?
prompt-results-expected = Waren de resultaten zoals verwacht?
prompt-hint-results-expected = In het licht van de verwachtingen uit het eerste gesprek.
prompt-felt-safe = Voelde het kind zich veilig?
prompt-hint-felt-safe = Op school, in de groep, onderweg.
prompt-challenged = Werd het kind genoeg uitgedaagd?
prompt-hint-challenged = Te veel, te weinig, precies goed?
prompt-advice = Advies en tips voor de school
prompt-hint-advice = Wat kan de school leren van dit gezin?
prompt-summary = Wat is er besproken?
prompt-hint-summary = Kort en feitelijk.

## Afspraken
agreements-title = Afspraken
agreements-none = Er zijn nog geen afspraken.
agreement-three-parties = Elke afspraak zegt wat de leerling doet, hoe de ouders helpen en wat de school bijdraagt, en wanneer we er samen op terugkijken.
agreement-legend = Afspraak { $n }
agreement-topic = Waarover
agreement-pupil = De leerling
agreement-parents = De ouders
agreement-school = De school
agreement-review = Terugkijken op
agreement-overdue = te laat
agreement-add = Afspraak toevoegen
agreement-review-invalid = Vul een geldige datum in, bijvoorbeeld 15-01-2027.
agreement-status-open = Loopt
agreement-status-done = Gelukt
agreement-status-adjusted = Bijgesteld
agreement-status-dropped = Vervallen

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
plan-channel-required = Kies minstens één manier van contact, of dat de leerling het zelf regelt.
plan-channel-visit-day = Gesprek op school overdag
plan-channel-visit-evening = Gesprek op school 's avonds
plan-channel-phone = Telefoon
plan-channel-video = Videobellen
plan-channel-email = E-mail
plan-channel-messaging = Berichtenapp
plan-channel-home-visit = Huisbezoek
field-reachable = Wanneer is de leerkracht bereikbaar
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
log-channel-phone = Telefoon
log-channel-email = E-mail
log-channel-visit = Bezoek
log-channel-message = Bericht
log-channel-conversation = Gesprek

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
audit-action-view = Bekeken
audit-action-create = Toegevoegd
audit-action-update = Gewijzigd
audit-entity-pupil = leerlingpagina
audit-entity-record = gespreksverslag
audit-entity-plan = communicatieplan
audit-entity-agreement = afspraak
audit-entity-contact = contact
audit-entity-contact_moment = contactmoment

## Startpagina
home-due = Op de agenda
home-overdue-agreements = Afspraken om op terug te kijken
home-moments-due = Contactmomenten deze week
home-no-positive = Al lang geen positief nieuws
home-no-positive-hint = Bij deze leerlingen is al { $weeks } weken geen positief nieuws met thuis gedeeld. Een kort berichtje over iets wat goed gaat, doet veel.
nav-audit = Inzage

## Passend onderwijs
opp-title = Ontwikkelingsperspectief (OPP)
opp-intro = Heeft deze leerling een OPP? Voor het handelingsdeel is instemming van de ouders nodig; zonder instemming mag de school de extra ondersteuning niet geven. Leg elke stap vast: gevraagd, gegeven, geweigerd of ingetrokken.
opp-explained = Wat is een OPP?
opp-none = Er is geen OPP vastgelegd.
opp-history = Eerdere stappen
opp-record = Stap vastleggen
opp-decision = Instemming met het handelingsdeel
opp-by = Door welke ouder
opp-status-asked = Gevraagd, nog geen besluit
opp-status-given = Instemming gegeven
opp-status-refused = Geweigerd
opp-status-withdrawn = Ingetrokken
flash-opp-saved = De stap is vastgelegd.
flash-problem-opp-incomplete = Kies een besluit en vul de datum in.
audit-entity-opp = OPP

## Ouders: eigen pagina
parent-title = Voor ouders en verzorgers
parent-intro = Vul uw e-mailadres in. U krijgt een link waarmee u een kwartier lang kunt inloggen. Daarna ziet u de afspraken en het communicatieplan van uw kind, en de gespreksverslagen die de school met u deelt.
parent-send-link = Stuur mij een link
parent-link-sent = Als dit e-mailadres bij ons bekend is, is er nu een link onderweg. De link werkt een kwartier en één keer.
parent-link-ready = Klik op de knop om verder te gaan.
parent-open = Naar de pagina van mijn kind
parent-link-invalid = Deze link werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe aan.
parent-children-title = Mijn kinderen
parent-hello = Welkom, { $name }.
parent-no-children = Er zijn geen kinderen aan u gekoppeld. Klopt dat niet? Neem contact op met de school.
parent-plan = Zo houden we contact
parent-no-plan = Er is nog geen communicatieplan voor dit schooljaar.
parent-confirmed = U heeft deze afspraak bevestigd
parent-your-comment = Uw opmerking:
parent-confirm-agreement = Ik ga akkoord met deze afspraak
parent-comment = Opmerking voor de leerkracht (niet verplicht)
parent-send-response = Versturen
parent-records = Gespreksverslagen
parent-no-records = De school heeft nog geen verslagen met u gedeeld.
parent-no-authority = Omdat u geen ouderlijk gezag heeft, ziet u hier het communicatieplan en de afspraken, maar niet de gespreksverslagen. Heeft u vragen? Neem contact op met de school.
parent-terms = Woorden die de school gebruikt:
parent-terms-link = uitleg van begrippen
parent-link-subject = Uw link om in te loggen bij Driehoek
parent-link-body =
    Beste { $name },

    Met deze link logt u in om de afspraken en het communicatieplan van uw kind te bekijken. De link werkt een kwartier en één keer:
    { $link }

    Heeft u geen link aangevraagd? Dan kunt u deze mail negeren.
flash-parent-response-saved = Dank u wel, uw reactie is doorgegeven aan de school.
flash-problem-parent-signed-out = U bent niet (meer) ingelogd. Vraag hieronder een nieuwe link aan.
agreement-responses = Reactie ouders

## School
nav-school = School
school-settings-title = Gegevens van de school
field-contact = Contact met de school
field-help_info = Praktische hulp voor ouders
school-contact-hint = Bijvoorbeeld "administratie@school.nl of 030-123 45 67". Ouders zien dit als ze na de inschrijftermijn iets willen wijzigen.
school-help-hint = Waar kunnen ouders terecht bij geldzorgen, een laptop of fiets voor hun kind, huiswerkbegeleiding? Deze tekst staat op een openbare pagina die leerkrachten tijdens het startgesprek kunnen laten zien. Een lege regel begint een nieuwe alinea.
school-help-preview = Bekijk de pagina zoals ouders hem zien
school-help-title = Praktische hulp
school-help-empty = De school heeft hier nog geen informatie neergezet. Vraag de leerkracht gerust waar u terecht kunt.
school-contact = Contact:
moment-invite = Uitnodigen om een tijd te kiezen
flash-moment-round-created = Er is een uitnodiging voor alleen deze leerling klaargezet. Geef aan wanneer u kunt en verstuur de uitnodiging.
field-plan = Communicatieplan
field-answers = Verslag
field-agreements = Afspraken
field-moments = Contactmomenten
field-channels = Manieren van contact
record-continue = Verder met dit verslag
record-plan-save-first = Sla het verslag eerst op als concept, zodat u na het plan verder kunt waar u was.

## Dekking
nav-coverage = Dekking
coverage-title = Dekking: is iedereen bereikt?
coverage-intro = Per groep en per leerkracht: hoeveel leerlingen hadden hun startgesprek in de eerste drie weken, hebben een communicatieplan en minstens twee voortgangsgesprekken? En wie is in een gespreksronde niet bereikt?
coverage-start = Startgesprek in de eerste drie weken
coverage-plan = Communicatieplan
coverage-progress = Twee of meer voortgangsgesprekken
coverage-overdue = Afspraken te laat
coverage-not-reached = Niet bereikt in een ronde
coverage-opp-pending = OPP-instemming open
coverage-by-group = Per groep
coverage-by-teacher = Per leerkracht
coverage-chart-title = Dekking per groep
coverage-chart-caption = Per groep drie balken: startgesprek, communicatieplan, voortgangsgesprekken. De percentages staan naast de balken.
coverage-csv = Exporteren (CSV)
coverage-csv-level = Niveau
coverage-csv-name = Naam
coverage-csv-school = School
coverage-csv-group = Groep
coverage-csv-teacher = Leerkracht

## Exitgesprekken
nav-exit = Vertrek en exit
record-kind-exit = Exitgesprek
record-new-exit = Exitgesprek vastleggen
record-intro-exit = Kijk samen terug op de jaren op school, langs de twaalf vakken van de betrokkenheidsmatrix: hoe ouders betrokken waren bij hun eigen kind, bij de groep en de school, en hoe de school bij hen betrokken was. Alles wat gezegd wordt, komt in het verslag.
section-exit-own-child = Ouders en hun eigen kind
section-exit-group-school = Ouders en de groep of school
section-exit-school-parents = De school en de ouders
section-exit-open = Open vragen
section-exit-advice = Adviezen
section-exit-lookback = Terugblik op dit gesprek
prompt-cell-1 = 1. Meeleven met het eigen kind
prompt-hint-cell-1 = Was het makkelijk om te volgen hoe het met uw kind ging?
prompt-cell-2 = 2. Meehelpen bij het eigen kind
prompt-hint-cell-2 = Kon u thuis goed helpen bij het leren?
prompt-cell-3 = 3. Meedenken over het eigen kind
prompt-hint-cell-3 = Werd uw kennis van uw kind gebruikt?
prompt-cell-4 = 4. Meebeslissen over het eigen kind
prompt-hint-cell-4 = Had u een stem bij belangrijke keuzes, zoals het advies?
prompt-cell-5 = 5. Meeleven met groep en school
prompt-hint-cell-5 = Wist u wat er in de groep en op school speelde?
prompt-cell-6 = 6. Meehelpen in groep en school
prompt-hint-cell-6 = Klassenouder, ouderraad, helpen bij activiteiten.
prompt-cell-7 = 7. Meedenken over groep en school
prompt-hint-cell-7 = Werd uw mening gevraagd?
prompt-cell-8 = 8. Meebeslissen over de school
prompt-hint-cell-8 = Medezeggenschapsraad en andere inspraak.
prompt-cell-9 = 9. De school leefde mee met het gezin
prompt-hint-cell-9 = Hoe betrokken was de school bij uw thuissituatie?
prompt-cell-10 = 10. De school hielp het gezin
prompt-hint-cell-10 = Bijvoorbeeld bij praktische zaken of zorgen.
prompt-cell-11 = 11. De school dacht mee met het gezin
prompt-hint-cell-11 = Werd u geholpen bij vragen en keuzes?
prompt-cell-12 = 12. De school liet ouders meebeslissen
prompt-hint-cell-12 = Kon u echt invloed uitoefenen?
prompt-mattered = Wanneer deed de school er echt toe?
prompt-hint-mattered = Een moment dat is bijgebleven.
prompt-successes = Wat ging goed?
prompt-hint-successes = Successen die u wilt noemen.
prompt-pain-points = Wat deed pijn of ging mis?
prompt-hint-pain-points = Zo concreet mogelijk.
prompt-learn = Wat moet de school hiervan leren?
prompt-hint-learn = Een les voor de kinderen die blijven.
prompt-advice-school = Advies aan de school
prompt-hint-advice-school = Wat zou u anders doen?
prompt-advice-parents = Advies aan nieuwe ouders
prompt-hint-advice-parents = Wat had u zelf graag eerder geweten?
prompt-lookback-well = Wat ging goed in dit gesprek?
prompt-hint-lookback-well = Een korte terugblik op het gesprek zelf.
prompt-lookback-better = Wat kan beter aan dit gesprek?
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
exit-matrix = Wat we hoorden, per vak van de matrix
exit-conversations = { $count ->
    [one] 1 exitgesprek dit schooljaar.
   *[other] { $count } exitgesprekken dit schooljaar.
}
exit-contributions = { $count ->
    [0] geen reacties
    [one] 1 reactie
   *[other] { $count } reacties
}
exit-actions = Actielijst
exit-no-actions = Er staan nog geen acties op de lijst.
action-add = Actie toevoegen
action-what = Wat gaan we doen
action-owner = Wie is eigenaar
action-due = Klaar op
action-source = Naar aanleiding van
action-status-planned = Gepland
action-status-doing = Bezig
action-status-done = Gedaan
exit-summary-title = Wat we hoorden, wat we doen
exit-summary-intro = Gezinnen die afscheid namen van de school, hebben met ons teruggekeken. Hier leest u in grote lijnen wat we hoorden en wat we ermee doen. Er staan geen namen in, en kleine aantallen laten we weg, zodat niemand herkenbaar is.
exit-summary-heard = Wat we hoorden
exit-summary-do = Wat we doen
exit-too-few = te weinig reacties om te tonen
exit-summary-too-few-conversations = Er zijn nog te weinig gesprekken gevoerd om hier iets over te zeggen.
flash-leaving-saved = Het vertrek is vastgelegd.
flash-problem-leaving-incomplete = Vul een geldige datum in.
flash-action-saved = De actie staat op de lijst.
flash-problem-action-incomplete = Beschrijf wat er gaat gebeuren.
exit-report-title = Verslag voor de ouders
exit-report-sent-badge = Verstuurd
exit-report-approve-intro = Na uw goedkeuring krijgen de ouders dit verslag per mail, met in grote lijnen wat de school doet met wat ze hoorde (de actielijst).
exit-report-approve = Goedkeuren en versturen
exit-report-waiting = Het verslag gaat naar de ouders zodra de directie het heeft goedgekeurd.
exit-report-subject = Verslag van het exitgesprek over { $child }
exit-report-intro =
    Beste { $name },

    Dank u wel voor het gesprek op { $date }, waarin we samen terugkeken op de schooltijd van { $child }. Hieronder leest u wat we hebben opgeschreven.
exit-report-what-we-do = Wat de school hiermee doet:
exit-report-no-actions = We bespreken wat we hoorden in het team; de acties die daaruit komen, delen we met alle ouders.
exit-report-signature =
    Met vriendelijke groet,
    { $school }
flash-exit-report-sent = Het verslag is goedgekeurd en gaat naar de ouders.
exit-years = Vergelijking met eerdere jaren
exit-year = Schooljaar
exit-years-hint = Het aantal reacties per vak van de matrix (1 tot en met 12) per schooljaar.

## Nazorg
followup-section = Hoe gaat het nu? (na een half jaar)
followup-stats = { $sent } gezinnen gevraagd, { $answered } antwoorden.
followup-send = { $count ->
    [one] Vragenlijst sturen aan 1 ouder van een leerling die een half jaar geleden vertrok
   *[other] Vragenlijst sturen aan { $count } ouders van leerlingen die een half jaar geleden vertrokken
}
followup-title = Hoe gaat het nu?
followup-intro = { $child } ging een tijd geleden van { $school } af. We zijn benieuwd hoe het nu gaat, en of ons advies klopte. Het invullen duurt een paar minuten.
followup-doing = Hoe gaat het met { $child } op de nieuwe school?
followup-advice = Klopte het advies van de school?
followup-advice-yes = Ja
followup-advice-partly = Gedeeltelijk
followup-advice-no = Nee
followup-comment = Wilt u de school nog iets meegeven?
followup-submit = Versturen
followup-thanks = Dank u wel! Uw antwoord helpt { $school } om kinderen nog beter te begeleiden.
followup-subject = Hoe gaat het met { $child }?
followup-body =
    Beste { $name },

    Een tijd geleden ging { $child } van { $school } af. We zijn benieuwd hoe het nu gaat, en of ons advies klopte. Wilt u drie korte vragen beantwoorden?
    { $link }

    Met vriendelijke groet,
    { $school }
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
session-kind-workshop = Thema-avond
session-kind-panel = Ouderpanel
session-kind-cafe = Onderwijscafé
session-rsvp-title = Uitnodiging
session-form = Vorm
session-when = Wanneer
session-purpose = We kijken samen terug op de schooltijd: wat ging goed, wat kan beter? Het gesprek is open en informeel en sluit af met iets te drinken. Van wat er gezegd wordt maken we een verslag zonder namen; u krijgt het toegestuurd, met wat de school ermee gaat doen.
session-coming = Komt u?
session-yes = Ja, ik kom
session-no = Nee, ik kan niet
session-people = Met hoeveel personen (uzelf meegerekend)
session-children-join = Mijn kind komt naar de terugkomdag
session-send = Antwoord versturen
session-full = Helaas, er is niet genoeg plaats meer voor zoveel personen. Kies minder personen of laat de school weten dat u graag komt.
session-you-come = { $count ->
    [one] Fijn dat u komt!
   *[other] Fijn dat u met { $count } personen komt!
}
session-you-dont = Jammer dat u niet kunt. Wilt u toch iets kwijt? Een individueel gesprek kan ook.
session-return-day = Tegelijk is er een terugkomdag voor de oud-leerlingen: uw kind is van harte welkom.
session-invite-subject = Uitnodiging: { $title }
session-invite-body =
    Beste { $name },

    Uw kind gaat (of ging) van { $school } af. Graag kijken we samen met u en andere ouders terug op de schooltijd: wat ging goed, wat kan beter, wat moeten we leren? We maken een verslag zonder namen; u krijgt het, met wat de school ermee doet.

    Vorm: { $form }. Wanneer: { $when }, ongeveer { $minutes } minuten. Waar: { $place }.

    Laat via deze link weten of u komt:
    { $link }

    Met vriendelijke groet,
    { $school }
flash-session-saved = Het groepsgesprek is gepland. Nodig nu de gezinnen uit.
flash-session-invited = De uitnodigingen staan klaar om te versturen.
flash-problem-session-incomplete = Vul een titel, datum, tijd en een geldig aantal plaatsen in.
flash-rsvp-saved = Dank u wel, uw antwoord is ontvangen.
school-exit-policy = Terugblikken bij vertrek
school-exit-policy-each = Elk gezin wordt uitgenodigd als een kind vertrekt
school-exit-policy-last = Een gezin wordt uitgenodigd als het laatste kind vertrekt
school-exit-policy-hint = Een goed moment voor leerlingen van groep 8 is januari, na het eerste rapport op de nieuwe school.
exit-advice = Adviezen
exit-advice-school = Aan de school ({ $count })
exit-advice-parents = Aan nieuwe ouders ({ $count })
nav-board = Bestuur
coverage-board-title = Dekking per school
coverage-board-intro = Voor het schoolbestuur: per school hoeveel leerlingen hun gesprekken hadden, en wie niet is bereikt.
session-record = Verslag
session-record-intro = Noteer wat er in de groep is gezegd, zonder namen, langs dezelfde vakken en vragen als bij een exitgesprek. Dit telt mee in het overzicht en de samenvatting voor ouders.
session-coming-count = { $count ->
    [one] 1 gezin heeft zich aangemeld
   *[other] { $count } gezinnen hebben zich aangemeld
}
session-report-approve-intro = Na uw goedkeuring krijgen de gezinnen die zich hadden aangemeld het verslag per mail, met wat de school ermee doet.
session-report-subject = Verslag: { $title }
session-report-intro =
    Beste { $name },

    Dank u wel voor uw komst naar "{ $title }" op { $when }. Hieronder leest u in grote lijnen wat er is gezegd, zonder namen.

### Driehoek — Nederlandse teksten (standaardtaal)

nav-label = Hoofdmenu
nav-home = Start
nav-groups = Groepen
nav-pupils = Leerlingen
nav-guardians = Ouders
nav-staff = Team
nav-import = Importeren
nav-outbox = Uitgaande mail
table-region = Tabel; schuif opzij om alles te zien
breadcrumbs = Kruimelpad
actions = Acties
status = Status
search = Zoeken
search-label = Zoekterm
save = Opslaan
cancel = Annuleren
edit = Wijzigen
archive = Archiveren
restore = Terugzetten
archived = Gearchiveerd
show-archived = Ook gearchiveerd
ok = In orde
list-empty = Niets gevonden.
list-limited = Alleen de eerste 200 worden getoond. Zoek specifieker om de rest te vinden.
pagination = Paginanummering
page-previous = Vorige
page-next = Volgende
page-of = Pagina { $page } van { $pages }
all-groups = Alle groepen
no-group = Geen groep
date-hint = Bijvoorbeeld 04-03-2016 (dag-maand-jaar).

## Maanden en dagen

## Meldingen na een actie
flash-saved = De wijzigingen zijn opgeslagen.
flash-archived = Gearchiveerd. U kunt dit altijd terugzetten.
flash-restored = Teruggezet.
flash-welcome = Welkom! Driehoek is ingericht. Nodig nu uw collega's uit of importeer de leerlingen.
flash-password-set = Uw wachtwoord is ingesteld. U bent ingelogd.
flash-staff-invited = De uitnodiging is verstuurd. De collega kiest zelf een wachtwoord via de link in de mail.
flash-staff-disabled = Het account is uitgeschakeld en overal uitgelogd.
flash-staff-enabled = Het account is weer actief.
flash-problem-staff-not-self = U kunt uw eigen account niet uitschakelen.
flash-guardian-linked = Deze ouder was al bekend (hetzelfde e-mailadres) en is nu ook aan deze leerling gekoppeld.
flash-guardian-unlinked = De ouder is losgekoppeld van deze leerling.
flash-import-discarded = Het importbestand is verwijderd. Er is niets ingelezen.
flash-problem-import-has-errors = Dit bestand bevat nog fouten. Pas het bestand aan en upload het opnieuw.

## Formulieren
form-choose-option = Kies een van de mogelijkheden.
field-school_name = Naam van de school
field-city = Plaats
field-brin = BRIN-nummer
school-brin-hint = Vier tekens, zoals 27KX, eventueel met het vestigingsnummer erachter (27KX00). Met een BRIN-nummer weigert Driehoek bij het voorbereiden van een nieuw schooljaar een EDEX-bestand van een andere school.
school-brin-invalid = Een BRIN-nummer bestaat uit twee cijfers en twee letters of cijfers, zoals 27KX, met eventueel twee cijfers voor de vestiging erachter. Laat het veld leeg als u het niet weet.
field-name = Naam
field-password = Wachtwoord
field-confirm = Herhaal het wachtwoord
field-roles = Rollen
field-grade = Leerjaar (groep)
field-school_type = Schoolsoort
field-external_id = Leerlingnummer
field-first_name = Roepnaam
field-name_prefix = Tussenvoegsel
field-last_name = Achternaam
field-date_of_birth = Geboortedatum
field-group_id = Groep
field-phone = Telefoon
field-language = Voorkeurstaal
field-interpreter_needed = Tolk nodig bij gesprekken
field-relationship = Relatie tot de leerling
field-parental_authority = Heeft ouderlijk gezag
field-own_household = Woont op een eigen adres (apart van de andere ouder)
field-receives_invitations = Krijgt uitnodigingen voor gesprekken
password-hint = Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.
password-too-short = Het wachtwoord is te kort: gebruik minstens 12 tekens.
password-too-long = Het wachtwoord is te lang: gebruik hoogstens 256 tekens.
password-mismatch = De twee wachtwoorden zijn niet gelijk.

## Rollen
role-teacher = Leerkracht / mentor
role-care-coordinator = Intern begeleider / zorgcoördinator
role-director = Directie
role-administrator = Beheerder

## Schoolsoorten
school-type-po = Primair onderwijs
school-type-so = Speciaal onderwijs
school-type-vo = Voortgezet onderwijs
school-type-vso = Voortgezet speciaal onderwijs
school-type-mbo = Mbo

## Talen
language-nl = Nederlands
language-en = Engels
language-ar = Arabisch
language-tr = Turks
language-pl = Pools
language-uk = Oekraïens
language-so = Somalisch
language-ti = Tigrinya
language-fa = Perzisch
language-de = Duits
language-fr = Frans
language-es = Spaans

## Inrichten
setup-title = Driehoek inrichten
setup-intro = Welkom. Vul de naam van uw school in en maak het eerste beheerdersaccount aan. Daarna nodigt u collega's uit en leest u de leerlingen in.
setup-school-legend = De school
setup-admin-legend = Uw account (beheerder)
setup-also-director = Ik ben ook de directeur van deze school
setup-submit = School inrichten

## Inloggen
sign-in-title = Inloggen voor medewerkers
sign-in-submit = Inloggen
sign-in-forgot = Wachtwoord vergeten?
sign-in-parents = Bent u ouder of verzorger? U hoeft niet in te loggen: u krijgt een persoonlijke link per e-mail.
sign-in-failed = Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.
sign-in-throttled = Er is te vaak een verkeerd wachtwoord gebruikt. Wacht een kwartier en probeer het dan opnieuw, of vraag een nieuw wachtwoord aan.
back-to-sign-in = Terug naar inloggen
forgot-title = Nieuw wachtwoord aanvragen
forgot-intro = Vul uw e-mailadres in. Als er een account bij hoort, sturen we een link waarmee u binnen een uur een nieuw wachtwoord kiest.
forgot-submit = Stuur mij een link
forgot-sent = Als dit e-mailadres bij een account hoort, is er nu een link onderweg. Kijk ook even in de map met ongewenste mail.
set-password-title = Kies een nieuw wachtwoord
set-password-welcome = Welkom, { $name }
set-password-invite-intro = U bent uitgenodigd voor Driehoek. Kies een wachtwoord; daarna bent u meteen ingelogd.
set-password-reset-intro = Kies een nieuw wachtwoord. U wordt daarna op alle andere apparaten uitgelogd.
set-password-submit = Wachtwoord opslaan

## Startpagina
home-title = Start
home-school-year = Schooljaar { $year }
home-my-groups = Mijn groepen
home-no-groups = U bent nog niet aan een groep gekoppeld. Vraag de beheerder om u aan uw groep te koppelen.
home-school-figures = De school in cijfers
home-attention = Aandacht nodig
home-admin-tasks = Beheer
home-mail-waiting = { $count ->
    [0] Geen mail in de wachtrij
    [one] 1 mail in de wachtrij
   *[other] { $count } mails in de wachtrij
}
stat-pupils = Leerlingen
stat-groups = Groepen
stat-guardians = Ouders en verzorgers
stat-staff = Medewerkers
attention-groups-without-staff = { $count ->
    [0] Alle groepen hebben een leerkracht of mentor.
    [one] 1 groep heeft nog geen leerkracht of mentor.
   *[other] { $count } groepen hebben nog geen leerkracht of mentor.
}
attention-pupils-without-guardian = { $count ->
    [0] Van alle leerlingen zijn ouders bekend.
    [one] Van 1 leerling zijn nog geen ouders bekend.
   *[other] Van { $count } leerlingen zijn nog geen ouders bekend.
}
attention-guardians-without-email = { $count ->
    [0] Alle ouders hebben een e-mailadres.
    [one] 1 ouder heeft geen e-mailadres: deze ouder bereikt u per telefoon of persoonlijk.
   *[other] { $count } ouders hebben geen e-mailadres: deze ouders bereikt u per telefoon of persoonlijk.
}
attention-interpreter = { $count ->
    [0] Geen ouders die een tolk nodig hebben.
    [one] 1 ouder heeft een tolk nodig bij gesprekken.
   *[other] { $count } ouders hebben een tolk nodig bij gesprekken.
}

## Team
staff-title = Team
staff-invite = Collega uitnodigen
staff-invite-intro = De collega krijgt een e-mail met een persoonlijke link om zelf een wachtwoord te kiezen. De link is een week geldig.
staff-edit = Medewerker wijzigen
staff-send-invite = Uitnodiging versturen
staff-search-placeholder = Zoek op naam of e-mailadres
staff-roles-hint = Leerkrachten en mentoren zien alleen de leerlingen van hun eigen groepen. Directie, intern begeleiders en beheerders zien de hele school.
staff-groups-legend = Groepen van deze medewerker
staff-roles-required = Kies minstens één rol.
staff-email-taken = Er is al een account met dit e-mailadres.
staff-keep-own-admin = U kunt uw eigen beheerdersrol niet weghalen; vraag dat aan een andere beheerder.
staff-status-active = Actief
staff-status-invited = Uitgenodigd
staff-status-disabled = Uitgeschakeld
staff-disable = Uitschakelen
staff-enable = Weer inschakelen
staff-resend = Uitnodiging opnieuw sturen

## Groepen
groups-title = Groepen
groups-empty = Er zijn nog geen groepen. Maak een groep aan of importeer de leerlingen met hun groepen.
groups-search-placeholder = Zoek een groep
group-new = Nieuwe groep
group-edit = Groep wijzigen
group-staff = Leerkrachten en mentoren
group-staff-hint = Een groep kan meer leerkrachten hebben, bijvoorbeeld bij een duobaan.
group-no-staff = Nog geen leerkracht of mentor
group-no-pupils = Deze groep heeft nog geen leerlingen.
group-name-hint = Zoals de school de groep noemt, bijvoorbeeld 7B of 1/2A.
group-grade-hint = Leeg laten mag: dan halen we het leerjaar uit de naam.
group-grade-invalid = Vul een getal van 0 tot en met 14 in.
group-name-taken = Er is dit schooljaar al een groep met deze naam.
pupil-count = { $count ->
    [0] Geen leerlingen
    [one] 1 leerling
   *[other] { $count } leerlingen
}

## Leerlingen
pupils-title = Leerlingen
pupils-empty = Geen leerlingen gevonden.
pupils-search-placeholder = Zoek op naam of leerlingnummer
pupils-found = { $count ->
    [0] Geen leerlingen gevonden
    [one] 1 leerling gevonden
   *[other] { $count } leerlingen gevonden
}
pupil-new = Nieuwe leerling
pupil-edit = Leerling wijzigen
pupil-guardians = Ouders en verzorgers
pupil-no-guardians = Er zijn nog geen ouders of verzorgers bekend.
pupil-siblings = Broers en zussen op school
pupil-no-siblings = Geen broers of zussen op deze school bekend.
pupil-external-id-hint = Het nummer uit de leerlingadministratie. Zo herkent een volgende import deze leerling.
pupil-prefix-hint = Bijvoorbeeld "van der" of "de".
pupil-external-id-invalid = Gebruik alleen letters, cijfers en streepjes.
pupil-external-id-taken = Er is al een leerling met dit leerlingnummer.
pupil-date-invalid = Dit is geen geldige geboortedatum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 04-03-2016.
age-years = { $count } jaar

## Ouders en verzorgers
guardians-title = Ouders en verzorgers
guardians-intro = Ouders voegt u toe vanaf de pagina van hun kind, of in één keer met een import.
guardians-search-placeholder = Zoek op naam, e-mailadres of telefoon
guardian-children = Kinderen
guardian-add = Ouder of verzorger toevoegen
guardian-add-for = Ouder of verzorger toevoegen voor { $name }
guardian-add-hint = Is deze ouder al bekend bij een broer of zus? Vul dan hetzelfde e-mailadres in: de ouder wordt gekoppeld, niet dubbel aangemaakt.
guardian-edit = Ouder of verzorger wijzigen
guardian-edit-link = Relatie en gezag wijzigen
guardian-link-legend = Relatie tot de leerling
guardian-link-title = { $guardian } en { $pupil }
guardian-authority-hint = Beide ouders met gezag hebben recht op informatie en krijgen elk een eigen uitnodiging.
guardian-language-hint = De taal waarin deze ouder het liefst informatie krijgt.
guardian-own-household = eigen adres
guardian-no-email = Geen e-mail
guardian-interpreter = Tolk nodig
guardian-unlink = Loskoppelen van deze leerling
guardian-phone-invalid = Gebruik alleen cijfers, spaties, + - en haakjes.
guardian-email-taken = Een andere ouder gebruikt dit e-mailadres al.

## Importeren
import-title = Leerlingen en ouders importeren
import-intro = Lees leerlingen, groepen en ouders in vanuit een export van uw leerlingadministratie (bijvoorbeeld ParnasSys, ESIS of Magister) of een eigen spreadsheet.
import-rule-columns = Nodig zijn de kolommen leerlingnummer, achternaam, roepnaam, geboortedatum en groep. Per leerling kunnen twee ouders of verzorgers mee.
import-rule-format = Een CSV-bestand met puntkomma's of komma's, in UTF-8 of Windows-1252 (zoals Excel het opslaat).
import-rule-update = Staat een leerling er al in? Dan worden de gegevens bijgewerkt op basis van het leerlingnummer. Er ontstaan geen dubbele leerlingen.
import-rule-preview = U ziet eerst een voorbeeld met eventuele fouten per regel. Pas als alles klopt, leest u het bestand in: alles of niets.
import-sample = Download een voorbeeldbestand
import-file-label = Bestand
import-file-hint = CSV-bestand, hoogstens 5 MB.
import-upload = Bekijk het voorbeeld
import-no-file = Kies eerst een bestand.
import-too-large = Dit bestand is groter dan 5 MB. Splits het in delen of exporteer alleen de nodige kolommen.
import-upload-failed = Het uploaden is niet gelukt. Probeer het opnieuw.
import-recent = Eerdere imports
import-rows = Regels
import-preview-title = Voorbeeld van de import
import-preview-file = Bestand: { $file }
import-preview-encoding = tekenset { $encoding }
import-preview-separator = scheidingsteken { $separator }
import-new-pupils = Nieuwe leerlingen
import-updated-pupils = Bij te werken leerlingen
import-errors = Fouten
import-warnings = Waarschuwingen
import-file-problems = Problemen met het bestand
import-ready = Het bestand is in orde. Controleer het voorbeeld en lees het daarna in.
import-blocked = Dit bestand kan nog niet worden ingelezen. Verbeter de fouten hieronder in uw bestand en upload het opnieuw. Er is nog niets veranderd.
import-commit = { $count ->
    [one] 1 regel inlezen
   *[other] { $count } regels inlezen
}
import-discard = Bestand weggooien
import-columns = Welke kolommen zijn herkend?
import-all-rows = Alle regels
import-rows-with-problems = Regels met fouten of waarschuwingen
import-show-all = Toon alle regels
import-line = Regel
import-problems = Opmerkingen
import-progress = Voortgang van de import
import-running = { $count ->
    [one] Bezig met inlezen van 1 regel…
   *[other] Bezig met inlezen van { $count } regels…
}
import-running-hint = Deze pagina ververst zichzelf. U kunt hem ook sluiten: de import gaat door.
import-done = De import is klaar.
import-see-pupils = Naar de leerlingen
import-another = Nog een bestand importeren
import-failed-internal = De import is mislukt door een storing.
import-nothing-written = Er is niets ingelezen: de gegevens zijn precies zoals vóór de import. Probeer het later opnieuw.
import-status-preview = Voorbeeld
import-status-running = Bezig
import-status-done = Ingelezen
import-status-failed = Mislukt

## Uitgaande mail
outbox-title = Uitgaande mail
outbox-no-smtp = Er is geen mailserver ingesteld. Mail wordt hier bewaard en niet verstuurd. Stel DRIEHOEK_SMTP_URL in om echt te versturen.
outbox-empty = Er is nog geen mail.
outbox-created = Aangemaakt
outbox-to = Aan
outbox-subject = Onderwerp
mail-status-pending = In de wachtrij
mail-status-sent = Verstuurd
mail-status-failed = Mislukt
mail-status-sending = Wordt verstuurd

## Mails aan medewerkers
mail-invite-subject = Uw account voor Driehoek bij { $school }
mail-invite-body =
    Beste { $name },

    U bent uitgenodigd voor Driehoek, waarmee { $school } de gesprekken met ouders en leerlingen plant en vastlegt.

    Kies via deze link een wachtwoord (de link is een week geldig):
    { $link }

    Verwachtte u deze mail niet? Dan kunt u hem negeren.
mail-reset-subject = Nieuw wachtwoord voor Driehoek
mail-reset-body =
    Beste { $name },

    Iemand heeft een nieuw wachtwoord aangevraagd voor uw account bij { $school }. Was u dat? Kies dan binnen een uur een nieuw wachtwoord via:
    { $link }

    Heeft u niets aangevraagd? Dan hoeft u niets te doen; uw wachtwoord blijft hetzelfde.

## Foutpagina's

# Import van leerlingen en ouders/verzorgers (CSV): meldingen en veldnamen.
# Variabelen: $column is het kopje zoals het in het bestand staat, $value de waarde uit het bestand,
# $guardian is 1 of 2 (ouder 1 of ouder 2), $line en $first_line zijn regelnummers in het bestand.

## Ernst

import-severity-error = Fout
import-severity-warning = Let op

## Het bestand als geheel

import-err-file-empty = Het bestand is leeg. Exporteer de leerlingen opnieuw uit de leerlingadministratie en kies dat bestand.
import-err-file-no-rows = Het bestand heeft wel kopjes, maar geen leerlingen. Controleer of u bij het exporteren leerlingen hebt geselecteerd.
import-err-file-too-many-rows = Het bestand heeft { $count } regels met leerlingen; in één keer kunnen er hoogstens { $max }. Splits het bestand, bijvoorbeeld per locatie of per bouw, en lees de delen na elkaar in.
import-err-file-unreadable = Vanaf regel { $line } kan het bestand niet worden gelezen. Open het in Excel, kies ‘Opslaan als’ en dan ‘CSV (gescheiden door lijstscheidingsteken)’, en probeer het opnieuw.
import-err-missing-column-external-id = De kolom met het leerlingnummer ontbreekt. Zet een kolom met het kopje ‘Leerlingnummer’ in het bestand. Gevonden kolommen: { $found }.
import-err-missing-column-last-name = De kolom met de achternaam ontbreekt. Zet een kolom met het kopje ‘Achternaam’ in het bestand. Gevonden kolommen: { $found }.
import-err-missing-column-first-name = De kolom met de roepnaam ontbreekt. Zet een kolom met het kopje ‘Roepnaam’ in het bestand. Gevonden kolommen: { $found }.
import-err-missing-column-date-of-birth = De kolom met de geboortedatum ontbreekt. Zet een kolom met het kopje ‘Geboortedatum’ in het bestand. Gevonden kolommen: { $found }.
import-err-missing-column-group = De kolom met de groep of klas ontbreekt. Zet een kolom met het kopje ‘Groep’ in het bestand. Gevonden kolommen: { $found }.
import-warn-column-duplicate = De kolommen ‘{ $first }’ en ‘{ $column }’ bevatten hetzelfde gegeven. We gebruiken ‘{ $first }’ en slaan ‘{ $column }’ over. Klopt dat niet, haal dan de verkeerde kolom uit het bestand.
import-warn-no-guardian-columns = Er staan geen kolommen met ouders of verzorgers in het bestand. De leerlingen kunnen wel worden ingelezen, maar hun ouders krijgen dan nog geen uitnodigingen. Kopjes als ‘Ouder 1 naam’ en ‘Ouder 1 e-mail’ worden herkend.

## Een regel (leerling)

import-err-required = ‘{ $column }’ is leeg. Vul het in: zonder dit gegeven kan de leerling niet worden ingelezen.
import-err-too-long = ‘{ $column }’ is te lang: { $length } tekens, terwijl er hoogstens { $max } passen. Maak de tekst korter.
import-err-id-invalid = Het leerlingnummer ‘{ $value }’ mag alleen letters en cijfers bevatten, zonder spaties of leestekens. Neem het nummer over uit de leerlingadministratie. Staat er iets als 1,2E+05? Dan heeft Excel het nummer veranderd: maak de kolom in Excel op als ‘Tekst’ en exporteer opnieuw.
import-err-id-duplicate = Het leerlingnummer ‘{ $value }’ staat ook al op regel { $first_line }. Elk leerlingnummer mag maar één keer in het bestand staan: haal de dubbele regel weg of verbeter het nummer.
import-err-date-invalid = ‘{ $value }’ is geen geldige geboortedatum. Schrijf de datum als dag-maand-jaar met een jaartal van vier cijfers, bijvoorbeeld 03-09-2016 (03/09/2016, 03.09.2016 en 2016-09-03 mogen ook).
import-err-date-future = De geboortedatum { $value } ligt in de toekomst. Controleer of dag, maand en jaar goed staan.
import-err-date-too-young = Met geboortedatum { $value } is de leerling jonger dan { $min } jaar. Controleer of dag, maand en jaar goed staan.
import-err-date-too-old = Met geboortedatum { $value } is de leerling ouder dan { $max } jaar. Controleer het jaartal.
import-err-grade-invalid = ‘{ $value }’ in de kolom ‘{ $column }’ is geen jaargroep. Vul een getal van 0 tot en met 14 in, bijvoorbeeld 7, of laat het vak leeg; dan halen we de jaargroep uit de groepsnaam.
import-err-school-type-invalid = Het schooltype ‘{ $value }’ kennen we niet. Vul po, vo, so, vso of mbo in, of laat het vak leeg.

## Ouders en verzorgers

import-err-email-invalid = Het e-mailadres ‘{ $value }’ van ouder { $guardian } klopt niet. Een e-mailadres ziet eruit als naam@voorbeeld.nl: met één @ en zonder spaties. Zet in elk vak maar één adres.
import-err-guardian-no-name = Bij ouder { $guardian } staat een e-mailadres of telefoonnummer, maar geen naam. Vul de naam van deze ouder of verzorger in.
import-err-yes-no-invalid = ‘{ $value }’ in de kolom ‘{ $column }’ is geen ja of nee. Vul ja of nee in (j, n, 1 en 0 mogen ook), of laat het vak leeg.
import-warn-no-guardian = Bij deze leerling staat geen ouder of verzorger. De leerling wordt wel ingelezen, maar er gaan nog geen uitnodigingen naar huis. U kunt de ouders later toevoegen.
import-warn-guardian-no-email = { $name } (ouder { $guardian }) heeft geen e-mailadres en krijgt daarom geen uitnodigingen per e-mail. Vul het adres aan zodra u het heeft.
import-warn-relationship-unknown = De relatie ‘{ $value }’ bij ouder { $guardian } kennen we niet; we lezen die in als ‘anders’. Past een van deze woorden beter, vul het dan in: moeder, vader, verzorger, pleegouder of grootouder.
import-warn-email-name-conflict = Het e-mailadres { $email } staat hier bij { $name }, maar op regel { $other_line } bij { $other_name }. Uitnodigingen gaan naar het e-mailadres, dus één adres hoort bij één persoon. Controleer de naam of het adres.
import-warn-interpreter-no-language = Bij ouder { $guardian } staat dat er een tolk nodig is, maar niet voor welke taal. Vul de taal in, bijvoorbeeld Arabisch of Pools.
import-warn-phone-unusual = ‘{ $value }’ bij ouder { $guardian } lijkt geen telefoonnummer. Controleer het nummer.
import-warn-row-extra-fields = Deze regel heeft { $found } velden, terwijl er maar { $expected } kolommen zijn. Waarschijnlijk staat er een scheidingsteken (zoals een puntkomma) in een naam, waardoor gegevens in de verkeerde kolom zijn beland. Controleer deze regel.

## Kolommen

import-column-ignored = Wordt niet ingelezen
import-field-pupil-external-id = Leerlingnummer
import-field-pupil-first-name = Roepnaam
import-field-pupil-name-prefix = Tussenvoegsel
import-field-pupil-last-name = Achternaam
import-field-pupil-initials = Voorletters
import-field-pupil-date-of-birth = Geboortedatum
import-field-pupil-gender = Geslacht
import-field-pupil-group-name = Groep
import-field-pupil-grade = Jaargroep
import-field-pupil-school-type = Schooltype
import-field-guardian1-name = Ouder 1: naam
import-field-guardian1-first-name = Ouder 1: voornaam
import-field-guardian1-name-prefix = Ouder 1: tussenvoegsel
import-field-guardian1-last-name = Ouder 1: achternaam
import-field-guardian1-email = Ouder 1: e-mailadres
import-field-guardian1-phone = Ouder 1: telefoonnummer
import-field-guardian1-relationship = Ouder 1: relatie tot de leerling
import-field-guardian1-parental-authority = Ouder 1: ouderlijk gezag
import-field-guardian1-own-household = Ouder 1: woont op een eigen adres
import-field-guardian1-language = Ouder 1: taal
import-field-guardian1-interpreter-needed = Ouder 1: tolk nodig
import-field-guardian2-name = Ouder 2: naam
import-field-guardian2-first-name = Ouder 2: voornaam
import-field-guardian2-name-prefix = Ouder 2: tussenvoegsel
import-field-guardian2-last-name = Ouder 2: achternaam
import-field-guardian2-email = Ouder 2: e-mailadres
import-field-guardian2-phone = Ouder 2: telefoonnummer
import-field-guardian2-relationship = Ouder 2: relatie tot de leerling
import-field-guardian2-parental-authority = Ouder 2: ouderlijk gezag
import-field-guardian2-own-household = Ouder 2: woont op een eigen adres
import-field-guardian2-language = Ouder 2: taal
import-field-guardian2-interpreter-needed = Ouder 2: tolk nodig

## Relatie tot de leerling

relationship-mother = Moeder
relationship-father = Vader
relationship-carer = Verzorger
relationship-foster = Pleegouder
relationship-grandparent = Grootouder
relationship-other = Anders

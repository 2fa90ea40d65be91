### Gespreksrondes, beschikbaarheid, uitnodigingen en boeken

nav-rounds = Gesprekken
show = Tonen

## Soorten gesprekken en vormen
round-kind-start = Startgesprek
round-kind-progress = Voortgangsgesprek
round-kind-exit = Exitgesprek
round-kind-other = Ander gesprek
channel-phone = Gebeld
channel-door = Aangebeld aan de deur
channel-pupil = Via de leerling
channel-family = Via een ander familielid
channel-meeting-place = Opgezocht waar de ouder is (bijv. sportveld)
channel-other = Anders
attendance-held = Gesprek gevoerd
attendance-no-show = Niet verschenen
attendance-cancelled-by-school = Afgezegd door school

## Rondes
rounds-title = Gespreksrondes
rounds-empty = Er zijn nog geen gespreksrondes. Start een ronde voor de startgesprekken van uw groep.
round-new = Nieuwe gespreksronde
round-new-intro = Kies de groepen en wanneer ouders kunnen inschrijven. Daarna geeft u aan wanneer u beschikbaar bent en verstuurt u de uitnodigingen.
round-create = Ronde aanmaken
round-closes = Inschrijven tot
round-booked = Ingepland
round-booked-of = { $booked } van { $families } leerlingen ingepland
round-families = Gezinnen en herinneringen
round-schedule = Dagplanning
round-progress = Voortgang
round-invited = { $count ->
    [0] Nog geen uitnodigingen verstuurd.
    [one] 1 ouder uitgenodigd.
   *[other] { $count } ouders uitgenodigd.
}
round-orphaned = { $count ->
    [one] 1 afspraak valt buiten uw beschikbaarheid, omdat die tijd is verwijderd. De afspraak blijft staan: bespreek zo nodig een ander moment met de ouders.
   *[other] { $count } afspraken vallen buiten uw beschikbaarheid, omdat die tijd is verwijderd. De afspraken blijven staan: bespreek zo nodig een ander moment met de ouders.
}
round-send-invitations = Uitnodigingen versturen
round-send-invitations-hint = Elke ouder met gezag krijgt een eigen mail met een persoonlijke link. Wie al een uitnodiging heeft, krijgt er niet nog een.
round-booking-window = Inschrijven mogelijk
round-closes-hint = Tot dit moment kunnen ouders een tijd kiezen, wijzigen of afzeggen.
round-title-hint = Bijvoorbeeld "Startgesprekken groep 5, september".
round-slot-hint = Leeg laten: 20 minuten voor een startgesprek, 15 voor een voortgangsgesprek.
round-location-hint = Bijvoorbeeld het lokaal, of de link voor het videogesprek.
round-attendees-hint = Wie er naast de leerkracht of mentor bij zijn, bijvoorbeeld de intern begeleider. Ouders zien dit in de uitnodiging.
round-reminder-hint = Zoveel uur van tevoren krijgen ouders een herinnering. 0 betekent geen herinnering.
round-text-hint = Leeg laten voor onze standaardtekst. Eigen tekst? Gebruik {parent}, {children}, {link}, {deadline}, {duration}, {place}, {attendees} en {pupil}; de link staat er altijd in.
round-groups-required = Kies minstens één groep.
round-moment-invalid = Vul een geldige datum en tijd in.
round-closes-before-opens = Het inschrijven moet sluiten na het openen.
round-number-invalid = Vul een heel getal in dat past.
field-kind = Soort gesprek
field-title = Titel
field-groups = Groepen
field-opens_date = Opent op
field-opens_time = om
field-closes_date = Sluit op
field-closes_time = om
field-slot_minutes = Duur van een gesprek (minuten)
field-gap_minutes = Pauze tussen gesprekken (minuten)
field-form = Vorm
field-location = Plaats
field-attendees = Wie zijn er bij het gesprek
field-pupil_expected = De leerling is bij het gesprek
field-invitation_text = Tekst van de uitnodiging
field-reminder_hours = Herinnering vooraf (uren)
field-day = Dag
field-starts = Van
field-ends = Tot

## Beschikbaarheid
availability-title = Beschikbaarheid
availability-intro = Geef aan wanneer u gesprekken kunt voeren. Driehoek maakt er tijdvakken van; ouders kiezen daaruit.
availability-empty = Er is nog geen beschikbaarheid opgegeven.
availability-who = Leerkracht of mentor
availability-time = Tijd
availability-add = Tijd toevoegen
availability-remove = Verwijderen
availability-break-hint = Een pauze? Voeg twee blokken toe, bijvoorbeeld 15:00–17:00 en 17:30–19:00.
availability-times-invalid = Vul een begin- en eindtijd in; het einde moet na het begin liggen.

## Gezinnen
families-intro = Gezinnen zonder afspraak staan bovenaan. Lukt het niet per mail? Bel, spreek ouders aan op het schoolplein, vraag de leerling, of boek na een telefoontje zelf een tijd. Leg elke poging vast, dan weet het hele team wat er al gedaan is.
round-remind-all = { $count ->
    [0] Iedereen heeft een afspraak
    [one] Herinnering sturen aan 1 gezin zonder afspraak
   *[other] Herinnering sturen aan { $count } gezinnen zonder afspraak
}
family-booked = Ingepland
family-not-booked = Nog geen afspraak
family-invited = uitgenodigd
family-reminded = herinnerd
family-resend = Nieuwe link sturen
family-revoke = Link intrekken
family-attempts = Contactpogingen
family-log-attempt = Contactpoging vastleggen
family-channel = Hoe
family-attempt-note = Wat is er afgesproken of gebeurd?
family-book-for = Tijd boeken namens de ouders
family-slot = Tijd
family-on-behalf-of = Namens

## Dagplanning
schedule-title = { $title }: { $name }
schedule-print-hint = Print deze pagina voor de gespreksavond; knoppen en menu's vallen dan weg.
schedule-empty = Er zijn nog geen tijden in deze ronde.
schedule-time = Tijd
schedule-pupil = Leerling
schedule-parents = Ouders
schedule-notes = Opmerkingen van ouders
schedule-attendance = Aanwezigheid
schedule-free = Vrij
schedule-new = nieuw
schedule-orphaned = buiten beschikbaarheid

## Agenda-koppeling
calendar-title = Agenda-koppeling
calendar-intro = Zet uw gesprekken automatisch in uw eigen agenda (Outlook, Google, Apple). U krijgt een geheim adres dat u in uw agenda toevoegt als abonnement.
calendar-your-address = Uw agenda-adres:
calendar-shown-once = Kopieer het nu: om veiligheidsredenen tonen we het maar één keer. Deel het met niemand.
calendar-make = Agenda-adres maken
calendar-renew = Nieuw adres maken
calendar-renew-hint = Een nieuw adres maakt het oude onbruikbaar.

## Meldingen
flash-round-created = De ronde is aangemaakt. Geef nu aan wanneer u beschikbaar bent.
flash-availability-added = De tijden zijn toegevoegd.
flash-availability-removed = De tijd is verwijderd. Afspraken die er al in stonden, blijven staan.
flash-invitations-sent = De uitnodigingen staan klaar om te versturen.
flash-reminders-sent = De herinneringen staan klaar om te versturen.
flash-invitation-resent = Er is een nieuwe link verstuurd. De oude link werkt niet meer.
flash-invitation-revoked = De link is ingetrokken.
flash-attempt-logged = De contactpoging is vastgelegd.
flash-booked-for-family = De afspraak is geboekt. De ouders krijgen een bevestiging als we hun e-mailadres hebben.
flash-problem-booking-just-taken = Die tijd is net door iemand anders gekozen. Kies een andere tijd.
flash-problem-booking-invalid-slot = Die tijd hoort niet bij de leerkracht of mentor van deze leerling.
flash-problem-choose-channel = Kies hoe u contact heeft gezocht.
flash-problem-choose-slot-and-guardian = Kies een tijd en namens welke ouder u boekt.

## Boekingspagina voor ouders

## Mails aan ouders

## Rooster van school en ruilen
round-timetable-title = Rooster maken door school
round-timetable-intro = Liever zelf een rooster? Driehoek geeft elk gezin zonder afspraak een tijd: broers en zussen na elkaar, en met de wensen die u bij de gezinnen noteert. Verstuur daarna de uitnodigingen: ouders bevestigen, kiezen een ander vrij tijdstip of ruilen onderling.
round-timetable-make = Rooster maken
flash-timetable-made = Het rooster is gemaakt. Verstuur nu de uitnodigingen, zodat ouders hun tijd kunnen bevestigen.
family-constraint = Wensen van het gezin voor het rooster
family-constraint-earliest = Niet vóór
family-constraint-latest = Niet na
family-constraint-save = Wens opslaan
flash-constraint-saved = De wens is opgeslagen en telt mee bij het maken van het rooster.
family-proposed = voorgesteld, nog niet bevestigd
round-of-closed-year = Deze ronde hoort bij schooljaar { $year }, dat is afgesloten. U kunt alles nog lezen; uitnodigen, boeken en tijden wijzigen kan niet meer.
flash-problem-round-of-closed-year = Deze ronde hoort bij een afgesloten schooljaar. Er is niets gewijzigd.

### Gespreksrondes, beschikbaarheid, uitnodigingen en boeken

nav-rounds = Gesprekken
word-and = en
show = Tonen
attention-prefix = Let op:

## Soorten gesprekken en vormen
round-kind-start = Startgesprek
round-kind-progress = Voortgangsgesprek
round-kind-exit = Exitgesprek
round-kind-other = Ander gesprek
round-form-school = Op school
round-form-video = Videogesprek
round-form-phone = Telefonisch
round-form-home = Huisbezoek
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
round-attendees-hint = Wie er naast de leerkracht bij zijn, bijvoorbeeld de intern begeleider. Ouders zien dit in de uitnodiging.
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
availability-who = Leerkracht
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
flash-problem-booking-invalid-slot = Die tijd hoort niet bij de leerkracht van deze leerling.
flash-problem-choose-channel = Kies hoe u contact heeft gezocht.
flash-problem-choose-slot-and-guardian = Kies een tijd en namens welke ouder u boekt.
flash-booked = Uw afspraak staat. U krijgt een bevestiging per e-mail.
flash-booking-changed = Uw afspraak is gewijzigd. U krijgt een bevestiging per e-mail.
flash-booking-cancelled = Uw afspraak is afgezegd. U kunt hieronder een nieuwe tijd kiezen.

## Boekingspagina voor ouders
booking-hello = Beste { $name }, kies hieronder een tijd voor het gesprek.
booking-duration = Duur
booking-minutes = { $minutes } minuten
booking-place = Waar
booking-attendees = Wie zijn er bij
booking-deadline = Kiezen of wijzigen kan tot
booking-info-prefix = Let op:
booking-not-yet-open = U kunt vanaf { $when } een tijd kiezen.
booking-closed-contact = Inschrijven is gesloten. Wilt u nog iets wijzigen? Neem contact op met { $school }.
booking-child-group = Groep { $group } · { $teachers }
booking-yours = Uw afspraak:
booking-cancel = Afzeggen
booking-other-parent = { $who } heeft al een gesprek gepland: { $when }. U bent van harte welkom om mee te komen. Liever een eigen gesprek? Kies hieronder een tijd.
booking-choose = Kies een tijd
booking-choose-other = Liever een andere tijd?
booking-note = Wilt u de leerkracht iets laten weten? (niet verplicht)
booking-note-hint = Bijvoorbeeld onderwerpen die u wilt bespreken, of dat u iemand meeneemt.
booking-interpreter = Ik wil graag een tolk bij het gesprek
booking-submit = Deze tijd kiezen
booking-submit-change = Wijzigen naar deze tijd
booking-no-slots = Er zijn op dit moment geen tijden vrij. Neem contact op met { $school }, dan zoeken we samen een moment.
booking-pairs-title = Broers en zussen na elkaar
booking-pairs-intro = Eén keer naar school: kies twee gesprekken direct na elkaar, voor { $first } en { $second }.
booking-pairs-legend = Kies een combinatie
booking-pairs-submit = Beide gesprekken boeken
booking-link-private = Deze pagina is alleen voor u: stuur de link niet door.
booking-just-taken = Net te laat: die tijd is zojuist door een andere ouder gekozen. Hieronder ziet u de tijden die nog vrij zijn.
booking-invalid-slot = Die tijd kon niet worden gekozen. Kies een van de tijden hieronder.
booking-closed = Inschrijven is gesloten; er is niets veranderd.
booking-choose-slot = Kies eerst een tijd.

## Mails aan ouders
invite-subject = Uitnodiging: { $title } ({ $school })
invite-reminder-subject = Herinnering: kies een tijd voor { $title }
invite-reminder-intro = We hebben nog geen tijd van u ontvangen. We zien u graag: kiest u alstublieft een moment via de link hieronder?
invite-pupil-expected = Uw kind is bij het gesprek; jongere broertjes of zusjes zijn ook welkom.
invite-pupil-not-expected = Dit gesprek voeren we zonder uw kind.
invite-attendees-teacher = de leerkracht van uw kind
invite-body-start =
    Beste { $parent },

    Aan het begin van het schooljaar willen we graag kennismaken en horen hoe het met { $children } gaat. In dit startgesprek vertelt u ons wat u weet over uw kind, en spreken we samen af hoe we het komende jaar contact houden. U kent uw kind het best; wij weten hoe kinderen leren. Samen halen we er het meeste uit.

    We verwachten u graag. { $pupil }
    Het gesprek duurt { $duration } minuten. Waar: { $place }. Aanwezig: { $attendees }.

    Kies vóór { $deadline } een tijd die u past:
    { $link }

    Past geen van de tijden? Laat het ons weten, dan zoeken we samen een ander moment. Heeft u een tolk nodig, dan regelen wij dat.

    Met vriendelijke groet,
    { $school }
invite-body-progress =
    Beste { $parent },

    Graag bespreken we met u hoe het gaat met { $children }: op school en thuis, wat goed gaat en waar we samen aan werken. We kijken ook terug op de afspraken van de vorige keer.

    We verwachten u graag. { $pupil }
    Het gesprek duurt { $duration } minuten. Waar: { $place }. Aanwezig: { $attendees }.

    Kies vóór { $deadline } een tijd:
    { $link }

    Met vriendelijke groet,
    { $school }
invite-body-exit =
    Beste { $parent },

    { $children } gaat onze school verlaten. We willen graag met u terugkijken: wat ging goed, wat kan beter, en wat neemt u mee? Wat u vertelt helpt ons de school beter te maken voor de kinderen die blijven. U krijgt een verslag van het gesprek en hoort wat we ermee doen.

    Het gesprek duurt { $duration } minuten. Waar: { $place }. Aanwezig: { $attendees }.

    Kies vóór { $deadline } een tijd:
    { $link }

    Met vriendelijke groet,
    { $school }
invite-body-other =
    Beste { $parent },

    We nodigen u uit voor een gesprek over { $children }. { $pupil }
    Het gesprek duurt { $duration } minuten. Waar: { $place }. Aanwezig: { $attendees }.

    Kies vóór { $deadline } een tijd:
    { $link }

    Met vriendelijke groet,
    { $school }
booking-mail-greeting = Beste { $name },
booking-mail-line = { $child }: { $when }, met { $teacher }.
booking-mail-cancelled-line = Afgezegd: het gesprek over { $child } op { $when }.
booking-mail-practical = Waar: { $place }. Aanwezig: { $attendees }. Wijzigen of afzeggen kan tot { $deadline } via dezelfde link als in de uitnodiging.
booking-mail-signature =
    Tot ziens!
    { $school }
booking-mail-subject-booked = Bevestiging: { $title }
booking-mail-subject-changed = Gewijzigd: { $title }
booking-mail-subject-cancelled = Afgezegd: { $title }
booking-calendar-summary = { $title }: { $child }
booking-calendar-description = Gesprek met { $teacher }. Aanwezig: { $attendees }.
booking-reminder-subject = Herinnering: { $title }, { $when }
booking-reminder-body =
    Beste { $name },

    Een herinnering aan het gesprek over { $child }: { $when }, met { $teacher }. Waar: { $place }.

    Lukt het toch niet? Laat het ons zo snel mogelijk weten, dan zoeken we een ander moment.

    Tot ziens!
    { $school }

## Rooster van school en ruilen
invite-proposed-intro = We hebben alvast een tijd voor u ingepland:
invite-proposed-outro = Past deze tijd? Bevestig hem via de link hierboven. Past hij niet? Kies daar een andere vrije tijd, of vraag een ander gezin om te ruilen.
swap-request-subject = Wilt u ruilen? { $title }
swap-request-body =
    Beste { $name },

    Een ander gezin vraagt of u wilt ruilen van tijd. Uw gesprek over { $child } staat op { $yours }; zij hebben { $theirs }.

    Open de link uit de uitnodiging om ja of nee te zeggen. Zegt u niets, dan blijft alles zoals het is.

    Met vriendelijke groet,
    { $school }
swap-declined-subject = Ruilen gaat niet door: { $title }
swap-declined-body =
    Beste { $name },

    Het andere gezin houdt liever de eigen tijd. Uw gesprek over { $child } blijft op { $yours }. Via de link uit de uitnodiging kunt u een andere vrije tijd kiezen.

    Met vriendelijke groet,
    { $school }
booking-proposed = Voorstel van de school:
booking-confirm = Deze tijd bevestigen
booking-swap-title = Ruilen met een ander gezin
booking-swap-intro = Past uw tijd niet, en is er geen vrije tijd die past? Vraag een ander gezin bij dezelfde leerkracht om te ruilen. Zij krijgen een mail; pas als zij ja zeggen, wisselt u van tijd.
booking-swap-legend = Met welke tijd wilt u ruilen?
booking-swap-submit = Ruilverzoek sturen
booking-swap-incoming = Een ander gezin wil graag ruilen: uw tijd { $mine } voor hun tijd { $theirs }.
booking-swap-outgoing = U heeft gevraagd om te ruilen naar { $theirs }. We wachten op het antwoord van het andere gezin.
booking-swap-accept = Ja, ruilen
booking-swap-decline = Nee, ik houd mijn tijd
flash-booking-confirmed = Dank u wel: de tijd is bevestigd. U krijgt een bevestiging per e-mail.
flash-swap-requested = Uw ruilverzoek is verstuurd. U hoort het zodra het andere gezin heeft geantwoord.
flash-swap-accepted = Geruild! U krijgt de nieuwe tijd per e-mail.
flash-swap-declined = U houdt uw eigen tijd. Het andere gezin krijgt bericht.
flash-problem-swap-failed = Dit ruilverzoek kan niet (meer): misschien is een van de tijden intussen gewijzigd.
round-timetable-title = Rooster maken door school
round-timetable-intro = Liever zelf een rooster? Driehoek geeft elk gezin zonder afspraak een tijd: broers en zussen na elkaar, en met de wensen die u bij de gezinnen noteert. Verstuur daarna de uitnodigingen: ouders bevestigen, kiezen een andere vrije tijd of ruilen onderling.
round-timetable-make = Rooster maken
flash-timetable-made = Het rooster is gemaakt. Verstuur nu de uitnodigingen, zodat ouders hun tijd kunnen bevestigen.
family-constraint = Wensen van het gezin voor het rooster
family-constraint-earliest = Niet vóór
family-constraint-latest = Niet na
family-constraint-save = Wens opslaan
flash-constraint-saved = De wens is opgeslagen en telt mee bij het maken van het rooster.
family-proposed = voorgesteld, nog niet bevestigd

### parent-mail.ftl — every mail to parents.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
parent-link-subject = Uw link om in te loggen bij Driehoek
parent-link-body =
    Beste { $name },

    Met deze link logt u in om de afspraken en het communicatieplan van uw kind te bekijken. De link werkt een kwartier en één keer:
    { $link }

    Heeft u geen link aangevraagd? Dan kunt u deze mail negeren.
exit-report-subject = Verslag van het exitgesprek over { $child }
exit-report-intro =
    Beste { $name },

    Dank u wel voor het gesprek op { $date }, waarin we samen terugkeken op de schooltijd van { $child }. Hieronder leest u wat we hebben opgeschreven.
followup-subject = Hoe gaat het met { $child }?
followup-body =
    Beste { $name },

    Een tijd geleden ging { $child } van { $school } af. We zijn benieuwd hoe het nu gaat, en of ons advies klopte. Wilt u drie korte vragen beantwoorden?
    { $link }

    Met vriendelijke groet,
    { $school }
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
session-report-subject = Verslag: { $title }
session-report-intro =
    Beste { $name },

    Dank u wel voor uw komst naar "{ $title }" op { $when }. Hieronder leest u in grote lijnen wat er is gezegd, zonder namen.

## (moved from rounds.ftl)
word-and = en
invite-subject = Uitnodiging: { $title } ({ $school })
invite-reminder-subject = Herinnering: kies een tijd voor { $title }
invite-reminder-intro = We hebben nog geen tijd van u ontvangen. We zien u graag: kiest u alstublieft een moment via de link hieronder?
invite-pupil-not-expected = Dit gesprek voeren we zonder uw kind.
invite-attendees-teacher = de leerkracht of mentor van uw kind
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

    De tijd van { $children } op onze school zit er bijna op. We willen graag met u terugkijken: wat ging goed, wat kan beter, en wat neemt u mee? Wat u vertelt helpt ons de school beter te maken voor de kinderen die blijven. U krijgt een verslag van het gesprek en hoort wat we ermee doen.

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
invite-proposed-intro = We hebben alvast een tijd voor u ingepland:
invite-proposed-outro = Past deze tijd? Bevestig hem via de link hierboven. Past hij niet? Kies daar een ander vrij tijdstip, of vraag een ander gezin om te ruilen.
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

    Het andere gezin houdt liever de eigen tijd. Uw gesprek over { $child } blijft op { $yours }. Via de link uit de uitnodiging kunt u een ander vrij tijdstip kiezen.

    Met vriendelijke groet,
    { $school }

## (moved from trust-people.ftl)
guardian-email-changed-subject = Uw e-mailadres is gewijzigd bij de school
guardian-email-changed-body =
    Beste { $name },

    De school heeft uw e-mailadres in Driehoek gewijzigd. Berichten van de school gaan voortaan naar het nieuwe adres, en links die u eerder kreeg werken niet meer.

    Heeft u deze wijziging niet zelf doorgegeven? Neem dan zo snel mogelijk contact op met de school.

## Added after the split (issue 11)
# Follows our standard invitation when the school wrote its own note (always in Dutch).
invite-school-note-dutch = Hieronder staat het bericht van de school zelf. Dat is in het Nederlands. Wilt u een tolk bij het gesprek? Geef dat aan als u een tijd kiest, of vraag het de school.

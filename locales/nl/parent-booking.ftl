### parent-booking.ftl — the booking page (also the school-made timetable).
### Parent-facing: every key here is translated into every language in locales/.

## (moved from rounds.ftl)
round-form-school = Op school
round-form-video = Videogesprek
round-form-phone = Telefonisch
round-form-home = Huisbezoek
flash-booked = Uw afspraak staat. U krijgt een bevestiging per e-mail.
flash-booking-changed = Uw afspraak is gewijzigd. U krijgt een bevestiging per e-mail.
flash-booking-cancelled = Uw afspraak is afgezegd. U kunt hieronder een nieuwe tijd kiezen.
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
booking-note = Wilt u de leerkracht of mentor iets laten weten? (niet verplicht)
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
invite-pupil-expected = Uw kind is bij het gesprek; jongere broertjes of zusjes zijn ook welkom.
booking-proposed = Voorstel van de school:
booking-confirm = Deze tijd bevestigen
booking-swap-title = Ruilen met een ander gezin
booking-swap-intro = Past uw tijd niet, en is er geen ander vrij tijdstip dat past? Vraag een ander gezin bij dezelfde leerkracht of mentor om te ruilen. Zij krijgen een mail; pas als zij ja zeggen, wisselt u van tijd.
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

## (moved from trust-rounds.ftl)
booking-nothing-cancelled = Er is niets afgezegd: deze afspraak staat niet (meer) op uw naam. Hieronder ziet u hoe het nu staat.
booking-nothing-confirmed = Er is niets bevestigd: deze tijd is geen voorstel (meer) dat op u wacht. Hieronder ziet u hoe het nu staat.
booking-swap-not-in-this-round = Ruilen kan alleen als de school het rooster heeft gemaakt. U kunt hieronder zelf een ander vrij tijdstip kiezen.
booking-swap-too-many-open = U heeft al genoeg ruilverzoeken openstaan. Wacht u alstublieft op een antwoord voordat u een nieuw verzoek doet.
booking-swap-too-soon = U heeft net al een paar ruilverzoeken gedaan. Probeert u het later nog eens, zodat andere gezinnen niet te veel berichten krijgen.
booking-swap-too-many = U heeft in deze ronde het hoogste aantal ruilverzoeken bereikt. Neem contact op met de school als u toch een andere tijd nodig heeft.

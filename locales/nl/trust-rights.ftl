## Vertrouwen: kleine gaten en de rechten van ouders

## Een collega toevoegen met een adres dat al een account heeft bij een andere school
mail-staff-elsewhere-subject = Uitnodiging van { $school } voor Driehoek
mail-staff-elsewhere-body =
    Beste { $name },

    { $school } wilde u als collega toevoegen in Driehoek. Met dit e-mailadres heeft u al een account bij een andere school, en één e-mailadres hoort bij één account. Er is daarom niets veranderd aan uw account.

    Werkt u ook voor { $school }? Vraag de beheerder daar dan om u met een ander e-mailadres toe te voegen.

    Verwachtte u deze mail niet? Dan kunt u hem negeren.

## De eenmalige link om Driehoek in te richten
setup-needs-link = Driehoek wordt ingericht met een eenmalige link. Die link staat in het logboek van de server, bij elke start zolang Driehoek niet is ingericht, en werkt 24 uur.
setup-needs-link-how = Vraag wie de server beheert om de link die begint met "/setup?token=". Is de link kwijt? Start Driehoek opnieuw: dan staat er een nieuwe link in het logboek en werkt de oude niet meer.

## Inzage: alles wat de school over uw kind bewaart

## Privacyverklaring voor ouders
inspection-staff-link = Inzage-export voor ouders of leerling

## Vertrouwen: kleine gaten en de rechten van ouders

## Een collega toevoegen met een adres dat al een account heeft bij een andere school
mail-staff-elsewhere-subject = Uitnodiging van { $school } voor Driehoek
mail-staff-elsewhere-body =
    Beste { $name },

    { $school } wilde u als collega toevoegen in Driehoek. Met dit e-mailadres heeft u al een account bij een andere school, en één e-mailadres hoort bij één account. Er is daarom niets veranderd aan uw account.

    Werkt u ook voor { $school }? Vraag de beheerder daar dan om u met een ander e-mailadres toe te voegen.

    Verwachtte u deze mail niet? Dan kunt u hem negeren.

## De eenmalige link om Driehoek in te richten
setup-needs-link = Driehoek wordt ingericht met een eenmalige link. Die link staat in het logboek van de server, bij de eerste start.
setup-needs-link-how = Vraag wie de server beheert om de link die begint met "/setup?token=". Is de link kwijt? Start Driehoek opnieuw: dan staat er een nieuwe link in het logboek en werkt de oude niet meer.

## Inzage: alles wat de school over uw kind bewaart
inspection-title = Inzage in het dossier van { $name }
inspection-made-on = Gemaakt op { $date }.
inspection-intro = Hieronder staat alles wat de school in Driehoek over uw kind bewaart: de gespreksverslagen die met u gedeeld zijn, de afspraken, het communicatieplan, de contacten, de instemming met het OPP en wie het dossier heeft bekeken. U kunt deze pagina printen of als bestand downloaden.
inspection-main-facts = U heeft geen ouderlijk gezag over dit kind. De wet geeft u recht op de belangrijkste informatie over hoe het met uw kind gaat. Daarom ziet u hier alleen welke gesprekken er zijn gevoerd (soort en datum) en over welke onderwerpen afspraken zijn gemaakt, met de stand en de datum waarop ze worden bekeken. Heeft u vragen? Neem dan contact op met de school.
inspection-json = Downloaden als bestand (JSON)
inspection-back = Terug
inspection-child = Uw kind
inspection-name = Naam
inspection-birth = Geboortedatum
inspection-group = Groep of klas
inspection-school = School
inspection-conversations = Gesprekken
inspection-present = Aanwezig
inspection-none = Niets vastgelegd.
inspection-contacts = Contacten met de school
inspection-opp = Instemming met het ontwikkelingsperspectief (OPP)
inspection-views = Wie heeft het dossier bekeken of gewijzigd
inspection-views-intro = Elke keer dat iemand van de school (of een ouder) het dossier van uw kind opent of wijzigt, wordt dat vastgelegd. U ziet hier de rol van die persoon en de datum.
inspection-view-date = Datum
inspection-view-role = Rol
inspection-view-what = Wat
inspection-role-parent = Ouder
inspection-role-administrator = Beheerder
inspection-role-director = Directie
inspection-role-care-coordinator = Intern begeleider of zorgcoördinator
inspection-role-teacher = Leerkracht of mentor
inspection-role-system = Driehoek zelf

## Privacyverklaring voor ouders
inspection-staff-link = Inzage-export voor ouders of leerling

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
inspection-parent-link = Inzage: alles wat de school over uw kind bewaart (om te printen of te downloaden)
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
privacy-footer-link = Privacy
privacy-title = Hoe de school omgaat met de gegevens van uw kind
privacy-intro = De school gebruikt Driehoek om de gesprekken met u en uw kind te plannen en vast te leggen. Op deze pagina leest u in gewone woorden wat er wordt bewaard, waarom, hoe lang, wie het ziet en hoe u het kunt inzien.
privacy-what-title = Wat wordt bewaard
privacy-what = De naam, geboortedatum en groep van uw kind; uw naam, e-mailadres, telefoonnummer en voorkeurstaal; de gesprekken die u boekt; de verslagen van gesprekken en de afspraken die daarin zijn gemaakt; het communicatieplan; korte notities van contacten met u; en, als uw kind extra ondersteuning krijgt, of u heeft ingestemd met het ontwikkelingsperspectief (OPP). Ook wordt vastgelegd wie het dossier van uw kind opent.
privacy-why-title = Waarom
privacy-why = Om goed met u samen te werken voor de ontwikkeling van uw kind: om gesprekken te plannen, af te spreken wat ieder doet, en dat later terug te kunnen zien. De school heeft deze gegevens nodig om haar taak als school te doen. De gegevens worden niet verkocht en niet voor reclame gebruikt.
privacy-who-title = Wie het ziet
privacy-who = De leerkracht of mentor van uw kind, de intern begeleider of zorgcoördinator, de directie en de beheerder van Driehoek op school. Leerkrachten zien alleen de leerlingen van hun eigen groep. U ziet zelf wat de school met u deelt. Andere ouders zien niets van uw kind.
privacy-how-long-title = Hoe lang
privacy-how-long = Tot twee jaar nadat uw kind de school heeft verlaten. Daarna worden de verslagen, afspraken, plannen en contactnotities verwijderd. Antwoorden uit een exitgesprek bewaart de school alleen zonder naam.
privacy-rights-title = Inzage en uw andere rechten
privacy-rights = Heeft u ouderlijk gezag? Dan kunt u alles wat de school over uw kind bewaart zelf inzien en downloaden: vraag op de ouderpagina een inloglink aan en kies bij uw kind "Inzage". Klopt er iets niet? Dan kunt u de school vragen het te verbeteren of te verwijderen.
privacy-rights-paper = U kunt inzage ook op papier of in een gesprek aanvragen bij de school; de beheerder maakt dan hetzelfde overzicht voor u. Is uw kind 16 jaar of ouder, dan kan uw kind dit zelf aanvragen.
privacy-rights-no-authority = Heeft u geen ouderlijk gezag? Dan krijgt u de belangrijkste informatie over hoe het met uw kind gaat: welke gesprekken er zijn geweest en over welke onderwerpen afspraken zijn gemaakt.
privacy-to-parent-page = Naar de ouderpagina
inspection-staff-link = Inzage-export voor ouders of leerling

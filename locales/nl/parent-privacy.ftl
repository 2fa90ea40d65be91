### parent-privacy.ftl — the privacy notice.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from trust-rights.ftl)
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

## Gatherings (staff pages)
nav-gatherings = Bijeenkomsten
gatherings-title = Bijeenkomsten met ouders
gatherings-intro = Kennismaking in de klas, informatieavonden en ouderavonden: nodig de gezinnen uit met een persoonlijke link, zie wie komt en wat zij nodig hebben, en houd bij wie er was.
gatherings-planned = Gepland dit schooljaar
gatherings-none = Er zijn nog geen bijeenkomsten gepland.
gathering-new = Bijeenkomst plannen
gathering-what = Wat
gathering-when = Wanneer
gathering-for = Voor wie
gathering-answers = Antwoorden
gathering-answer-counts = { $yes } van { $invited } gezinnen komen
gathering-interpreter-count = { $count ->
    [one] 1 tolk gevraagd
   *[other] { $count } tolken gevraagd
}
gathering-childcare-count = { $count ->
    [one] 1 gezin vraagt opvang
   *[other] { $count } gezinnen vragen opvang
}
gathering-for-grade = Alle groepen { $grade }
gathering-for-school = De hele school
gathering-for-leavers = Vertrekkende gezinnen
gathering-wishes = Wens voor een informatieavond (uit de startgesprekken)
gathering-wishes-intro = In het startgesprek vraagt u of ouders een informatieavond willen. Zo vaak werd per groep ja, misschien of nee gezegd.
gathering-wishes-none = Er zijn nog geen antwoorden uit startgesprekken.
gathering-group = Groep
gathering-wish-yes = Ja
gathering-wish-maybe = Misschien
gathering-wish-no = Nee
gathering-wish-legend = Willen de ouders een informatieavond?
gathering-plan-info = Informatieavond plannen
gathering-field-kind = Soort bijeenkomst
gathering-field-audience = Voor wie
gathering-field-grade = Leerjaar
gathering-field-title = Titel
gathering-field-day = Datum
gathering-field-time = Begintijd
gathering-field-minutes = Duur in minuten
gathering-field-place = Plaats
gathering-field-capacity = Aantal plaatsen
gathering-capacity-hint = Leeg laten als er geen grens is.
gathering-audience-groups = De gezinnen van deze groepen
gathering-audience-grade = De gezinnen van één leerjaar
gathering-audience-school = Alle gezinnen van de school
gathering-no-groups = U heeft geen groepen in dit schooljaar.
gathering-create = Plannen
gathering-title-reception = Kennismaking in de klas
gathering-title-info = Informatieavond
gathering-error-groups = kies minstens één groep
gathering-error-grade = kies een leerjaar
gathering-error-day = vul een geldige datum in
gathering-error-time = vul een tijd in, bijvoorbeeld 19:30
gathering-error-minutes = vul een duur tussen 10 en 480 minuten in
gathering-error-capacity = vul een aantal tussen 1 en 2000 in, of laat het leeg
gathering-print = Lijst afdrukken
gathering-print-hint = Druk deze pagina af om mee te nemen naar de bijeenkomst.
gathering-minutes = { $minutes } minuten
gathering-places = { $taken } van { $capacity } plaatsen bezet
gathering-stat-invited = { $count ->
    [one] 1 uitgenodigd
   *[other] { $count } uitgenodigd
}
gathering-stat-yes = { $families } gezinnen komen, met { $people } personen
gathering-stat-maybe = { $count } misschien
gathering-stat-no = { $count } kunnen niet
gathering-stat-open = { $count } nog geen antwoord
gathering-invite = Gezinnen uitnodigen
gathering-remind = Herinner wie nog niet antwoordde
gathering-invite-hint = Elk gezin krijgt een mail in de eigen taal met een persoonlijke link. Nog eens uitnodigen slaat gezinnen over die al een uitnodiging hebben; een herinnering gaat maar één keer naar elk gezin.
gathering-attendance = Wie was er?
gathering-families = Uitgenodigde gezinnen
gathering-no-families = Er zijn nog geen gezinnen uitgenodigd.
gathering-family = Ouder (kinderen)
gathering-answer = Antwoord
gathering-needs-column = Nodig
gathering-came = Was er
gathering-came-for = { $name } was er
gathering-reminded = herinnerd
gathering-attendance-save = Aanwezigheid opslaan
gathering-answer-yes = { $count ->
    [one] komt
   *[other] komt, met { $count }
}
gathering-answer-maybe = { $count ->
    [one] misschien
   *[other] misschien, met { $count }
}
gathering-answer-no = kan niet
gathering-answer-none = nog geen antwoord
gathering-need-interpreter = tolk
gathering-need-childcare = opvang
gathering-start-none = Er is nog geen kennismaking met de ouders van uw groep gepland.
gathering-start-plan = Plan de kennismaking in de klas
flash-gathering-saved = De bijeenkomst is gepland. Nodig nu de gezinnen uit.
flash-gathering-invited = De uitnodigingen staan klaar om te versturen.
flash-gathering-reminded = De herinneringen staan klaar om te versturen.
flash-gathering-attendance-saved = De aanwezigheid is opgeslagen.
field-audience = Voor wie
field-time = Begintijd
field-minutes = Duur in minuten
field-capacity = Aantal plaatsen
admin-gatherings = Klassenontvangsten, informatieavonden en ouderavonden plannen, uitnodigen en de aanwezigheid bijhouden.

## Gatherings (staff): refused actions, read-only view, exit sessions
gathering-error-remind-started = De bijeenkomst is al begonnen: herinneren kan niet meer. Er is niets verstuurd.
gathering-error-attendance-early = De bijeenkomst is nog niet begonnen: u kunt de aanwezigheid pas daarna bijhouden. Er is niets opgeslagen.
gathering-read-only = Deze bijeenkomst is voor meer groepen. U ziet de antwoorden van de gezinnen van uw eigen groepen; uitnodigen, herinneren en aanwezigheid doet de schoolleiding.
exit-session-manage = Herinneren, aanwezigheid en lijst

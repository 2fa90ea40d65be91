### messages.ftl — staff pages on parents' messages: inbox, answer, overdue list, response time, holidays.

messages-inbox-title = Berichten van ouders
messages-inbox-intro = Berichten van ouders over leerlingen van uw groepen. De ouder kreeg meteen een bevestiging met de datum waarop u reageert.
messages-overdue-title = Berichten over de termijn
messages-overdue-intro = Berichten van ouders die nog geen antwoord hebben terwijl de beloofde datum voorbij is, in de hele school.
messages-overdue-none = Er zijn geen berichten over de termijn.
messages-overdue-count = { $count ->
    [one] { $count } bericht over de termijn
   *[other] { $count } berichten over de termijn
}
messages-waiting = { $count ->
    [one] { $count } bericht wacht op antwoord
   *[other] { $count } berichten wachten op antwoord
}
messages-none-waiting = Er wacht geen bericht op antwoord.
messages-open = Berichten die op antwoord wachten
messages-answered-recently = Onlangs beantwoord
messages-phoned = Gebeld
messages-mailed = Beantwoord per e-mail
messages-show-title = Bericht over { $name }
messages-back = Terug naar de berichten
messages-to-pupil = Naar de leerlingpagina
messages-col-pupil = Leerling
messages-col-from = Van
messages-col-since = Ontvangen
messages-col-due = Antwoord uiterlijk
messages-call-back = Wil gebeld worden
messages-overdue = over de termijn
messages-how = Hoe reageert u?
messages-how-mail = Per e-mail vanuit Driehoek (in de taal van de ouder ingeleid)
messages-how-phone = Ik heb gebeld (vastleggen)
field-answer = Uw antwoord of een korte samenvatting van het gesprek
messages-answer-hint = Bij e-mail gaan uw eigen woorden naar de ouder. Bij bellen komt de samenvatting alleen in het contactlogboek.
messages-answer-send = Opslaan en afsluiten
messages-answer-required = Schrijf een antwoord.
messages-phone-summary = Schrijf in een paar woorden wat u besprak.
messages-no-email = Deze ouder heeft geen e-mailadres. Bel de ouder en leg het gesprek vast.
messages-already-answered = Dit bericht is al beantwoord.
messages-log-from = Bericht van ouder
messages-log-mail = Antwoord per e-mail
messages-log-phone = Gebeld
flash-messages-answered = Het bericht is beantwoord en afgesloten.
field-response_days = Reactietermijn (schooldagen)
messages-response-days-hint = Binnen hoeveel schooldagen ouders antwoord krijgen op een bericht, als het communicatieplan niets anders zegt. Weekenden en vakanties tellen niet mee.
flash-problem-response-days = Vul een aantal schooldagen in van 1 tot en met 20.
plan-response-days-hint = Leeg: de termijn van de school geldt. Weekenden en vakanties tellen niet mee.
plan-response-days-invalid = Vul een aantal schooldagen in van 1 tot en met 20, of laat het veld leeg.
messages-holidays-title = Vakanties en vrije dagen
messages-holidays-hint = Op deze dagen is er geen school: de reactietermijn op berichten van ouders slaat ze over.
messages-holidays-none = Nog geen vakanties ingevuld.
messages-holiday-remove = Verwijderen
messages-holiday-add = Vakantie toevoegen
field-holiday_name = Naam (bijvoorbeeld Herfstvakantie)
field-holiday_from = Eerste vrije dag
field-holiday_to = Laatste vrije dag (leeg: één dag)
flash-problem-holiday = Vul een naam en geldige data in; de laatste dag ligt niet voor de eerste.
messages-pupil-heading = Berichten van ouders
messages-open-until = wacht op antwoord, uiterlijk

### parent-exit.ftl — exit RSVP, follow-up questionnaire and the public summary.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
exit-conversations = { $count ->
    [one] 1 exitgesprek dit schooljaar.
   *[other] { $count } exitgesprekken dit schooljaar.
}
exit-contributions = { $count ->
    [0] geen reacties
    [one] 1 reactie
   *[other] { $count } reacties
}
exit-no-actions = Er staan nog geen acties op de lijst.
action-status-planned = Gepland
action-status-doing = Bezig
action-status-done = Gedaan
exit-summary-title = Wat we hoorden, wat we doen
exit-summary-intro = Gezinnen die afscheid namen van de school, hebben met ons teruggekeken. Hier leest u in grote lijnen wat we hoorden en wat we ermee doen. Er staan geen namen in, en kleine aantallen laten we weg, zodat niemand herkenbaar is.
exit-summary-heard = Wat we hoorden
exit-summary-do = Wat we doen
exit-too-few = te weinig reacties om te tonen
exit-summary-too-few-conversations = Er zijn nog te weinig gesprekken gevoerd om hier iets over te zeggen.
followup-title = Hoe gaat het nu?
followup-intro = { $child } ging een tijd geleden van { $school } af. We zijn benieuwd hoe het nu gaat, en of ons advies klopte. Het invullen duurt een paar minuten.
followup-doing = Hoe gaat het met { $child } op de nieuwe school?
followup-advice = Klopte het advies van de school?
followup-advice-yes = Ja
followup-advice-partly = Gedeeltelijk
followup-advice-no = Nee
followup-comment = Wilt u de school nog iets meegeven?
followup-submit = Versturen
followup-thanks = Dank u wel! Uw antwoord helpt { $school } om kinderen nog beter te begeleiden.
session-kind-workshop = Thema-avond
session-kind-panel = Ouderpanel
session-kind-cafe = Onderwijscafé
session-rsvp-title = Uitnodiging
session-form = Vorm
session-when = Wanneer
session-purpose = We kijken samen terug op de schooltijd: wat ging goed, wat kan beter? Het gesprek is open en informeel en sluit af met iets te drinken. Van wat er gezegd wordt maken we een verslag zonder namen; u krijgt het toegestuurd, met wat de school ermee gaat doen.
session-coming = Komt u?
session-yes = Ja, ik kom
session-no = Nee, ik kan niet
session-people = Met hoeveel personen (uzelf meegerekend)
session-children-join = Mijn kind komt naar de terugkomdag
session-send = Antwoord versturen
session-full = Helaas, er is niet genoeg plaats meer voor zoveel personen. Kies minder personen of laat de school weten dat u graag komt.
session-you-come = { $count ->
    [one] Fijn dat u komt!
   *[other] Fijn dat u met { $count } personen komt!
}
session-you-dont = Jammer dat u niet kunt. Wilt u toch iets kwijt? Een individueel gesprek kan ook.
flash-rsvp-saved = Dank u wel, uw antwoord is ontvangen.

## The exit report mail (moved from records.ftl; staff pages use the section headings too)
section-exit-own-child = Ouders en hun eigen kind
section-exit-group-school = Ouders en de groep of school
section-exit-school-parents = Hoe de school ouders betrok
section-exit-open = Open vragen
section-exit-advice = Adviezen
section-exit-lookback = Terugblik op dit gesprek
exit-report-what-we-do = Wat de school hiermee doet:
exit-report-no-actions = We bespreken wat we hoorden in het team; de acties die daaruit komen, delen we met alle ouders.
exit-report-signature =
    Met vriendelijke groet,
    { $school }

# The printed invitation letter a pupil takes home (parent-facing: short sentences, "u").
# Placeholders: $children (names, already joined), $parent, $school, $contact, $minutes.
letter-heading = Uitnodiging voor een gesprek over { $children }
letter-greeting = Beste { $parent },
letter-intro-start = Wij nodigen u uit voor een gesprek over { $children }. Dit is het eerste gesprek van het schooljaar. U vertelt ons over uw kind. Wij vertellen wat we dit jaar op school doen.
letter-intro-progress = Wij nodigen u uit voor een gesprek over { $children }. We praten samen over school: wat goed gaat en wat nog moeilijk is.
letter-intro-exit = Wij nodigen u uit voor een gesprek over { $children }. De tijd op onze school is bijna voorbij. We kijken samen terug en praten over wat daarna komt.
letter-intro-other = Wij nodigen u uit voor een gesprek over { $children }. Wij praten graag met u.
letter-fact-what = Gesprek
letter-fact-duration = Hoe lang
letter-minutes =
    { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
letter-fact-where = Waar
letter-fact-who = Met wie
letter-fact-child = Uw kind
letter-child-along = Uw kind komt mee naar het gesprek.
letter-child-not-along = Uw kind komt niet mee.
letter-fact-deadline = Kies een tijd vóór
letter-timetable-note = De school heeft al een tijd voor u gekozen. Op de pagina ziet u welke tijd. Past die tijd niet? Kies dan een andere tijd.
letter-steps-heading = Zo kiest u een tijd
letter-step-scan = Scan de code met de camera van uw telefoon.
letter-step-type = Of typ het adres hieronder in uw internetbrowser. Neem alle tekens precies over.
letter-step-choose = Kies een tijd die u past. Op dezelfde pagina kunt u de tijd later nog veranderen.
letter-link-label = Het adres:
letter-qr-label = Code voor uw telefoon. De code opent uw eigen pagina om een tijd te kiezen.
letter-personal = Deze code en dit adres zijn alleen voor uw gezin. Geef ze niet aan anderen.
letter-help-interpreter = Wilt u een tolk bij het gesprek? Dat kunt u aangeven als u een tijd kiest.
letter-help-contact = Heeft u een vraag? Neem contact op met de school: { $contact }
letter-help-no-internet = Geen telefoon of internet? Zeg het tegen de leerkracht of mentor, of bel de school. Dan kiezen we samen een tijd.
letter-closing = Met vriendelijke groet, { $school }

## Gatherings: what parents are invited to as a group (their page and mails)
gathering-kind-reception = Kennismaking in de klas
gathering-kind-info = Informatieavond
gathering-kind-plenary = Ouderavond voor de hele school
gathering-kind-exit = Terugblik met vertrekkende gezinnen
gathering-purpose-reception = Aan het begin van het schooljaar maakt u kennis met de leerkracht en met de andere ouders van de groep (de klas). Het is kort en informeel; u ziet ook waar uw kind de hele dag zit.
gathering-purpose-info = De school vertelt over een onderwerp dat voor uw kind nu belangrijk is, en u kunt vragen stellen.
gathering-purpose-plenary = Een avond voor alle ouders van de school: we vertellen wat er speelt en horen graag wat u ervan vindt.
gathering-maybe = Misschien
gathering-you-maybe = U komt misschien. Wilt u uw antwoord aanpassen zodra u het zeker weet?
gathering-you-dont = Jammer dat u niet kunt. U bent altijd welkom om een afspraak te maken met de leerkracht.
gathering-change = U kunt uw antwoord hieronder altijd nog wijzigen.
gathering-needs = Wat heeft u nodig?
gathering-interpreter = Ik wil graag een tolk
gathering-interpreter-language = In welke taal
gathering-childcare = Ik wil graag opvang voor mijn jongere kinderen
gathering-invite-subject = Uitnodiging: { $title }
gathering-invite-body =
    Beste { $name },

    U bent van harte uitgenodigd: { $title } ({ $form }).
    Wanneer: { $when }, ongeveer { $minutes } minuten.
    Waar: { $place }.

    Laat via deze persoonlijke link weten of u komt, met hoeveel personen, en of u een tolk of opvang voor jonge kinderen nodig heeft:
    { $link }

    Met vriendelijke groet,
    { $school }
gathering-reminder-subject = Herinnering: { $title }
gathering-reminder-body =
    Beste { $name },

    We hebben nog geen antwoord van u op onze uitnodiging: { $title }, op { $when }.
    Wilt u via deze link laten weten of u komt? Ook "nee" of "misschien" helpt ons.
    { $link }

    Met vriendelijke groet,
    { $school }

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = Deze bijeenkomst is al begonnen of voorbij. U kunt uw antwoord niet meer wijzigen. Heeft u een vraag? Neem dan contact op met de school.
gathering-interpreter-choose = Kies een taal…
gathering-interpreter-other = Een andere taal
gathering-interpreter-other-label = Andere taal (vul de naam van de taal in)
gathering-error-interpreter-language = U wilt graag een tolk. Kies in welke taal, of vul een andere taal in.

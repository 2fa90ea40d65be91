## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = Deze bijeenkomst is al begonnen of voorbij. U kunt uw antwoord niet meer wijzigen. Heeft u een vraag? Neem dan contact op met de school.
gathering-interpreter-choose = Kies een taal…
gathering-interpreter-other = Een andere taal
gathering-interpreter-other-label = Andere taal (vul de naam van de taal in)
gathering-error-interpreter-language = U wilt graag een tolk. Kies in welke taal, of vul een andere taal in.

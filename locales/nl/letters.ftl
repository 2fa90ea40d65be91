# Staff side of the printed invitation letters (families page, print page). Dutch texts use "u", as everywhere in Driehoek.
letters-print-one = Brief afdrukken
letters-print-without-email = Brieven afdrukken: gezinnen zonder e-mail en nog zonder tijd
letters-tip = Dit gezin heeft nog geen tijd gekozen en is niet per e-mail te bereiken. Geef een brief mee met de leerling.
letters-mail-failed = Mail kwam niet aan
letters-live =
    { $count ->
        [one] 1 brief meegegeven
       *[other] { $count } brieven meegegeven
    }
letters-page-title = Uitnodigingsbrieven
letters-count =
    { $count ->
        [one] 1 brief.
       *[other] { $count } brieven.
    }
letters-print-hint = Druk af met de printknop van uw browser (Ctrl+P). Elke brief past op één A4.
letters-links-note = Elke brief heeft een eigen persoonlijke link. De link uit de e-mail en eerdere brieven blijven werken. Is een brief kwijt of bij de verkeerde persoon? Trek dan op de gezinnenpagina de link in: alle links van die ouder werken dan niet meer.
letters-back = Terug naar de gezinnen
flash-problem-letters-nobody = Er is geen gezin zonder e-mailadres dat nog een tijd moet kiezen.
flash-problem-letters-round-closed = Inschrijven voor deze ronde is gesloten. Er is geen brief gemaakt, want de link zou niet meer werken.
channel-letter = Brief meegegeven
audit-entity-invitation-letter = uitnodigingsbrief

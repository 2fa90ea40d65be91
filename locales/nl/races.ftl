# Review fixes (issue 12): refusals when two people act at once, kept input, missing holidays.
flash-problem-buddies-taken = Een van deze ouders is net door iemand anders voorgesteld. Bekijk de lijst opnieuw.
races-date-invalid = Vul een geldige datum in.
races-holiday-order = De laatste vrije dag ligt voor de eerste.
races-back-to-year = Terug naar het schooljaar
races-back-to-settings = Terug naar de schoolinstellingen
races-back-to-record = Terug naar het verslag
races-buddies-language-needed = Kies bij het onderwerp Taal ook welke taal.
races-holidays-missing = Voor het huidige schooljaar zijn nog geen vakanties ingevuld. De datum waarop ouders antwoord krijgen telt vakantiedagen daardoor als schooldagen. Vul de vakanties in op de pagina van het schooljaar.

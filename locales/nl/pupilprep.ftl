# The pupil's part in progress conversations: the per-grade setting, the mentor's page, the
# pupil's own preparation page (pupils read Dutch or English; the school says "je" to its pupils
# and "u" to parents and staff).

pupilprep-settings-title = Leerling bij het voortgangsgesprek
pupilprep-settings-intro = Kies per leerjaar of de leerling bij de voortgangsgesprekken is. Een nieuwe gespreksronde neemt dit over; bij het maken van een ronde kunt u er nog van afwijken.
pupilprep-settings-grades = De leerling is bij het gesprek in
pupilprep-settings-grades-hint = Aangevinkt: de leerling komt mee en kan het gesprek vooraf voorbereiden.
pupilprep-settings-links = De persoonlijke link van de leerling
pupilprep-settings-mail-parents = Mentoren mogen de link ook naar de ouders mailen
pupilprep-settings-links-hint = De mentor print altijd strookjes met de link en een QR-code. Met dit vinkje kan de mentor de link ook mailen naar de ouders, in hun eigen taal.
pupilprep-settings-link = Leerling bij het gesprek, per leerjaar
pupilprep-grade-po = groep { $grade }
pupilprep-grade-so = groep { $grade } (so)
pupilprep-grade-vo = leerjaar { $grade }
pupilprep-grade-vso = leerjaar { $grade } (vso)
pupilprep-grade-mbo = leerjaar { $grade } (mbo)

pupilprep-round-default-attends = Volgens de instelling per leerjaar is de leerling bij deze gesprekken.
pupilprep-round-default-without = Volgens de instelling per leerjaar is de leerling niet bij deze gesprekken.
pupilprep-round-mixed = De gekozen groepen verschillen: in { $attending } is de leerling bij het gesprek, in { $without } niet. Kies of de leerling bij deze ronde is.
pupilprep-round-attends-grade = volgens het leerjaar
pupilprep-round-attends-yes = ja, de leerling is erbij
pupilprep-round-attends-no = nee, zonder de leerling
pupilprep-round-attends-legend = Is de leerling bij het gesprek?
pupilprep-attends-mark = leerling erbij

pupilprep-round-title = Voorbereiding door leerlingen
pupilprep-round-link = Voorbereiding door leerlingen
pupilprep-round-intro = Uw leerlingen bereiden het gesprek voor met een kort formulier: wat ging goed, waar wil ik aan werken, wat heb ik nodig. Geef ze hun persoonlijke link op een strookje.
pupilprep-round-count = { $prepared } van { $total } leerlingen hebben het gesprek voorbereid.
pupilprep-round-empty = Deze ronde heeft geen leerlingen die u kunt zien.
pupilprep-print-all = Strookjes printen voor alle leerlingen
pupilprep-print-one = Strookje
pupilprep-mail-all = Links mailen naar de ouders
pupilprep-links-note = Elk strookje en elke mail maakt een nieuwe link. Eerdere links blijven werken tot de ronde voorbij is.
pupilprep-links = Links
pupilprep-state = Voorbereiding
pupilprep-slip = Printen
pupilprep-prepared = voorbereid
pupilprep-not-yet = Nog niet voorbereid.
pupilprep-leads = wil het gesprek leiden
pupilprep-to-pupil = Naar de leerlingpagina
pupilprep-slips-title = Strookjes voor leerlingen
pupilprep-slips-count = { $count } strookjes. Print deze pagina en knip de strookjes los.
pupilprep-slips-back = Terug naar de voorbereiding
pupilprep-slip-intro = Bereid je gesprek voor: { $round }
pupilprep-slip-how = Scan de code met je telefoon of typ de link over. Vul in wat goed ging, waar je aan wilt werken en wat je nodig hebt.
pupilprep-slip-personal = Deze link is alleen voor jou.
pupilprep-slip-qr-label = QR-code met de persoonlijke link
pupilprep-answers-title = Voorbereiding van de leerling
pupilprep-answers-when = ingevuld of gewijzigd op { $when }

pupilprep-went-well = Wat ging goed?
pupilprep-work-on = Waar wil ik aan werken?
pupilprep-need-school = Wat heb ik nodig van mijn mentor of de school?
pupilprep-need-parents = Wat heb ik nodig van mijn ouders?

pupilprep-own-title = Mijn gesprek voorbereiden
pupilprep-own-heading = Hoi { $name }, bereid je gesprek voor
pupilprep-own-intro = Je mentor, je ouders en jij praten samen over hoe het gaat. Schrijf hier kort op wat je wilt bespreken. Je mentor leest het voor het gesprek.
pupilprep-own-lead = Ik wil het gesprek zelf leiden
pupilprep-own-change-hint = Je kunt je antwoorden aanpassen tot de gesprekken voorbij zijn.
pupilprep-own-send = Opslaan
pupilprep-own-saved-at = Opgeslagen op { $when }.
pupilprep-own-closed-title = De gesprekken zijn voorbij
pupilprep-own-closed-body = Deze link werkt niet meer, omdat de gesprekken van deze ronde voorbij zijn. Vragen? Stel ze aan je mentor.
pupilprep-own-invalid-title = Deze link werkt niet
pupilprep-own-invalid-body = Kijk of je de hele link goed hebt overgetypt, of vraag je mentor om een nieuw strookje.
pupilprep-problem-empty = Schrijf bij minstens één vraag iets op.
pupilprep-problem-too-long = Een antwoord is te lang: houd het bij 1500 tekens.

flash-pupilprep-saved = Je voorbereiding is opgeslagen. Je mentor kan hem lezen.
flash-pupilprep-mailed = De links zijn naar de ouders gemaild.
flash-problem-pupilprep-nobody-to-mail = Er is geen ouder met een e-mailadres om de link naar te sturen.
flash-problem-pupilprep-round-over = De ronde is voorbij: nieuwe links zouden niet meer werken.
pupilprep-round-mixed-choose = De gekozen groepen verschillen in leerjaar: kies of de leerling bij deze ronde is.
pupilprep-round-none = Leerlingen bereiden alleen voortgangsgesprekken voor waar zij zelf bij zijn. In deze ronde is dat niet zo.

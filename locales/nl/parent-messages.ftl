### parent-messages.ftl — a parent's message to the teacher and the mails about it.
### Parent-facing: every key here is translated into every language in locales/.

parent-messages-link = Stuur de leerkracht een bericht over { $child }
parent-messages-title = Bericht aan de leerkracht over { $child }
parent-messages-back = Terug naar de pagina van uw kinderen
parent-messages-received = Uw bericht is ontvangen.
parent-messages-hear-by = U hoort uiterlijk { $date } van ons.
parent-messages-mail-copy = U krijgt ook een e-mail met deze bevestiging.
parent-messages-write = Schrijf een bericht
parent-messages-intro = Uw bericht gaat naar de leerkracht van uw kind. U hoort binnen een paar schooldagen van ons. Schooldagen zijn de dagen waarop er school is: weekenden en vakanties tellen niet mee.
parent-messages-problem = Er is iets niet goed ingevuld
parent-messages-body = Uw bericht
parent-messages-call-back = Ik wil graag gebeld worden
parent-messages-phone = Uw telefoonnummer
parent-messages-phone-hint = Alleen nodig als u gebeld wilt worden.
parent-messages-send = Bericht versturen
parent-messages-sent = Uw berichten
parent-messages-status-open = Ontvangen. U hoort uiterlijk { $date } van ons.
parent-messages-status-mailed = Beantwoord per e-mail
parent-messages-status-phoned = Beantwoord per telefoon
parent-messages-body-required = Schrijf uw bericht.
parent-messages-body-too-long = Uw bericht is te lang. Maak het korter, of vraag om een gesprek.
parent-messages-phone-required = Vul uw telefoonnummer in als u gebeld wilt worden.
parent-messages-limit = U heeft vandaag al een paar berichten gestuurd. Stuur morgen een nieuw bericht, of bel de school.
parent-messages-ack-subject = Ontvangen: uw bericht over { $child }
parent-messages-ack-body =
    Beste { $name },

    Wij hebben uw bericht over { $child } ontvangen. U hoort uiterlijk { $date } van ons.

    Uw bericht:
    { $message }

    Met vriendelijke groet,
    De school
parent-messages-ack-call-back = U vroeg om gebeld te worden. De leerkracht belt u op het nummer dat u gaf.
parent-messages-answer-subject = Antwoord van school over { $child }
parent-messages-answer-body =
    Beste { $name },

    { $teacher } schrijft u over { $child }:

    { $answer }

    U schreef:
    { $message }

    Met vriendelijke groet,
    De school
audit-entity-parent-message = bericht van ouder
audit-action-answer = Beantwoord

### parent-pupilprep.ftl — the mail to parents with their child's link to prepare a progress conversation.
### Parent-facing: every key here is translated into every language in locales/.

parent-pupilprep-mail-subject = { $child } kan het voortgangsgesprek voorbereiden
parent-pupilprep-mail-body =
    Beste { $name },

    Binnenkort is het voortgangsgesprek ({ $round }): u, { $child } en de mentor praten samen over hoe het op school gaat. { $child } kan het gesprek vooraf voorbereiden met een kort formulier: wat ging goed, waar wil ik aan werken, wat heb ik nodig. Wilt u deze link aan { $child } geven?
    { $link }

    De link is persoonlijk. Hij werkt tot de gesprekken voorbij zijn. De mentor leest de antwoorden voor het gesprek.

    Met vriendelijke groet,
    { $school }

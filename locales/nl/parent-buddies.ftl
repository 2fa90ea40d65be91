### parent-buddies.ftl — ouders helpen ouders: the parent's personal link page and the mails.
### Parent-facing: every key here is translated into every language in locales/.

parent-buddies-title = Contact met een andere ouder
parent-buddies-topic-language = de taal { $language }
parent-buddies-topic-diagnosis = een diagnose van uw kind (bijvoorbeeld dyslexie, ADHD of autisme)
parent-buddies-topic-first-child = uw eerste kind op school
parent-buddies-topic-new-nl = nieuw zijn in Nederland
parent-buddies-topic-other = iets waar u het met de leerkracht over had
parent-buddies-explain = In het startgesprek (het eerste gesprek van het schooljaar) vertelde u iets over { $topic }. Een andere ouder van onze school heeft met hetzelfde onderwerp te maken en wil graag met u in contact komen. Ouders kunnen elkaar zo helpen.
parent-buddies-privacy = U beslist zelf. Zegt u ja, en zegt de andere ouder ook ja? Dan krijgt u allebei elkaars naam, e-mailadres en telefoonnummer. Tot dan weet de andere ouder niets over u, en u niets over de andere ouder.
parent-buddies-question = Wilt u contact met deze ouder?
parent-buddies-yes = Ja, graag
parent-buddies-no = Nee, liever niet
parent-buddies-send = Versturen
parent-buddies-waiting = U heeft ja gezegd. We wachten nog op het antwoord van de andere ouder. U krijgt een e-mail als die ook ja zegt.
parent-buddies-change-no = Ik wil toch liever niet
parent-buddies-active = U en de andere ouder hebben allebei ja gezegd. U kunt elkaar nu bereiken over { $topic }.
parent-buddies-name = Naam
parent-buddies-email = E-mail
parent-buddies-phone = Telefoon
parent-buddies-withdraw-explain = Wilt u het contact stoppen? Dat kan altijd. De andere ouder krijgt dan bericht dat het contact is gestopt.
parent-buddies-withdraw = Contact stoppen
parent-buddies-declined = Dit contact gaat niet door. Wij geven geen gegevens door. Heeft u een vraag? Praat dan met de leerkracht of de intern begeleider (de medewerker voor extra zorg).
parent-buddies-you-ended = U heeft het contact gestopt. Wij geven geen gegevens meer door.
parent-buddies-ended = Dit contact is gestopt. Heeft u een vraag? Praat dan met de leerkracht of de intern begeleider (de medewerker voor extra zorg).
flash-buddies-agreed = Uw antwoord is opgeslagen.
flash-buddies-declined = Uw antwoord is opgeslagen. Het contact gaat niet door.
flash-buddies-withdrawn = Het contact is gestopt.
flash-problem-buddies-closed = Dit kan niet meer: het contact is al afgesloten of gewijzigd.
parent-buddies-proposal-subject = Contact met een andere ouder?
parent-buddies-proposal-body =
    Beste { $name },

    In het startgesprek vertelde u iets over { $topic }. Een andere ouder van { $school } heeft met hetzelfde onderwerp te maken en wil graag met u in contact komen.

    Via deze link zegt u of u dat wilt:
    { $link }

    Alleen als u allebei ja zegt, krijgt u elkaars naam, e-mailadres en telefoonnummer. Tot dan geven wij niets door.

    Met vriendelijke groet,
    { $school }
parent-buddies-introduction-subject = U kunt nu contact opnemen met de andere ouder
parent-buddies-introduction-body =
    Beste { $name },

    U en de andere ouder hebben allebei ja gezegd. Dit zijn de gegevens van de andere ouder, over { $topic }:

    Naam: { $other }
    E-mail: { $email }
    Telefoon: { $phone }

    De andere ouder heeft uw gegevens ook gekregen. Wilt u later stoppen? Gebruik dan de link uit de eerste e-mail.
parent-buddies-declined-subject = Het contact met de andere ouder gaat niet door
parent-buddies-declined-body =
    Beste { $name },

    U zei ja tegen contact met een andere ouder over { $topic }. Het contact gaat deze keer niet door. Wij hebben geen gegevens van u doorgegeven.

    Heeft u een vraag? Praat dan met de leerkracht of de intern begeleider (de medewerker voor extra zorg).
parent-buddies-ended-subject = Het contact met de andere ouder is gestopt
parent-buddies-ended-body =
    Beste { $name },

    Het contact met de andere ouder over { $topic } is gestopt. Wij geven geen gegevens meer door.

    Heeft u een vraag? Praat dan met de leerkracht of de intern begeleider (de medewerker voor extra zorg).

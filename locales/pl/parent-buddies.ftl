### parent-buddies.ftl — parents helping parents: the parent's personal link page and the mails.
### Parent-facing: every key here is translated into every language in locales/.

parent-buddies-title = Kontakt z innym rodzicem
parent-buddies-topic-language = język { $language }
parent-buddies-topic-diagnosis = diagnozę Państwa dziecka (na przykład dysleksję, ADHD lub autyzm)
parent-buddies-topic-first-child = Państwa pierwsze dziecko w szkole
parent-buddies-topic-new-nl = to, że są Państwo nowi w Holandii
parent-buddies-topic-other = temat, o którym rozmawiali Państwo z nauczycielem
parent-buddies-explain = Podczas startgesprek (pierwszej rozmowy w roku szkolnym) powiedzieli nam Państwo coś o: { $topic }. Inny rodzic z naszej szkoły ma do czynienia z tym samym tematem i chciałby nawiązać z Państwem kontakt. W ten sposób rodzice mogą sobie pomagać.
parent-buddies-privacy = To Państwo decydują. Jeśli powiedzą Państwo tak, a drugi rodzic też powie tak, oboje otrzymają Państwo swoje imię i nazwisko, adres e-mail i numer telefonu. Do tego czasu drugi rodzic nic o Państwu nie wie, a Państwo nic o nim.
parent-buddies-question = Czy chcą Państwo kontaktu z tym rodzicem?
parent-buddies-yes = Tak, chętnie
parent-buddies-no = Nie, raczej nie
parent-buddies-send = Wyślij
parent-buddies-waiting = Powiedzieli Państwo tak. Czekamy jeszcze na odpowiedź drugiego rodzica. Otrzymają Państwo e-mail, jeśli on też powie tak.
parent-buddies-change-no = Jednak raczej nie
parent-buddies-active = Państwo i drugi rodzic powiedzieli tak. Mogą się Państwo teraz ze sobą skontaktować w sprawie: { $topic }.
parent-buddies-name = Imię i nazwisko
parent-buddies-email = E-mail
parent-buddies-phone = Telefon
parent-buddies-withdraw-explain = Chcą Państwo zakończyć kontakt? Można to zrobić w każdej chwili. Drugi rodzic otrzyma wtedy wiadomość, że kontakt się zakończył.
parent-buddies-withdraw = Zakończ kontakt
parent-buddies-declined = Ten kontakt nie dojdzie do skutku. Nie przekazujemy żadnych danych. Mają Państwo pytanie? Prosimy porozmawiać z nauczycielem lub z intern begeleider (pracownikiem odpowiedzialnym za dodatkowe wsparcie).
parent-buddies-you-ended = Zakończyli Państwo kontakt. Nie przekazujemy już żadnych danych.
parent-buddies-ended = Ten kontakt się zakończył. Mają Państwo pytanie? Prosimy porozmawiać z nauczycielem lub z intern begeleider (pracownikiem odpowiedzialnym za dodatkowe wsparcie).
flash-buddies-agreed = Państwa odpowiedź została zapisana.
flash-buddies-declined = Państwa odpowiedź została zapisana. Kontakt nie dojdzie do skutku.
flash-buddies-withdrawn = Kontakt się zakończył.
flash-problem-buddies-closed = To nie jest już możliwe: kontakt został już zamknięty lub zmieniony.
parent-buddies-proposal-subject = Kontakt z innym rodzicem?
parent-buddies-proposal-body =
    Dzień dobry, { $name },

    Podczas startgesprek powiedzieli nam Państwo coś o: { $topic }. Inny rodzic ze szkoły { $school } ma do czynienia z tym samym tematem i chciałby nawiązać z Państwem kontakt.

    Prosimy przez ten link dać nam znać, czy Państwo tego chcą:
    { $link }

    Tylko jeśli oboje powiedzą Państwo tak, otrzymają Państwo swoje imię i nazwisko, adres e-mail i numer telefonu. Do tego czasu niczego nie przekazujemy.

    Z wyrazami szacunku,
    { $school }
parent-buddies-introduction-subject = Mogą Państwo teraz skontaktować się z drugim rodzicem
parent-buddies-introduction-body =
    Dzień dobry, { $name },

    Państwo i drugi rodzic powiedzieli tak. Oto dane drugiego rodzica w sprawie: { $topic }:

    Imię i nazwisko: { $other }
    E-mail: { $email }
    Telefon: { $phone }

    Drugi rodzic również otrzymał Państwa dane. Jeśli zechcą Państwo później zakończyć kontakt, prosimy użyć linku z pierwszego e-maila.
parent-buddies-declined-subject = Kontakt z drugim rodzicem nie dojdzie do skutku
parent-buddies-declined-body =
    Dzień dobry, { $name },

    Zgodzili się Państwo na kontakt z innym rodzicem w sprawie: { $topic }. Tym razem kontakt nie dojdzie do skutku. Nie przekazaliśmy żadnych Państwa danych.

    Mają Państwo pytanie? Prosimy porozmawiać z nauczycielem lub z intern begeleider (pracownikiem odpowiedzialnym za dodatkowe wsparcie).
parent-buddies-ended-subject = Kontakt z drugim rodzicem się zakończył
parent-buddies-ended-body =
    Dzień dobry, { $name },

    Kontakt z drugim rodzicem w sprawie: { $topic } się zakończył. Nie przekazujemy już żadnych danych.

    Mają Państwo pytanie? Prosimy porozmawiać z nauczycielem lub z intern begeleider (pracownikiem odpowiedzialnym za dodatkowe wsparcie).

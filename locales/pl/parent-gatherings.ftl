## Gatherings: what parents are invited to as a group (their page and mails)
gathering-kind-reception = Poznajmy się w klasie (Kennismaking in de klas)
gathering-kind-info = Wieczór informacyjny (Informatieavond)
gathering-kind-plenary = Wieczór dla rodziców całej szkoły
gathering-kind-exit = Spojrzenie wstecz z odchodzącymi rodzinami
gathering-purpose-reception = Na początku roku szkolnego poznają Państwo nauczyciela i innych rodziców z grupy (klasy). Spotkanie jest krótkie i nieformalne; zobaczą Państwo też, gdzie dziecko spędza dzień.
gathering-purpose-info = Szkoła opowiada o temacie, który jest teraz ważny dla Państwa dziecka, i można zadawać pytania.
gathering-purpose-plenary = Wieczór dla wszystkich rodziców szkoły: opowiemy, co się dzieje, i chętnie usłyszymy Państwa zdanie.
gathering-maybe = Może
gathering-you-maybe = Być może Państwo przyjdą. Czy mogą Państwo zmienić odpowiedź, gdy będą Państwo pewni?
gathering-you-dont = Szkoda, że nie mogą Państwo przyjść. Zawsze mogą Państwo umówić się na rozmowę z nauczycielem.
gathering-change = Odpowiedź można zawsze zmienić poniżej.
gathering-needs = Czego Państwo potrzebują?
gathering-interpreter = Proszę o tłumacza
gathering-interpreter-language = W jakim języku
gathering-childcare = Proszę o opiekę dla moich młodszych dzieci
gathering-invite-subject = Zaproszenie: { $title }
gathering-invite-body =
    Szanowni Państwo ({ $name }),

    Serdecznie zapraszamy: { $title } ({ $form }).
    Kiedy: { $when }, około { $minutes } minut.
    Gdzie: { $place }.

    Prosimy o informację przez ten osobisty link, czy Państwo przyjdą, w ile osób i czy potrzebują Państwo tłumacza lub opieki dla małych dzieci:
    { $link }

    Z poważaniem
    { $school }
gathering-reminder-subject = Przypomnienie: { $title }
gathering-reminder-body =
    Szanowni Państwo ({ $name }),

    Nie otrzymaliśmy jeszcze odpowiedzi na nasze zaproszenie: { $title }, { $when }.
    Czy mogą Państwo dać znać przez ten link, czy przyjdą? Odpowiedź „nie” lub „może” też nam pomaga.
    { $link }

    Z poważaniem
    { $school }

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = To spotkanie już się rozpoczęło lub zakończyło. Nie mogą Państwo już zmienić odpowiedzi. Mają Państwo pytanie? Prosimy o kontakt ze szkołą.
gathering-interpreter-choose = Proszę wybrać język…
gathering-interpreter-other = Inny język
gathering-interpreter-other-label = Inny język (proszę wpisać nazwę języka)
gathering-error-interpreter-language = Chcą Państwo tłumacza. Prosimy wybrać język lub wpisać inny język.

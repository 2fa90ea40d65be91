### parent-pupilprep.ftl — the mail to parents with their child's link to prepare a progress conversation.
### Parent-facing: every key here is translated into every language in locales/.

parent-pupilprep-mail-subject = { $child } może przygotować się do rozmowy o postępach
parent-pupilprep-mail-body =
    Szanowni Państwo ({ $name }),

    Wkrótce odbędzie się rozmowa o postępach (voortgangsgesprek, { $round }): Państwo, { $child } i mentor (wychowawca) rozmawiają razem o tym, jak idzie w szkole. { $child } może wcześniej przygotować się do rozmowy za pomocą krótkiego formularza: co poszło dobrze, nad czym chcę pracować, czego potrzebuję. Prosimy przekazać ten link { $child }.
    { $link }

    Link jest osobisty. Działa do końca rozmów. Mentor czyta odpowiedzi przed rozmową.

    Z poważaniem
    { $school }

### parent-messages.ftl — a parent's message to the teacher and the mails about it.
### Parent-facing: every key here is translated into every language in locales/.

parent-messages-link = Wyślij nauczycielowi wiadomość w sprawie: { $child }
parent-messages-title = Wiadomość do nauczyciela w sprawie: { $child }
parent-messages-back = Powrót do strony Państwa dzieci
parent-messages-received = Otrzymaliśmy Państwa wiadomość.
parent-messages-hear-by = Odpowiemy Państwu najpóźniej { $date }.
parent-messages-mail-copy = To potwierdzenie otrzymają Państwo również e-mailem.
parent-messages-write = Napisz wiadomość
parent-messages-intro = Wiadomość trafi do nauczyciela Państwa dziecka. Odpowiemy w ciągu kilku dni szkolnych. Dni szkolne to dni, w które szkoła jest otwarta: weekendy i ferie się nie liczą.
parent-messages-problem = Coś nie zostało poprawnie wypełnione
parent-messages-body = Państwa wiadomość
parent-messages-call-back = Proszę o telefon
parent-messages-phone = Państwa numer telefonu
parent-messages-phone-hint = Potrzebny tylko wtedy, gdy chcą Państwo, żebyśmy zadzwonili.
parent-messages-send = Wyślij wiadomość
parent-messages-sent = Państwa wiadomości
parent-messages-status-open = Otrzymano. Odpowiemy najpóźniej { $date }.
parent-messages-status-mailed = Odpowiedź wysłana e-mailem
parent-messages-status-phoned = Odpowiedź udzielona telefonicznie
parent-messages-body-required = Prosimy napisać wiadomość.
parent-messages-body-too-long = Wiadomość jest za długa. Prosimy ją skrócić lub poprosić o rozmowę.
parent-messages-phone-required = Prosimy podać numer telefonu, jeśli chcą Państwo, żebyśmy zadzwonili.
parent-messages-limit = Wysłali Państwo dziś już kilka wiadomości. Prosimy wysłać nową wiadomość jutro lub zadzwonić do szkoły.
parent-messages-ack-subject = Otrzymano: Państwa wiadomość w sprawie: { $child }
parent-messages-ack-body =
    Szanowni Państwo ({ $name }),

    otrzymaliśmy Państwa wiadomość w sprawie: { $child }. Odpowiemy najpóźniej { $date }.

    Państwa wiadomość:
    { $message }

    Z poważaniem
    Szkoła
parent-messages-ack-call-back = Prosili Państwo o telefon. Nauczyciel zadzwoni pod podany numer.
parent-messages-answer-subject = Odpowiedź szkoły w sprawie: { $child }
parent-messages-answer-body =
    Szanowni Państwo ({ $name }),

    { $teacher } pisze do Państwa w sprawie: { $child }:

    { $answer }

    Państwa wiadomość:
    { $message }

    Z poważaniem
    Szkoła
audit-entity-parent-message = wiadomość od rodzica
audit-action-answer = Udzielono odpowiedzi

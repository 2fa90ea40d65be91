### parent-booking.ftl — the booking page (also the school-made timetable).
### Parent-facing: every key here is translated into every language in locales/.

## (moved from rounds.ftl)
round-form-school = W szkole
round-form-video = Rozmowa wideo
round-form-phone = Przez telefon
round-form-home = Wizyta w domu
flash-booked = Termin jest zarezerwowany. Potwierdzenie dostaną Państwo e-mailem.
flash-booking-changed = Termin został zmieniony. Potwierdzenie dostaną Państwo e-mailem.
flash-booking-cancelled = Termin został odwołany. Poniżej mogą Państwo wybrać nową godzinę.
booking-hello = Dzień dobry, { $name }. Prosimy wybrać poniżej godzinę rozmowy.
booking-duration = Czas trwania
booking-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minut
}
booking-place = Gdzie
booking-attendees = Kto będzie na rozmowie
booking-deadline = Wybrać lub zmienić termin można do
booking-info-prefix = Uwaga:
booking-not-yet-open = Godzinę będzie można wybrać od { $when }.
booking-closed-contact = Zapisy są już zamknięte. Chcą Państwo coś zmienić? Prosimy o kontakt ze szkołą: { $school }.
booking-child-group = Groep { $group } (klasa) · { $teachers }
booking-yours = Państwa termin:
booking-cancel = Odwołaj
booking-other-parent = { $who } ma już zarezerwowaną rozmowę: { $when }. Serdecznie zapraszamy, żeby Państwo też przyszli. Wolą Państwo osobną rozmowę? Prosimy wybrać godzinę poniżej.
booking-choose = Prosimy wybrać godzinę
booking-choose-other = Wolą Państwo inną godzinę?
booking-note = Chcą Państwo coś przekazać nauczycielowi? (nieobowiązkowe)
booking-note-hint = Na przykład tematy, o których chcą Państwo porozmawiać, albo to, że przyjdą Państwo z kimś.
booking-interpreter = Potrzebuję tłumacza na rozmowie
booking-submit = Wybieram tę godzinę
booking-submit-change = Zmieniam na tę godzinę
booking-no-slots = W tej chwili nie ma wolnych godzin. Prosimy o kontakt ze szkołą: { $school }. Razem znajdziemy termin.
booking-pairs-title = Rodzeństwo: rozmowy jedna po drugiej
booking-pairs-intro = Wystarczy jeden przyjazd do szkoły: prosimy wybrać dwie rozmowy zaraz po sobie, dla dzieci: { $first } i { $second }.
booking-pairs-legend = Prosimy wybrać jedną z możliwości
booking-pairs-submit = Rezerwuję obie rozmowy
booking-link-private = Ta strona jest tylko dla Państwa. Prosimy nie przesyłać tego linku innym osobom.
booking-just-taken = Niestety za późno: inny rodzic właśnie wybrał tę godzinę. Poniżej widzą Państwo godziny, które są jeszcze wolne.
booking-invalid-slot = Nie udało się wybrać tej godziny. Prosimy wybrać jedną z godzin poniżej.
booking-closed = Zapisy są zamknięte. Nic nie zostało zmienione.
booking-choose-slot = Prosimy najpierw wybrać godzinę.
invite-pupil-expected = Państwa dziecko bierze udział w rozmowie. Młodsze rodzeństwo też jest mile widziane.
booking-proposed = Propozycja szkoły:
booking-confirm = Potwierdzam tę godzinę
booking-swap-title = Zamiana z inną rodziną
booking-swap-intro = Ta godzina Państwu nie pasuje, a żadna wolna godzina też nie? Mogą Państwo poprosić o zamianę inną rodzinę, która ma rozmowę z tym samym nauczycielem. Ta rodzina dostanie e-mail. Godzina zmieni się dopiero wtedy, gdy ta rodzina powie „tak”.
booking-swap-legend = Na którą godzinę chcą Państwo się zamienić?
booking-swap-submit = Wysyłam prośbę o zamianę
booking-swap-incoming = Inna rodzina chce się z Państwem zamienić. Państwa godzina: { $mine }. Ich godzina: { $theirs }.
booking-swap-outgoing = Poprosili Państwo o zamianę na godzinę { $theirs }. Czekamy na odpowiedź drugiej rodziny.
booking-swap-accept = Tak, zamieniam się
booking-swap-decline = Nie, zostaję przy swojej godzinie
flash-booking-confirmed = Dziękujemy: godzina jest potwierdzona. Potwierdzenie dostaną Państwo e-mailem.
flash-swap-requested = Prośba o zamianę została wysłana. Damy Państwu znać, gdy druga rodzina odpowie.
flash-swap-accepted = Zamienione! Nową godzinę dostaną Państwo e-mailem.
flash-swap-declined = Zostaje Państwa dotychczasowa godzina. Druga rodzina dostanie wiadomość.
flash-problem-swap-failed = Ta zamiana nie jest (już) możliwa. Być może jedna z godzin w międzyczasie się zmieniła.

## (moved from trust-rounds.ftl)
booking-nothing-cancelled = Nic nie zostało odwołane: ten termin nie jest (już) zapisany na Państwa. Poniżej widać, jak jest teraz.
booking-nothing-confirmed = Nic nie zostało potwierdzone: ta godzina nie jest (już) propozycją, która czeka na Państwa. Poniżej widać, jak jest teraz.
booking-swap-not-in-this-round = Zamiana jest możliwa tylko wtedy, gdy szkoła sama ułożyła plan rozmów. Poniżej mogą Państwo sami wybrać inną wolną godzinę.
booking-swap-too-many-open = Mają Państwo już dość próśb o zamianę, które czekają na odpowiedź. Prosimy poczekać na odpowiedź, zanim wyślą Państwo nową prośbę.
booking-swap-too-soon = Przed chwilą wysłali Państwo kilka próśb o zamianę. Prosimy spróbować później, żeby inne rodziny nie dostawały zbyt wielu wiadomości.
booking-swap-too-many = W tej turze rozmów wysłali Państwo już najwięcej próśb o zamianę, ile można. Jeśli nadal potrzebują Państwo innej godziny, prosimy o kontakt ze szkołą.

### parent-mail.ftl — every mail to parents.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
parent-link-subject = Państwa link do logowania w systemie Driehoek
parent-link-body =
    Dzień dobry, { $name },

    Ten link pozwala się zalogować i zobaczyć ustalenia oraz plan kontaktu ze szkołą (communicatieplan) Państwa dziecka. Link działa przez 15 minut i tylko jeden raz:
    { $link }

    Jeśli nie prosili Państwo o link, prosimy zignorować tę wiadomość.
exit-report-subject = Notatka z rozmowy pożegnalnej (exitgesprek): { $child }
exit-report-intro =
    Dzień dobry, { $name },

    Dziękujemy za rozmowę z dnia { $date }. Razem spojrzeliśmy wstecz na czas Państwa dziecka w naszej szkole ({ $child }). Poniżej znajdą Państwo to, co zapisaliśmy.
followup-subject = Jak się ma { $child }?
followup-body =
    Dzień dobry, { $name },

    Od jakiegoś czasu { $child } nie chodzi już do szkoły { $school }. Chcemy wiedzieć, jak jest teraz i czy nasza rada była dobra. Czy zechcą Państwo odpowiedzieć na trzy krótkie pytania?
    { $link }

    Pozdrawiamy serdecznie
    { $school }
session-return-day = W tym samym czasie odbywa się spotkanie byłych uczniów: Państwa dziecko też jest serdecznie zaproszone.
session-invite-subject = Zaproszenie: { $title }
session-invite-body =
    Dzień dobry, { $name },

    Państwa dziecko kończy (albo już skończyło) naukę w szkole { $school }. Chcemy razem z Państwem i innymi rodzicami spojrzeć wstecz na lata w szkole: co poszło dobrze, co można poprawić, czego powinniśmy się nauczyć? Przygotujemy podsumowanie bez nazwisk. Dostaną je Państwo razem z informacją, co szkoła z tym zrobi.

    Forma: { $form }. Kiedy: { $when }, około { $minutes } min. Gdzie: { $place }.

    Prosimy dać znać przez ten link, czy Państwo przyjdą:
    { $link }

    Pozdrawiamy serdecznie
    { $school }
session-report-subject = Podsumowanie: { $title }
session-report-intro =
    Dzień dobry, { $name },

    Dziękujemy, że przyszli Państwo na spotkanie „{ $title }” ({ $when }). Poniżej w skrócie piszemy, co zostało powiedziane, bez nazwisk.

## (moved from rounds.ftl)
word-and = i
invite-subject = Zaproszenie: { $title } ({ $school })
invite-reminder-subject = Przypomnienie: prosimy wybrać godzinę – { $title }
invite-reminder-intro = Nie dostaliśmy jeszcze od Państwa wybranej godziny. Bardzo chcemy się z Państwem spotkać. Prosimy wybrać termin przez link poniżej.
invite-pupil-not-expected = Tę rozmowę prowadzimy bez Państwa dziecka.
invite-attendees-teacher = nauczyciel Państwa dziecka
invite-body-start =
    Dzień dobry, { $parent },

    Na początku roku szkolnego chcemy Państwa poznać i usłyszeć, co słychać. Rozmowa dotyczy: { $children }. W tej rozmowie na początek roku (startgesprek) opowiadają nam Państwo, co wiedzą o swoim dziecku. Razem ustalamy też, jak będziemy w kontakcie w tym roku. Państwo znają swoje dziecko najlepiej, a my wiemy, jak dzieci się uczą. Razem osiągniemy najwięcej.

    Serdecznie zapraszamy. { $pupil }
    Rozmowa trwa { $duration } min. Gdzie: { $place }. Na rozmowie będą: { $attendees }.

    Prosimy wybrać dogodną godzinę do { $deadline }:
    { $link }

    Żadna godzina Państwu nie pasuje? Prosimy dać nam znać, a razem znajdziemy inny termin. Jeśli potrzebują Państwo tłumacza, zorganizujemy go.

    Pozdrawiamy serdecznie
    { $school }
invite-body-progress =
    Dzień dobry, { $parent },

    Chcemy porozmawiać z Państwem o tym, jak idą sprawy w szkole i w domu: co idzie dobrze i nad czym razem pracujemy. Rozmowa dotyczy: { $children }. Wrócimy też do ustaleń z poprzedniej rozmowy.

    Serdecznie zapraszamy. { $pupil }
    Rozmowa trwa { $duration } min. Gdzie: { $place }. Na rozmowie będą: { $attendees }.

    Prosimy wybrać godzinę do { $deadline }:
    { $link }

    Pozdrawiamy serdecznie
    { $school }
invite-body-exit =
    Dzień dobry, { $parent },

    Zbliża się czas pożegnania z naszą szkołą. Zapraszamy Państwa na rozmowę pożegnalną (exitgesprek). Rozmowa dotyczy: { $children }. Chcemy razem spojrzeć wstecz: co poszło dobrze, co można poprawić i co Państwo zabierają ze sobą? To, co Państwo nam powiedzą, pomoże nam ulepszyć szkołę dla dzieci, które zostają. Dostaną Państwo notatkę z rozmowy i dowiedzą się, co z nią zrobimy.

    Rozmowa trwa { $duration } min. Gdzie: { $place }. Na rozmowie będą: { $attendees }.

    Prosimy wybrać godzinę do { $deadline }:
    { $link }

    Pozdrawiamy serdecznie
    { $school }
invite-body-other =
    Dzień dobry, { $parent },

    Zapraszamy Państwa na rozmowę. Rozmowa dotyczy: { $children }. { $pupil }
    Rozmowa trwa { $duration } min. Gdzie: { $place }. Na rozmowie będą: { $attendees }.

    Prosimy wybrać godzinę do { $deadline }:
    { $link }

    Pozdrawiamy serdecznie
    { $school }
booking-mail-greeting = Dzień dobry, { $name },
booking-mail-line = { $child }: { $when }. Rozmowę prowadzi: { $teacher }.
booking-mail-cancelled-line = Odwołana rozmowa: { $child }, { $when }.
booking-mail-practical = Gdzie: { $place }. Na rozmowie będą: { $attendees }. Zmienić lub odwołać termin można do { $deadline } przez ten sam link, co w zaproszeniu.
booking-mail-signature =
    Do zobaczenia!
    { $school }
booking-mail-subject-booked = Potwierdzenie: { $title }
booking-mail-subject-changed = Zmiana terminu: { $title }
booking-mail-subject-cancelled = Odwołano: { $title }
booking-calendar-summary = { $title }: { $child }
booking-calendar-description = Rozmowę prowadzi: { $teacher }. Na rozmowie będą: { $attendees }.
booking-reminder-subject = Przypomnienie: { $title }, { $when }
booking-reminder-body =
    Dzień dobry, { $name },

    Przypominamy o rozmowie: { $child }, { $when }. Rozmowę prowadzi: { $teacher }. Gdzie: { $place }.

    Jednak nie mogą Państwo przyjść? Prosimy dać nam znać jak najszybciej, a znajdziemy inny termin.

    Do zobaczenia!
    { $school }
invite-proposed-intro = Zaplanowaliśmy już dla Państwa godzinę:
invite-proposed-outro = Ta godzina Państwu pasuje? Prosimy ją potwierdzić przez link powyżej. Nie pasuje? Tam mogą Państwo wybrać inną wolną godzinę albo poprosić inną rodzinę o zamianę.
swap-request-subject = Czy zamienią się Państwo godziną? { $title }
swap-request-body =
    Dzień dobry, { $name },

    Inna rodzina pyta, czy zamienią się Państwo z nią godziną rozmowy. Państwa rozmowa ({ $child }): { $yours }. Rozmowa tej rodziny: { $theirs }.

    Prosimy otworzyć link z zaproszenia, aby odpowiedzieć „tak” albo „nie”. Jeśli nic Państwo nie zrobią, wszystko zostanie tak, jak jest.

    Pozdrawiamy serdecznie
    { $school }
swap-declined-subject = Zamiany nie będzie: { $title }
swap-declined-body =
    Dzień dobry, { $name },

    Druga rodzina woli zostać przy swojej godzinie. Państwa rozmowa ({ $child }) zostaje bez zmian: { $yours }. Przez link z zaproszenia mogą Państwo wybrać inną wolną godzinę.

    Pozdrawiamy serdecznie
    { $school }

## (moved from trust-people.ftl)
guardian-email-changed-subject = Szkoła zmieniła Państwa adres e-mail
guardian-email-changed-body =
    Dzień dobry, { $name },

    Szkoła zmieniła Państwa adres e-mail w systemie Driehoek. Wiadomości od szkoły będą teraz przychodzić na nowy adres, a linki, które dostali Państwo wcześniej, już nie działają.

    Jeśli to nie Państwo zgłosili tę zmianę, prosimy jak najszybciej skontaktować się ze szkołą.

# Follows our standard invitation when the school wrote its own note (always in Dutch).
invite-school-note-dutch = Poniżej jest wiadomość od samej szkoły. Jest napisana po niderlandzku. Chcą Państwo mieć tłumacza na rozmowie? Prosimy zaznaczyć to przy wyborze godziny albo zapytać o to szkołę.

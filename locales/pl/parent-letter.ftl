# The printed invitation letter a pupil takes home (parent-facing: short sentences, polite "Państwo" form).
# Placeholders: $children (names, already joined), $parent, $school, $contact, $minutes.
letter-heading = Zaproszenie na rozmowę: { $children }
letter-greeting = Dzień dobry, { $parent },
letter-intro-start = Zapraszamy Państwa na rozmowę. Rozmowa dotyczy: { $children }. To pierwsza rozmowa w tym roku szkolnym. Państwo opowiadają nam o swoim dziecku. My opowiadamy, co będziemy robić w szkole w tym roku.
letter-intro-progress = Zapraszamy Państwa na rozmowę. Rozmowa dotyczy: { $children }. Razem porozmawiamy o szkole: co idzie dobrze, a co jest jeszcze trudne.
letter-intro-exit = Zapraszamy Państwa na rozmowę. Rozmowa dotyczy: { $children }. Czas w naszej szkole niedługo się kończy. Razem spojrzymy wstecz i porozmawiamy o tym, co będzie dalej.
letter-intro-other = Zapraszamy Państwa na rozmowę. Rozmowa dotyczy: { $children }. Chętnie z Państwem porozmawiamy.
letter-fact-what = Rozmowa
letter-fact-duration = Jak długo
letter-minutes =
    { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minut
    }
letter-fact-where = Gdzie
letter-fact-who = Z kim
letter-fact-child = Państwa dziecko
letter-child-along = Państwa dziecko przychodzi na rozmowę razem z Państwem.
letter-child-not-along = Państwa dziecko nie przychodzi na rozmowę.
letter-fact-deadline = Prosimy wybrać godzinę do
letter-timetable-note = Szkoła wybrała już dla Państwa godzinę. Na stronie zobaczą Państwo, jaka to godzina. Ta godzina Państwu nie pasuje? Wtedy prosimy wybrać inną.
letter-steps-heading = Jak wybrać godzinę
letter-step-scan = Prosimy zeskanować kod aparatem w telefonie.
letter-step-type = Można też wpisać adres podany niżej w przeglądarce internetowej. Prosimy dokładnie przepisać wszystkie znaki.
letter-step-choose = Prosimy wybrać godzinę, która Państwu pasuje. Później na tej samej stronie można jeszcze zmienić godzinę.
letter-link-label = Adres:
letter-qr-label = Kod dla Państwa telefonu. Kod otwiera Państwa własną stronę, na której można wybrać godzinę.
letter-personal = Ten kod i ten adres są tylko dla Państwa rodziny. Prosimy nie dawać ich innym osobom.
letter-help-interpreter = Chcą Państwo mieć tłumacza na rozmowie? Można to zaznaczyć przy wyborze godziny.
letter-help-contact = Mają Państwo pytanie? Prosimy o kontakt ze szkołą: { $contact }
letter-help-no-internet = Nie mają Państwo telefonu ani internetu? Prosimy powiedzieć o tym nauczycielowi albo zadzwonić do szkoły. Wtedy razem wybierzemy godzinę.
letter-closing = Pozdrawiamy serdecznie – { $school }

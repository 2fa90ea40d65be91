### parent-exit.ftl — exit RSVP, follow-up questionnaire and the public summary.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
exit-conversations = { $count ->
    [one] W tym roku szkolnym odbyła się 1 rozmowa pożegnalna (exitgesprek).
    [few] W tym roku szkolnym odbyły się { $count } rozmowy pożegnalne (exitgesprek).
    [many] W tym roku szkolnym odbyło się { $count } rozmów pożegnalnych (exitgesprek).
   *[other] W tym roku szkolnym odbyło się { $count } rozmów pożegnalnych (exitgesprek).
}
exit-contributions = { $count ->
    [0] brak odpowiedzi
    [one] 1 odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
exit-no-actions = Na liście nie ma jeszcze żadnych działań.
action-status-planned = Zaplanowane
action-status-doing = W trakcie
action-status-done = Zrobione
exit-summary-title = Co usłyszeliśmy i co robimy
exit-summary-intro = Rodziny, które pożegnały się ze szkołą, razem z nami spojrzały wstecz. Tu mogą Państwo przeczytać w skrócie, co usłyszeliśmy i co z tym robimy. Nie ma tu nazwisk. Małych liczb nie pokazujemy, żeby nikogo nie można było rozpoznać.
exit-summary-heard = Co usłyszeliśmy
exit-summary-do = Co robimy
exit-too-few = za mało odpowiedzi, żeby je pokazać
exit-summary-too-few-conversations = Odbyło się jeszcze za mało rozmów, żeby coś tu napisać.
followup-title = Jak jest teraz?
followup-intro = Od jakiegoś czasu { $child } nie chodzi już do szkoły { $school }. Chcemy wiedzieć, jak jest teraz i czy nasza rada była dobra. Wypełnienie zajmie kilka minut.
followup-doing = Jak { $child } radzi sobie w nowej szkole?
followup-advice = Czy rada szkoły była dobra?
followup-advice-yes = Tak
followup-advice-partly = Częściowo
followup-advice-no = Nie
followup-comment = Czy chcą Państwo jeszcze coś przekazać szkole?
followup-submit = Wyślij
followup-thanks = Dziękujemy! Państwa odpowiedź pomoże szkole { $school } jeszcze lepiej wspierać dzieci.
session-kind-workshop = Wieczór tematyczny
session-kind-panel = Spotkanie grupy rodziców
session-kind-cafe = Onderwijscafé (rozmowa o szkole przy kawie)
session-rsvp-title = Zaproszenie
session-form = Forma
session-when = Kiedy
session-purpose = Razem spojrzymy wstecz na lata w szkole: co poszło dobrze, co można poprawić? Rozmowa jest otwarta i swobodna. Na koniec jest coś do picia. Z rozmowy robimy podsumowanie bez nazwisk. Dostaną je Państwo razem z informacją, co szkoła z tym zrobi.
session-coming = Czy Państwo przyjdą?
session-yes = Tak, przyjdę
session-no = Nie, nie mogę przyjść
session-people = Ile osób przyjdzie (razem z Państwem)
session-children-join = Moje dziecko przyjdzie na spotkanie byłych uczniów
session-send = Wyślij odpowiedź
session-full = Niestety nie ma już tylu wolnych miejsc. Prosimy wpisać mniej osób albo dać znać szkole, że chcą Państwo przyjść.
session-you-come = { $count ->
    [one] Cieszymy się, że Państwo przyjdą!
    [few] Cieszymy się, że przyjdą Państwo w { $count } osoby!
    [many] Cieszymy się, że przyjdą Państwo w { $count } osób!
   *[other] Cieszymy się, że przyjdą Państwo w { $count } osób!
}
session-you-dont = Szkoda, że nie mogą Państwo przyjść. Chcą Państwo mimo to coś nam powiedzieć? Możliwa jest też rozmowa indywidualna.
flash-rsvp-saved = Dziękujemy, otrzymaliśmy Państwa odpowiedź.

## The exit report mail
section-exit-own-child = Rodzice i ich dziecko
section-exit-group-school = Rodzice a klasa lub szkoła
section-exit-school-parents = Jak szkoła angażowała rodziców
section-exit-open = Otwarte pytania
section-exit-advice = Rady
section-exit-lookback = Spojrzenie wstecz na tę rozmowę
exit-report-what-we-do = Co szkoła z tym robi:
exit-report-no-actions = To, co usłyszeliśmy, omawiamy w zespole szkoły. Działania, które z tego wynikną, przekażemy wszystkim rodzicom.
exit-report-signature =
    Z wyrazami szacunku,
    { $school }

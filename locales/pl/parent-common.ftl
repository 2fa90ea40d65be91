### parent-common.ftl — pages every parent can meet: frame, errors, forms, expired links.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from glossary.ftl)
glossary-footer-link = Wyjaśnienie szkolnych słów

## (moved from main.ftl)
app-name = Driehoek
skip-to-content = Przejdź do treści
sign-out = Wyloguj się
language-switch = Język
footer-text = Driehoek — razem z rodzicami i uczniem, przez cały rok szkolny.
yes = Tak
no = Nie
flash-prefix = Gotowe:
flash-signed-out = Zostali Państwo wylogowani.
form-error-summary = Prosimy sprawdzić formularz
form-error-prefix = Błąd:
form-required = To pole jest obowiązkowe.
form-too-long = Ten tekst jest za długi.
form-email-invalid = To nie jest poprawny adres e-mail. Adres e-mail wygląda tak: naam@voorbeeld.nl.
link-invalid-title = Ten link już nie działa
link-invalid-body = Link został już użyty albo stracił ważność. Mogą Państwo poprosić o nowy link. To zajmie tylko chwilę.
error-code = Kod błędu { $status }
error-back-home = Do strony głównej
error-400-title = To się nie udało
error-400-body = Nie udało się wykonać tej czynności. Prosimy wrócić i spróbować jeszcze raz.
error-403-title = Brak dostępu
error-403-body = Nie mają Państwo dostępu do tej strony. Jeśli to pomyłka, prosimy zapytać osobę, która w Państwa szkole zarządza systemem.
error-404-title = Nie znaleziono strony
error-404-body = Ta strona nie istnieje (już) albo nie mają Państwo do niej dostępu.
error-413-title = Za duży plik
error-413-body = To, co Państwo wysłali, jest za duże. Prosimy spróbować z mniejszym plikiem.
error-429-title = Prosimy o chwilę cierpliwości
error-429-body = Przyszło za dużo próśb naraz. Prosimy chwilę poczekać i spróbować jeszcze raz.
error-500-title = Coś poszło nie tak
error-500-body = Po naszej stronie wystąpił błąd. Nic, co było już zapisane, nie zginęło. Prosimy spróbować ponownie za chwilę.

## (moved from rounds.ftl)
attention-prefix = Uwaga:

## (moved from trust-rights.ftl)
privacy-footer-link = Prywatność

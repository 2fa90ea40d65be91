### parent-privacy.ftl — the privacy notice.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from trust-rights.ftl)
privacy-title = Co szkoła robi z danymi Państwa dziecka
privacy-intro = Szkoła używa systemu Driehoek, aby planować i zapisywać rozmowy z Państwem i Państwa dzieckiem. Na tej stronie piszemy prostymi słowami, co jest przechowywane, dlaczego, jak długo, kto to widzi i jak mogą Państwo to zobaczyć.
privacy-what-title = Co jest przechowywane
privacy-what = Imię i nazwisko, data urodzenia i groep (klasa) Państwa dziecka; Państwa imię i nazwisko, adres e-mail, numer telefonu i wybrany język; rozmowy, które Państwo rezerwują; notatki z rozmów i ustalenia z tych rozmów; plan kontaktu ze szkołą (communicatieplan); krótkie notatki z kontaktów z Państwem; a jeśli Państwa dziecko dostaje dodatkową pomoc – także to, czy zgodzili się Państwo na plan rozwoju dziecka (OPP). Zapisywane jest też, kto otwiera teczkę Państwa dziecka.
privacy-why-title = Dlaczego
privacy-why = Aby dobrze współpracować z Państwem dla rozwoju Państwa dziecka: aby planować rozmowy, ustalać, kto co robi, i móc to później sprawdzić. Szkoła potrzebuje tych danych, aby wykonywać swoje zadania. Dane nie są sprzedawane ani używane do reklamy.
privacy-who-title = Kto to widzi
privacy-who = Nauczyciel lub mentor (wychowawca) Państwa dziecka, intern begeleider (osoba, która w szkole organizuje dodatkową pomoc) lub zorgcoördinator, dyrekcja szkoły oraz osoba, która w szkole zarządza systemem Driehoek. Nauczyciele widzą tylko uczniów ze swojej klasy. Państwo widzą to, co szkoła Państwu udostępnia. Inni rodzice nie widzą nic o Państwa dziecku.
privacy-how-long-title = Jak długo
privacy-how-long = Do dwóch lat po tym, jak Państwa dziecko odeszło ze szkoły. Potem notatki z rozmów, ustalenia, plany i notatki z kontaktów są usuwane. Odpowiedzi z rozmowy pożegnalnej (exitgesprek) szkoła przechowuje tylko bez nazwisk.
privacy-rights-title = Wgląd i inne Państwa prawa
privacy-rights = Mają Państwo władzę rodzicielską? Wtedy mogą Państwo sami zobaczyć i pobrać wszystko, co szkoła przechowuje o Państwa dziecku. Wystarczy zamówić link do logowania na stronie dla rodziców i przy swoim dziecku wybrać „Wgląd”. Coś się nie zgadza? Wtedy mogą Państwo poprosić szkołę, żeby to poprawiła albo usunęła.
privacy-rights-paper = O wgląd mogą Państwo poprosić szkołę także na papierze albo podczas rozmowy. Wtedy osoba, która zarządza systemem, przygotuje dla Państwa takie samo zestawienie. Jeśli Państwa dziecko ma 16 lat lub więcej, może samo o to poprosić.
privacy-rights-no-authority = Nie mają Państwo władzy rodzicielskiej? Wtedy dostają Państwo najważniejsze informacje o tym, jak radzi sobie Państwa dziecko: jakie rozmowy się odbyły i jakich tematów dotyczyły ustalenia.
privacy-to-parent-page = Do strony dla rodziców

### parent-inspection.ftl — what a parent reads of their own child's file (the inspection export) and the school's practical help page.
### Parent-facing: every key here is translated into every language in locales/.
### Added after the first split (issue 11): these keys were moved here from staff files.
### Polish: actions use impersonal forms ("Dodano", "Zmieniono") so they fit any item they describe.

## (moved from records.ftl)
log-channel-phone = Telefon
log-channel-email = E-mail
log-channel-visit = Wizyta
log-channel-message = Wiadomość
log-channel-conversation = Rozmowa
audit-action-view = Obejrzano
audit-action-create = Dodano
audit-action-update = Zmieniono
audit-entity-pupil = strona ucznia
audit-entity-record = notatka z rozmowy
audit-entity-plan = plan kontaktu ze szkołą (communicatieplan)
audit-entity-agreement = ustalenie
audit-entity-contact = kontakt
audit-entity-contact_moment = notatka z kontaktu
opp-status-asked = Zapytano, jeszcze bez decyzji
opp-status-given = Zgoda wyrażona
opp-status-refused = Odmowa zgody
opp-status-withdrawn = Zgoda wycofana
audit-entity-opp = plan rozwoju dziecka (OPP)
school-help-empty = Szkoła nie umieściła tu jeszcze żadnych informacji. Prosimy śmiało zapytać nauczyciela, do kogo można się zwrócić.
school-contact = Kontakt:

## (moved from trust-data.ftl)
audit-action-retention-removed = Usunięto po upływie okresu przechowywania
audit-entity-file = teczka ucznia
audit-entity-retention = okres przechowywania danych

## (moved from trust-people.ftl)
audit-action-link = Przypisano
audit-action-delete = Usunięto
audit-action-archive = Przeniesiono do archiwum
audit-action-parent-view = Rodzic obejrzał
audit-action-parent-update = Rodzic zmienił
audit-entity-guardian = rodzic lub opiekun
audit-entity-guardian-link = przypisanie rodzica do ucznia

## (moved from trust-rights.ftl)
inspection-title = Wgląd do teczki ucznia: { $name }
inspection-made-on = Przygotowano dnia { $date }.
inspection-intro = Poniżej jest wszystko, co szkoła przechowuje o Państwa dziecku w systemie Driehoek: notatki z rozmów, które szkoła Państwu udostępniła, ustalenia, plan kontaktu ze szkołą (communicatieplan), kontakty, zgoda na plan rozwoju dziecka (OPP) oraz to, kto oglądał teczkę. Mogą Państwo wydrukować tę stronę albo pobrać ją jako plik.
inspection-main-facts = Nie mają Państwo władzy rodzicielskiej nad tym dzieckiem. Zgodnie z prawem mogą Państwo dostać najważniejsze informacje o tym, jak radzi sobie Państwa dziecko. Dlatego widzą tu Państwo tylko, jakie rozmowy się odbyły (rodzaj i data) i jakich tematów dotyczą ustalenia. Widzą Państwo też, na jakim etapie są ustalenia i kiedy zostaną ponownie omówione. Mają Państwo pytania? Prosimy o kontakt ze szkołą.
inspection-json = Pobierz jako plik (JSON)
inspection-back = Wróć
inspection-child = Państwa dziecko
inspection-name = Imię i nazwisko
inspection-birth = Data urodzenia
inspection-group = Klasa (groep)
inspection-school = Szkoła
inspection-conversations = Rozmowy
inspection-present = Obecni
inspection-none = Nic nie zostało zapisane.
inspection-contacts = Kontakty ze szkołą
inspection-opp = Zgoda na plan rozwoju dziecka (OPP)
inspection-views = Kto oglądał lub zmieniał teczkę
inspection-views-intro = Za każdym razem, gdy ktoś ze szkoły (albo rodzic) otwiera lub zmienia teczkę Państwa dziecka, zostaje to zapisane. Tu widzą Państwo rolę tej osoby i datę.
inspection-view-date = Data
inspection-view-role = Rola
inspection-view-what = Co
inspection-role-parent = Rodzic
inspection-role-administrator = Administrator systemu
inspection-role-director = Dyrekcja
inspection-role-care-coordinator = Intern begeleider lub zorgcoördinator (koordynator dodatkowej pomocy)
inspection-role-teacher = Nauczyciel lub mentor (wychowawca)
inspection-role-system = Driehoek (automatycznie)

## (moved from trust-signin.ftl)
audit-action-export = utworzono eksport danych
audit-action-mfa-enrolled = włączono weryfikację dwuetapową
audit-action-mfa-reset = ustawiono od nowa weryfikację dwuetapową
audit-action-mfa-recovery-code-used = użyto kodu odzyskiwania
audit-action-password-changed = zmieniono hasło
audit-entity-inspection = eksport danych do wglądu
audit-entity-staff = konto pracownika szkoły

# The child's years on the parents' own page (issue 10)
parent-history-title = Państwa dziecko w kolejnych latach szkolnych
parent-history-current = Ten rok szkolny
parent-history-no-group = Bez grupy
parent-history-teachers = Nauczyciel
parent-history-records = Rozmowy udostępnione Państwu
parent-history-plan = Plan komunikacji
parent-history-agreements = Ustalenia
parent-history-opp = Państwa decyzja w sprawie perspektywy rozwoju
parent-history-exit = Rozmowa końcowa

# The child's years on the parents' own page (issue 10)
parent-history-title = Ваша дитина протягом шкільних років
parent-history-current = Цей навчальний рік
parent-history-no-group = Без групи
parent-history-teachers = Вчитель
parent-history-records = Розмови, якими поділилися з Вами
parent-history-plan = План спілкування
parent-history-agreements = Домовленості
parent-history-opp = Ваше рішення щодо перспективи розвитку
parent-history-exit = Завершальна розмова

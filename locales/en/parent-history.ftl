# The child's years on the parents' own page (issue 10)
parent-history-title = Your child through the school years
parent-history-current = This school year
parent-history-no-group = No group
parent-history-teachers = Teacher
parent-history-records = Conversations shared with you
parent-history-plan = Communication plan
parent-history-agreements = Agreements
parent-history-opp = Your decision on the development perspective
parent-history-exit = Exit conversation

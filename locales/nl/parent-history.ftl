# The child's years on the parents' own page (issue 10)
parent-history-title = Uw kind door de schooljaren heen
parent-history-current = Dit schooljaar
parent-history-no-group = Geen groep
parent-history-teachers = Leerkracht
parent-history-records = Gesprekken die met u zijn gedeeld
parent-history-plan = Communicatieplan
parent-history-agreements = Afspraken
parent-history-opp = Uw besluit over het ontwikkelingsperspectief
parent-history-exit = Exitgesprek

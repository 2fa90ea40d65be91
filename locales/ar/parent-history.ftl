# The child's years on the parents' own page (issue 10)
parent-history-title = طفلكم عبر السنوات الدراسية
parent-history-current = هذه السنة الدراسية
parent-history-no-group = بدون مجموعة
parent-history-teachers = المعلم
parent-history-records = المحادثات التي تمت مشاركتها معكم
parent-history-plan = خطة التواصل
parent-history-agreements = الاتفاقات
parent-history-opp = قراركم بشأن منظور النمو
parent-history-exit = محادثة الختام

# The child's years on the parents' own page (issue 10)
parent-history-title = Çocuğunuzun okul yılları
parent-history-current = Bu okul yılı
parent-history-no-group = Grup yok
parent-history-teachers = Öğretmen
parent-history-records = Sizinle paylaşılan görüşmeler
parent-history-plan = İletişim planı
parent-history-agreements = Anlaşmalar
parent-history-opp = Gelişim perspektifi hakkındaki kararınız
parent-history-exit = Çıkış görüşmesi

# The printed invitation letter a pupil takes home (parent-facing: short sentences, polite).
# Placeholders: $children (names, already joined), $parent, $school, $contact, $minutes.
letter-heading = { $children } hakkında görüşmeye davet
letter-greeting = Sayın { $parent },
letter-intro-start = Sizi { $children } hakkında bir görüşmeye davet ediyoruz. Bu, okul yılının ilk görüşmesidir (startgesprek). Siz bize çocuğunuzu anlatırsınız. Biz de bu yıl okulda neler yapacağımızı anlatırız.
letter-intro-progress = Sizi { $children } hakkında bir görüşmeye davet ediyoruz. Birlikte okulu konuşacağız: neler iyi gidiyor ve neler hâlâ zor.
letter-intro-exit = Sizi { $children } hakkında bir görüşmeye davet ediyoruz. Okulumuzdaki zaman neredeyse bitti. Birlikte geriye bakacağız. Bundan sonra neler olacağını da konuşacağız.
letter-intro-other = Sizi { $children } hakkında bir görüşmeye davet ediyoruz. Sizinle konuşmak isteriz.
letter-fact-what = Görüşme
letter-fact-duration = Süre
letter-minutes =
    { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }
letter-fact-where = Yer
letter-fact-who = Kiminle
letter-fact-child = Çocuğunuz
letter-child-along = Çocuğunuz da görüşmeye gelir.
letter-child-not-along = Çocuğunuz görüşmeye gelmez.
letter-fact-deadline = Bu tarihten önce bir saat seçin
letter-timetable-note = Okul sizin için zaten bir saat seçti. Hangi saat olduğunu sayfada görürsünüz. Bu saat size uymuyor mu? O zaman başka bir saat seçin.
letter-steps-heading = Saat şöyle seçilir
letter-step-scan = Telefonunuzun kamerasıyla kodu tarayın.
letter-step-type = Ya da aşağıdaki adresi internet tarayıcınıza yazın. Bütün harfleri ve işaretleri tam olarak aynı yazın.
letter-step-choose = Size uyan bir saat seçin. Saati daha sonra aynı sayfada değiştirebilirsiniz.
letter-link-label = Adres:
letter-qr-label = Telefonunuz için kod. Bu kod, saat seçmeniz için size özel sayfayı açar.
letter-personal = Bu kod ve bu adres sadece sizin aileniz için. Lütfen başkalarına vermeyin.
letter-help-interpreter = Görüşmede bir tercüman ister misiniz? Saat seçerken bunu belirtebilirsiniz.
letter-help-contact = Sorunuz mu var? Okulla iletişime geçin: { $contact }
letter-help-no-internet = Telefonunuz veya internetiniz yok mu? Öğretmene söyleyin veya okulu arayın. O zaman birlikte bir saat seçeriz.
letter-closing = Saygılarımızla, { $school }

## Gatherings: what parents are invited to as a group (their page and mails)
gathering-kind-reception = Sınıfta tanışma (Kennismaking in de klas)
gathering-kind-info = Bilgilendirme akşamı (Informatieavond)
gathering-kind-plenary = Bütün okul için veli akşamı
gathering-kind-exit = Ayrılan ailelerle geriye bakış
gathering-purpose-reception = Okul yılının başında öğretmenle ve sınıftaki diğer velilerle tanışırsınız. Kısa ve samimi bir buluşmadır; çocuğunuzun gün boyu nerede oturduğunu da görürsünüz.
gathering-purpose-info = Okul, çocuğunuz için şu anda önemli olan bir konuyu anlatır; sorularınızı sorabilirsiniz.
gathering-purpose-plenary = Okuldaki bütün veliler için bir akşam: neler olduğunu anlatıyoruz ve sizin ne düşündüğünüzü duymak istiyoruz.
gathering-maybe = Belki
gathering-you-maybe = Belki geleceksiniz. Kesinleşince cevabınızı değiştirebilir misiniz?
gathering-you-dont = Gelemediğinize üzüldük. Öğretmenle randevu almak için her zaman bekleriz.
gathering-change = Cevabınızı aşağıda her zaman değiştirebilirsiniz.
gathering-needs = Neye ihtiyacınız var?
gathering-interpreter = Tercüman istiyorum
gathering-interpreter-language = Hangi dilde
gathering-childcare = Küçük çocuklarım için bakım istiyorum
gathering-invite-subject = Davet: { $title }
gathering-invite-body =
    Sayın { $name },

    Sizi içtenlikle davet ediyoruz: { $title } ({ $form }).
    Ne zaman: { $when }, yaklaşık { $minutes } dakika.
    Nerede: { $place }.

    Gelip gelmeyeceğinizi, kaç kişi olacağınızı ve tercümana ya da küçük çocuklar için bakıma ihtiyacınız olup olmadığını bu kişisel bağlantıdan bize bildirin:
    { $link }

    Saygılarımızla,
    { $school }
gathering-reminder-subject = Hatırlatma: { $title }
gathering-reminder-body =
    Sayın { $name },

    Davetimize henüz cevap vermediniz: { $title }, { $when }.
    Gelip gelmeyeceğinizi bu bağlantıdan bildirebilir misiniz? "Hayır" ya da "belki" de bize yardımcı olur.
    { $link }

    Saygılarımızla,
    { $school }

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = Bu toplantı başladı veya sona erdi. Cevabınızı artık değiştiremezsiniz. Bir sorunuz mu var? Lütfen okulla iletişime geçin.
gathering-interpreter-choose = Bir dil seçin…
gathering-interpreter-other = Başka bir dil
gathering-interpreter-other-label = Başka dil (dilin adını yazın)
gathering-error-interpreter-language = Tercüman istiyorsunuz. Lütfen hangi dilde olduğunu seçin veya başka bir dil yazın.

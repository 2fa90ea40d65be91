### parent-buddies.ftl — parents helping parents: the parent's personal link page and the mails.
### Parent-facing: every key here is translated into every language in locales/.

parent-buddies-title = Başka bir veliyle iletişim
parent-buddies-topic-language = { $language } dili
parent-buddies-topic-diagnosis = çocuğunuzun bir tanısı (örneğin disleksi, DEHB veya otizm)
parent-buddies-topic-first-child = okuldaki ilk çocuğunuz
parent-buddies-topic-new-nl = Hollanda'da yeni olmak
parent-buddies-topic-other = öğretmenle konuştuğunuz bir konu
parent-buddies-explain = Startgesprek'te (okul yılının ilk görüşmesi) bize { $topic } hakkında bir şey anlattınız. Okulumuzdan başka bir veli de aynı konuyla ilgileniyor ve sizinle iletişime geçmek istiyor. Böylece veliler birbirine yardım edebilir.
parent-buddies-privacy = Kararı siz verirsiniz. Siz evet derseniz ve diğer veli de evet derse, ikiniz de birbirinizin adını, e-posta adresini ve telefon numarasını alırsınız. O zamana kadar diğer veli sizin hakkınızda hiçbir şey bilmez, siz de onun hakkında hiçbir şey bilmezsiniz.
parent-buddies-question = Bu veliyle iletişim kurmak ister misiniz?
parent-buddies-yes = Evet, isterim
parent-buddies-no = Hayır, istemiyorum
parent-buddies-send = Gönder
parent-buddies-waiting = Evet dediniz. Diğer velinin cevabını bekliyoruz. O da evet derse size bir e-posta gelir.
parent-buddies-change-no = Fikrimi değiştirdim, istemiyorum
parent-buddies-active = Siz ve diğer veli evet dediniz. Artık { $topic } konusunda birbirinize ulaşabilirsiniz.
parent-buddies-name = Ad
parent-buddies-email = E-posta
parent-buddies-phone = Telefon
parent-buddies-withdraw-explain = İletişimi bitirmek ister misiniz? Bunu her zaman yapabilirsiniz. Diğer veliye iletişimin bittiği bildirilir.
parent-buddies-withdraw = İletişimi bitir
parent-buddies-declined = Bu iletişim gerçekleşmeyecek. Hiçbir bilgi paylaşmıyoruz. Bir sorunuz mu var? Lütfen öğretmenle veya intern begeleider (ek destekten sorumlu çalışan) ile konuşun.
parent-buddies-you-ended = İletişimi bitirdiniz. Artık hiçbir bilgi paylaşmıyoruz.
parent-buddies-ended = Bu iletişim sona erdi. Bir sorunuz mu var? Lütfen öğretmenle veya intern begeleider (ek destekten sorumlu çalışan) ile konuşun.
flash-buddies-agreed = Cevabınız kaydedildi.
flash-buddies-declined = Cevabınız kaydedildi. İletişim gerçekleşmeyecek.
flash-buddies-withdrawn = İletişim sona erdi.
flash-problem-buddies-closed = Bu artık mümkün değil: iletişim zaten kapatıldı veya değişti.
parent-buddies-proposal-subject = Başka bir veliyle iletişim ister misiniz?
parent-buddies-proposal-body =
    Sayın { $name },

    Startgesprek'te bize { $topic } hakkında bir şey anlattınız. { $school } okulundan başka bir veli de aynı konuyla ilgileniyor ve sizinle iletişime geçmek istiyor.

    Bunu isteyip istemediğinizi bu bağlantıdan bize bildirin:
    { $link }

    Sadece ikiniz de evet derseniz, birbirinizin adını, e-posta adresini ve telefon numarasını alırsınız. O zamana kadar hiçbir bilgi paylaşmıyoruz.

    Saygılarımızla,
    { $school }
parent-buddies-introduction-subject = Artık diğer veliyle iletişime geçebilirsiniz
parent-buddies-introduction-body =
    Sayın { $name },

    Siz ve diğer veli evet dediniz. { $topic } konusundaki diğer velinin bilgileri şunlardır:

    Ad: { $other }
    E-posta: { $email }
    Telefon: { $phone }

    Diğer veli de sizin bilgilerinizi aldı. Daha sonra bitirmek isterseniz, ilk e-postadaki bağlantıyı kullanın.
parent-buddies-declined-subject = Diğer veliyle iletişim gerçekleşmeyecek
parent-buddies-declined-body =
    Sayın { $name },

    { $topic } konusunda başka bir veliyle iletişime evet dediniz. Bu sefer iletişim gerçekleşmeyecek. Sizin hiçbir bilginizi paylaşmadık.

    Bir sorunuz mu var? Lütfen öğretmenle veya intern begeleider (ek destekten sorumlu çalışan) ile konuşun.
parent-buddies-ended-subject = Diğer veliyle iletişim sona erdi
parent-buddies-ended-body =
    Sayın { $name },

    { $topic } konusunda diğer veliyle iletişim sona erdi. Artık hiçbir bilgi paylaşmıyoruz.

    Bir sorunuz mu var? Lütfen öğretmenle veya intern begeleider (ek destekten sorumlu çalışan) ile konuşun.

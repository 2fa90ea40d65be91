### parent-messages.ftl — a parent's message to the teacher and the mails about it.
### Parent-facing: every key here is translated into every language in locales/.

parent-messages-link = { $child } hakkında öğretmene mesaj gönderin
parent-messages-title = { $child } hakkında öğretmene mesaj
parent-messages-back = Çocuklarınızın sayfasına geri dönün
parent-messages-received = Mesajınız alındı.
parent-messages-hear-by = En geç { $date } tarihinde sizden haber alacaksınız.
parent-messages-mail-copy = Bu onayı ayrıca e-posta ile de alacaksınız.
parent-messages-write = Mesaj yazın
parent-messages-intro = Mesajınız çocuğunuzun öğretmenine gider. Birkaç okul günü içinde bizden haber alırsınız. Okul günleri okulun açık olduğu günlerdir: hafta sonları ve tatiller sayılmaz.
parent-messages-problem = Bir bilgi doğru doldurulmamış
parent-messages-body = Mesajınız
parent-messages-call-back = Aranmak istiyorum
parent-messages-phone = Telefon numaranız
parent-messages-phone-hint = Sadece aranmak istiyorsanız gereklidir.
parent-messages-send = Mesajı gönderin
parent-messages-sent = Mesajlarınız
parent-messages-status-open = Alındı. En geç { $date } tarihinde sizden haber alacaksınız.
parent-messages-status-mailed = E-posta ile cevaplandı
parent-messages-status-phoned = Telefonla cevaplandı
parent-messages-body-required = Lütfen mesajınızı yazın.
parent-messages-body-too-long = Mesajınız çok uzun. Lütfen kısaltın veya bir görüşme isteyin.
parent-messages-phone-required = Aranmak istiyorsanız lütfen telefon numaranızı yazın.
parent-messages-limit = Bugün zaten birkaç mesaj gönderdiniz. Lütfen yarın yeni bir mesaj gönderin veya okulu arayın.
parent-messages-ack-subject = Alındı: { $child } hakkındaki mesajınız
parent-messages-ack-body =
    Sayın { $name },

    { $child } hakkındaki mesajınızı aldık. En geç { $date } tarihinde bizden haber alacaksınız.

    Mesajınız:
    { $message }

    Saygılarımızla,
    Okul
parent-messages-ack-call-back = Aranmak istediğinizi yazdınız. Öğretmen verdiğiniz numaradan sizi arayacak.
parent-messages-answer-subject = { $child } hakkında okuldan cevap
parent-messages-answer-body =
    Sayın { $name },

    { $teacher } size { $child } hakkında yazıyor:

    { $answer }

    Sizin mesajınız:
    { $message }

    Saygılarımızla,
    Okul
audit-entity-parent-message = veli mesajı
audit-action-answer = Cevaplandı

### parent-exit.ftl — exit RSVP, follow-up questionnaire and the public summary.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
exit-conversations = { $count ->
    [one] Bu okul yılında 1 exitgesprek (okuldan ayrılış görüşmesi) yapıldı.
   *[other] Bu okul yılında { $count } exitgesprek (okuldan ayrılış görüşmesi) yapıldı.
}
exit-contributions = { $count ->
    [0] yanıt yok
    [one] 1 yanıt
   *[other] { $count } yanıt
}
exit-no-actions = Listede henüz yapılacak bir iş yok.
action-status-planned = Planlandı
action-status-doing = Yapılıyor
action-status-done = Yapıldı
exit-summary-title = Ne duyduk, ne yapıyoruz
exit-summary-intro = Okuldan ayrılan aileler bizimle birlikte geriye baktı. Burada ne duyduğumuzu ve bununla ne yaptığımızı kısaca okuyabilirsiniz. Burada hiç isim yok. Kimse tanınmasın diye küçük sayıları da göstermiyoruz.
exit-summary-heard = Ne duyduk
exit-summary-do = Ne yapıyoruz
exit-too-few = göstermek için çok az yanıt var
exit-summary-too-few-conversations = Burada bir şey söylemek için henüz çok az görüşme yapıldı.
followup-title = Şimdi nasıl gidiyor?
followup-intro = { $child } bir süre önce { $school } okulundan ayrıldı. Şimdi nasıl gittiğini ve tavsiyemizin doğru olup olmadığını merak ediyoruz. Soruları cevaplamak birkaç dakika sürer.
followup-doing = { $child } yeni okulunda nasıl?
followup-advice = Okulun tavsiyesi doğru muydu?
followup-advice-yes = Evet
followup-advice-partly = Kısmen
followup-advice-no = Hayır
followup-comment = Okula söylemek istediğiniz başka bir şey var mı?
followup-submit = Gönder
followup-thanks = Teşekkür ederiz! Cevabınız sayesinde { $school } okulu çocuklara daha da iyi destek olabilir.
session-kind-workshop = Konulu akşam toplantısı
session-kind-panel = Veli paneli
session-kind-cafe = Onderwijscafé (eğitim sohbeti)
session-rsvp-title = Davet
session-form = Toplantı türü
session-when = Ne zaman
session-purpose = Okulda geçen yıllara birlikte geri bakıyoruz: ne iyi gitti, ne daha iyi olabilir? Sohbet açık ve rahat bir ortamda olur. Sonunda birlikte bir şeyler içeriz. Konuşulanlardan isimsiz bir rapor hazırlıyoruz. Bu raporu, okulun neler yapacağıyla birlikte size göndeririz.
session-coming = Geliyor musunuz?
session-yes = Evet, geliyorum
session-no = Hayır, gelemiyorum
session-people = Kaç kişi geleceksiniz (siz de dâhil)
session-children-join = Çocuğum eski öğrenciler buluşmasına (terugkomdag) geliyor
session-send = Cevabı gönder
session-full = Maalesef bu kadar kişi için artık yeterli yer yok. Daha az kişi seçin veya gelmek istediğinizi okula bildirin.
session-you-come = { $count ->
    [one] Geleceğinize çok sevindik!
   *[other] { $count } kişi olarak geleceğinize çok sevindik!
}
session-you-dont = Gelemeyeceğiniz için üzgünüz. Yine de söylemek istediğiniz bir şey var mı? Birebir bir görüşme de yapabiliriz.
flash-rsvp-saved = Teşekkür ederiz, cevabınızı aldık.

## The exit report mail
section-exit-own-child = Veliler ve kendi çocukları
section-exit-group-school = Veliler ve sınıf ya da okul
section-exit-school-parents = Okul velileri nasıl dahil etti
section-exit-open = Açık sorular
section-exit-advice = Tavsiyeler
section-exit-lookback = Bu görüşmeye geri bakış
exit-report-what-we-do = Okul bununla ne yapıyor:
exit-report-no-actions = Duyduklarımızı okul ekibiyle konuşuyoruz. Bundan çıkan işleri bütün velilerle paylaşıyoruz.
exit-report-signature =
    Saygılarımızla,
    { $school }

### parent-mail.ftl — every mail to parents.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from records.ftl)
parent-link-subject = Driehoek için giriş linkiniz
parent-link-body =
    Sayın { $name },

    Bu linkle giriş yaparak çocuğunuzun anlaşmalarını ve iletişim planını (communicatieplan) görebilirsiniz. Link on beş dakika geçerlidir ve sadece bir kez kullanılabilir:
    { $link }

    Link istemediyseniz bu e-postayı dikkate almayabilirsiniz.
exit-report-subject = Okuldan ayrılış görüşmesinin (exitgesprek) raporu: { $child }
exit-report-intro =
    Sayın { $name },

    { $date } tarihindeki görüşme için teşekkür ederiz. Bu görüşmede, çocuğunuzun ({ $child }) okulda geçen zamanına birlikte geri baktık. Not aldıklarımızı aşağıda okuyabilirsiniz.
followup-subject = { $child } şimdi nasıl?
followup-body =
    Sayın { $name },

    { $child } bir süre önce { $school } okulundan ayrıldı. Şimdi nasıl gittiğini ve tavsiyemizin doğru olup olmadığını merak ediyoruz. Üç kısa soruya cevap verir misiniz?
    { $link }

    Saygılarımızla,
    { $school }
session-return-day = Aynı gün eski öğrenciler için bir buluşma (terugkomdag) da var. Çocuğunuz da gelebilir, memnuniyetle bekleriz.
session-invite-subject = Davet: { $title }
session-invite-body =
    Sayın { $name },

    Çocuğunuz { $school } okulundan ayrılıyor (veya ayrıldı). Sizinle ve diğer velilerle birlikte okul yıllarına geri bakmak istiyoruz: ne iyi gitti, ne daha iyi olabilir, ne öğrenmeliyiz? Konuşulanlardan isimsiz bir rapor hazırlıyoruz. Bu raporu, okulun neler yapacağıyla birlikte size göndeririz.

    Toplantı türü: { $form }. Ne zaman: { $when }, yaklaşık { $minutes } dakika. Yer: { $place }.

    Gelip gelmeyeceğinizi lütfen bu linkten bize bildirin:
    { $link }

    Saygılarımızla,
    { $school }
session-report-subject = Rapor: { $title }
session-report-intro =
    Sayın { $name },

    { $when } tarihindeki "{ $title }" toplantısına geldiğiniz için teşekkür ederiz. Konuşulanları kısaca ve isimsiz olarak aşağıda okuyabilirsiniz.

## (moved from rounds.ftl)
word-and = ve
invite-subject = Davet: { $title } ({ $school })
invite-reminder-subject = Hatırlatma: { $title } için bir saat seçin
invite-reminder-intro = Sizden henüz bir saat seçimi almadık. Sizi görmek isteriz. Lütfen aşağıdaki linkten bir saat seçer misiniz?
invite-pupil-not-expected = Bu görüşmeyi çocuğunuz olmadan yapıyoruz.
invite-attendees-teacher = çocuğunuzun öğretmeni
invite-body-start =
    Sayın { $parent },

    Okul yılının başında sizinle tanışmak istiyoruz. { $children } nasıl? Bunu sizden duymak istiyoruz. Bu tanışma görüşmesinde (startgesprek) çocuğunuz hakkında bildiklerinizi bize anlatırsınız. Bu yıl nasıl iletişimde kalacağımızı da birlikte kararlaştırırız. Çocuğunuzu en iyi siz tanırsınız. Biz de çocukların nasıl öğrendiğini biliriz. Birlikte en iyisini yapabiliriz.

    Sizi bekliyoruz. { $pupil }
    Görüşme { $duration } dakika sürer. Yer: { $place }. Katılanlar: { $attendees }.

    Lütfen { $deadline } tarihinden önce size uygun bir saat seçin:
    { $link }

    Saatlerin hiçbiri size uymuyor mu? Bize bildirin, birlikte başka bir zaman buluruz. Tercümana ihtiyacınız varsa, biz ayarlarız.

    Saygılarımızla,
    { $school }
invite-body-progress =
    Sayın { $parent },

    Sizinle { $children } hakkında konuşmak istiyoruz: okulda ve evde nasıl gidiyor, neler iyi gidiyor ve birlikte neler üzerinde çalışıyoruz? Geçen görüşmedeki anlaşmalara da birlikte bakacağız.

    Sizi bekliyoruz. { $pupil }
    Görüşme { $duration } dakika sürer. Yer: { $place }. Katılanlar: { $attendees }.

    Lütfen { $deadline } tarihinden önce bir saat seçin:
    { $link }

    Saygılarımızla,
    { $school }
invite-body-exit =
    Sayın { $parent },

    { $children } okulumuzdan ayrılıyor. Sizinle birlikte geriye bakmak istiyoruz: ne iyi gitti, ne daha iyi olabilir ve bu okuldan size ne kalıyor? Anlattıklarınız, okulda kalan çocuklar için okulu daha iyi yapmamıza yardım eder. Görüşmeden sonra bir rapor alırsınız ve bununla ne yaptığımızı öğrenirsiniz.

    Görüşme { $duration } dakika sürer. Yer: { $place }. Katılanlar: { $attendees }.

    Lütfen { $deadline } tarihinden önce bir saat seçin:
    { $link }

    Saygılarımızla,
    { $school }
invite-body-other =
    Sayın { $parent },

    Sizi { $children } hakkında bir görüşmeye davet ediyoruz. { $pupil }
    Görüşme { $duration } dakika sürer. Yer: { $place }. Katılanlar: { $attendees }.

    Lütfen { $deadline } tarihinden önce bir saat seçin:
    { $link }

    Saygılarımızla,
    { $school }
booking-mail-greeting = Sayın { $name },
booking-mail-line = { $child }: { $when }, { $teacher } ile.
booking-mail-cancelled-line = İptal edildi: { $child } hakkındaki görüşme ({ $when }).
booking-mail-practical = Yer: { $place }. Katılanlar: { $attendees }. Randevunuzu { $deadline } tarihine kadar değiştirebilir veya iptal edebilirsiniz. Bunun için davetiyedeki linki kullanın.
booking-mail-signature =
    Görüşmek üzere!
    { $school }
booking-mail-subject-booked = Onay: { $title }
booking-mail-subject-changed = Değişiklik: { $title }
booking-mail-subject-cancelled = İptal: { $title }
booking-calendar-summary = { $title }: { $child }
booking-calendar-description = { $teacher } ile görüşme. Katılanlar: { $attendees }.
booking-reminder-subject = Hatırlatma: { $title }, { $when }
booking-reminder-body =
    Sayın { $name },

    { $child } hakkındaki görüşmeyi hatırlatmak isteriz: { $when }, { $teacher } ile. Yer: { $place }.

    Gelemeyecek misiniz? Lütfen bize en kısa sürede bildirin, başka bir zaman buluruz.

    Görüşmek üzere!
    { $school }
invite-proposed-intro = Sizin için şimdiden bir saat planladık:
invite-proposed-outro = Bu saat size uyuyor mu? Yukarıdaki linkten onaylayın. Uymuyor mu? Orada başka bir boş saat seçin veya başka bir aileden saat değiştirmesini isteyin.
swap-request-subject = Saat değiştirmek ister misiniz? { $title }
swap-request-body =
    Sayın { $name },

    Başka bir aile sizinle saat değiştirmek istiyor. { $child } hakkındaki görüşmenizin saati: { $yours }. Onların saati: { $theirs }.

    Evet veya hayır demek için davetiyedeki linki açın. Bir şey yapmazsanız her şey olduğu gibi kalır.

    Saygılarımızla,
    { $school }
swap-declined-subject = Saat değişimi olmayacak: { $title }
swap-declined-body =
    Sayın { $name },

    Diğer aile kendi saatinde kalmak istiyor. { $child } hakkındaki görüşmenizin saati değişmiyor: { $yours }. Davetiyedeki linkten başka bir boş saat seçebilirsiniz.

    Saygılarımızla,
    { $school }

## (moved from trust-people.ftl)
guardian-email-changed-subject = Okuldaki e-posta adresiniz değiştirildi
guardian-email-changed-body =
    Sayın { $name },

    Okul, Driehoek programındaki e-posta adresinizi değiştirdi. Okulun mesajları bundan sonra yeni adrese gidecek. Daha önce aldığınız linkler artık çalışmaz.

    Bu değişikliği siz istemediyseniz, lütfen en kısa sürede okulla iletişime geçin.

# Follows our standard invitation when the school wrote its own note (always in Dutch).
invite-school-note-dutch = Aşağıda okulun kendi mesajı var. Bu mesaj Hollandaca yazılmıştır. Görüşmede bir tercüman ister misiniz? Saat seçerken bunu belirtin veya okula sorun.

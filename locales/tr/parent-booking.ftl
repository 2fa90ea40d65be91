### parent-booking.ftl — the booking page (also the school-made timetable).
### Parent-facing: every key here is translated into every language in locales/.

## (moved from rounds.ftl)
round-form-school = Okulda
round-form-video = Görüntülü görüşme
round-form-phone = Telefonla
round-form-home = Ev ziyareti
flash-booked = Randevunuz alındı. E-posta ile bir onay alacaksınız.
flash-booking-changed = Randevunuz değiştirildi. E-posta ile bir onay alacaksınız.
flash-booking-cancelled = Randevunuz iptal edildi. Aşağıdan yeni bir saat seçebilirsiniz.
booking-hello = Sayın { $name }, lütfen aşağıdan görüşme için bir saat seçin.
booking-duration = Süre
booking-minutes = { $minutes } dakika
booking-place = Yer
booking-attendees = Kimler katılıyor
booking-deadline = Saat seçmek veya değiştirmek için son tarih
booking-info-prefix = Dikkat:
booking-not-yet-open = { $when } itibarıyla bir saat seçebilirsiniz.
booking-closed-contact = Saat seçimi kapandı. Yine de bir şeyi değiştirmek mi istiyorsunuz? Lütfen { $school } ile iletişime geçin.
booking-child-group = Groep { $group } (sınıf) · { $teachers }
booking-yours = Randevunuz:
booking-cancel = İptal et
booking-other-parent = { $who } zaten bir görüşme planladı: { $when }. Siz de gelebilirsiniz, memnuniyetle bekleriz. Ayrı bir görüşme mi istiyorsunuz? Aşağıdan bir saat seçin.
booking-choose = Bir saat seçin
booking-choose-other = Başka bir saat mi istiyorsunuz?
booking-note = Öğretmene söylemek istediğiniz bir şey var mı? (zorunlu değil)
booking-note-hint = Örneğin konuşmak istediğiniz konular. Ya da yanınızda birini getireceğinizi yazabilirsiniz.
booking-interpreter = Görüşmede bir tercüman istiyorum
booking-submit = Bu saati seç
booking-submit-change = Bu saate değiştir
booking-no-slots = Şu anda boş saat yok. Lütfen { $school } ile iletişime geçin. Birlikte uygun bir zaman buluruz.
booking-pairs-title = Kardeşler için art arda görüşmeler
booking-pairs-intro = Okula sadece bir kez gelin: { $first } ve { $second } için art arda iki görüşme seçin.
booking-pairs-legend = İki saati birlikte seçin
booking-pairs-submit = İki görüşme için de randevu al
booking-link-private = Bu sayfa sadece sizin için. Lütfen linki başkasına göndermeyin.
booking-just-taken = Biraz geç kaldınız: bu saati az önce başka bir veli seçti. Hâlâ boş olan saatleri aşağıda görebilirsiniz.
booking-invalid-slot = Bu saat seçilemedi. Lütfen aşağıdaki saatlerden birini seçin.
booking-closed = Saat seçimi kapandı. Hiçbir şey değişmedi.
booking-choose-slot = Lütfen önce bir saat seçin.
invite-pupil-expected = Çocuğunuz da görüşmeye katılır. Küçük kardeşler de gelebilir.
booking-proposed = Okulun önerdiği saat:
booking-confirm = Bu saati onayla
booking-swap-title = Başka bir aileyle saat değiştirin
booking-swap-intro = Saatiniz size uymuyor ve uygun boş bir saat de yok mu? Aynı öğretmenle görüşecek başka bir aileden saat değiştirmesini isteyin. O aileye bir e-posta gider. Saatiniz ancak onlar "evet" derse değişir.
booking-swap-legend = Hangi saatle değiştirmek istiyorsunuz?
booking-swap-submit = Değişim isteği gönder
booking-swap-incoming = Başka bir aile sizinle saat değiştirmek istiyor. Sizin saatiniz: { $mine }. Onların saati: { $theirs }.
booking-swap-outgoing = Şu saate geçmek için istek gönderdiniz: { $theirs }. Diğer ailenin cevabını bekliyoruz.
booking-swap-accept = Evet, değiştir
booking-swap-decline = Hayır, kendi saatimde kalıyorum
flash-booking-confirmed = Teşekkür ederiz, saat onaylandı. E-posta ile bir onay alacaksınız.
flash-swap-requested = Değişim isteğiniz gönderildi. Diğer aile cevap verince size haber vereceğiz.
flash-swap-accepted = Saatler değiştirildi! Yeni saatiniz size e-posta ile gelecek.
flash-swap-declined = Kendi saatinizde kalıyorsunuz. Diğer aileye haber verilecek.
flash-problem-swap-failed = Bu değişim artık mümkün değil. Belki saatlerden biri bu arada değişti.

## (moved from trust-rounds.ftl)
booking-nothing-cancelled = Hiçbir şey iptal edilmedi: bu randevu sizin adınıza değil (veya artık değil). Şu anki durumu aşağıda görebilirsiniz.
booking-nothing-confirmed = Hiçbir şey onaylanmadı: bu saat sizin onayınızı bekleyen bir öneri değil (veya artık değil). Şu anki durumu aşağıda görebilirsiniz.
booking-swap-not-in-this-round = Saat değişimi sadece saatleri okul planladığında mümkündür. Aşağıdan kendiniz başka bir boş saat seçebilirsiniz.
booking-swap-too-many-open = Cevap bekleyen çok fazla değişim isteğiniz var. Lütfen yeni bir istek göndermeden önce cevap bekleyin.
booking-swap-too-soon = Az önce birkaç değişim isteği gönderdiniz. Lütfen daha sonra tekrar deneyin. Böylece diğer aileler çok fazla mesaj almaz.
booking-swap-too-many = Bu görüşme döneminde gönderebileceğiniz en fazla değişim isteğine ulaştınız. Yine de başka bir saate ihtiyacınız varsa lütfen okulla iletişime geçin.

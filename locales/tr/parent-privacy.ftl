### parent-privacy.ftl — the privacy notice.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from trust-rights.ftl)
privacy-title = Okul, çocuğunuzun bilgilerini nasıl kullanıyor
privacy-intro = Okul, sizinle ve çocuğunuzla yapılan görüşmeleri planlamak ve kaydetmek için Driehoek programını kullanır. Bu sayfada basit bir dille şunları okuyabilirsiniz: neler saklanıyor, neden, ne kadar süre, kimler görüyor ve siz bu bilgileri nasıl görebilirsiniz.
privacy-what-title = Neler saklanıyor
privacy-what = Çocuğunuzun adı, doğum tarihi ve sınıfı (groep); sizin adınız, e-posta adresiniz, telefon numaranız ve tercih ettiğiniz dil; randevu aldığınız görüşmeler; görüşme notları ve görüşmelerde yapılan anlaşmalar; iletişim planı (communicatieplan); sizinle yapılan iletişim hakkında kısa notlar. Çocuğunuz ek destek alıyorsa, gelişim planını (ontwikkelingsperspectief, OPP) onaylayıp onaylamadığınız da saklanır. Çocuğunuzun dosyasını kimin açtığı da kaydedilir.
privacy-why-title = Neden
privacy-why = Amaç, çocuğunuzun gelişimi için sizinle iyi bir iş birliği yapmaktır: görüşmeleri planlamak, kimin ne yapacağını kararlaştırmak ve bunlara daha sonra tekrar bakabilmek. Okulun, okul olarak görevini yapabilmesi için bu bilgilere ihtiyacı var. Bilgiler satılmaz ve reklam için kullanılmaz.
privacy-who-title = Kimler görüyor
privacy-who = Çocuğunuzun öğretmeni veya rehber öğretmeni (mentor), intern begeleider veya zorgcoördinator (okulda ek destekten sorumlu kişiler), okul yönetimi ve okuldaki Driehoek yöneticisi. Öğretmenler sadece kendi sınıflarındaki öğrencileri görür. Siz, okulun sizinle paylaştığı bilgileri görürsünüz. Diğer veliler çocuğunuz hakkında hiçbir şey görmez.
privacy-how-long-title = Ne kadar süre
privacy-how-long = Çocuğunuz okuldan ayrıldıktan sonra en fazla iki yıl. Sonra görüşme notları, anlaşmalar, planlar ve iletişim notları silinir. Okuldan ayrılış görüşmesindeki (exitgesprek) cevapları okul sadece isimsiz olarak saklar.
privacy-rights-title = Dosyayı görme ve diğer haklarınız
privacy-rights = Çocuğunuzun velayeti sizde mi? O zaman okulun çocuğunuz hakkında sakladığı her şeyi kendiniz görebilir ve indirebilirsiniz. Veli sayfasında bir giriş linki isteyin ve çocuğunuzun yanındaki "Dosyayı görün" seçeneğine tıklayın. Yanlış bir şey mi var? O zaman okuldan bunu düzeltmesini veya silmesini isteyebilirsiniz.
privacy-rights-paper = Dosyayı kâğıt üzerinde veya bir görüşmede görmek için de okula başvurabilirsiniz. O zaman okuldaki Driehoek yöneticisi sizin için aynı özeti hazırlar. Çocuğunuz 16 yaşında veya daha büyükse, bunu kendisi de isteyebilir.
privacy-rights-no-authority = Çocuğunuzun velayeti sizde değil mi? O zaman çocuğunuzun nasıl olduğu hakkında en önemli bilgileri alırsınız: hangi görüşmelerin yapıldığını ve hangi konularda anlaşma yapıldığını.
privacy-to-parent-page = Veli sayfasına git

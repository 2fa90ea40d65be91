### parent-inspection.ftl — what a parent reads of their own child's file (the inspection export) and the school's practical help page.
### Parent-facing: every key here is translated into every language in locales/.
### Added after the first split (issue 11): these keys were moved here from staff files.

## (moved from records.ftl)
log-channel-phone = Telefon
log-channel-email = E-posta
log-channel-visit = Ziyaret
log-channel-message = Mesaj
log-channel-conversation = Görüşme
audit-action-view = Bakıldı
audit-action-create = Eklendi
audit-action-update = Değiştirildi
audit-entity-pupil = öğrenci sayfası
audit-entity-record = görüşme notu
audit-entity-plan = iletişim planı (communicatieplan)
audit-entity-agreement = anlaşma
audit-entity-contact = iletişim
audit-entity-contact_moment = iletişim zamanı
opp-status-asked = Onayınız soruldu, henüz karar yok
opp-status-given = Onay verildi
opp-status-refused = Reddedildi
opp-status-withdrawn = Onay geri alındı
audit-entity-opp = gelişim planı (OPP)
school-help-empty = Okul buraya henüz bilgi koymadı. Nereye başvurabileceğinizi öğretmene rahatça sorabilirsiniz.
school-contact = İletişim:

## (moved from trust-data.ftl)
audit-action-retention-removed = Saklama süresi bitince silindi
audit-entity-file = öğrenci dosyası
audit-entity-retention = saklama süresi

## (moved from trust-people.ftl)
audit-action-link = Bağlandı
audit-action-delete = Silindi
audit-action-archive = Arşivlendi
audit-action-parent-view = Bir veli baktı
audit-action-parent-update = Bir veli değiştirdi
audit-entity-guardian = veli veya çocuğa bakan kişi
audit-entity-guardian-link = veli ile öğrenci arasındaki bağlantı

## (moved from trust-rights.ftl)
inspection-title = Çocuğunuzun dosyası: { $name }
inspection-made-on = Hazırlanma tarihi: { $date }.
inspection-intro = Aşağıda, okulun Driehoek programında çocuğunuz hakkında sakladığı her şey var: sizinle paylaşılan görüşme notları, anlaşmalar, iletişim planı (communicatieplan), okulla iletişimler, gelişim planına (OPP) onay ve dosyaya kimlerin baktığı. Bu sayfayı yazdırabilir veya dosya olarak indirebilirsiniz.
inspection-main-facts = Bu çocuğun velayeti sizde değil. Kanuna göre, çocuğunuzun nasıl olduğu hakkında en önemli bilgileri alma hakkınız var. Bu yüzden burada sadece hangi görüşmelerin yapıldığını (türü ve tarihi) ve hangi konularda anlaşma yapıldığını görürsünüz. Anlaşmaların durumunu ve ne zaman tekrar değerlendirileceğini de görürsünüz. Sorunuz mu var? Lütfen okulla iletişime geçin.
inspection-json = Dosya olarak indir (JSON)
inspection-back = Geri
inspection-child = Çocuğunuz
inspection-name = Ad
inspection-birth = Doğum tarihi
inspection-group = Sınıf (groep veya klas)
inspection-school = Okul
inspection-conversations = Görüşmeler
inspection-present = Katılanlar
inspection-none = Kayıtlı bir şey yok.
inspection-contacts = Okulla iletişim
inspection-opp = Gelişim planı (ontwikkelingsperspectief, OPP) için onay
inspection-views = Dosyaya kim baktı veya dosyayı kim değiştirdi
inspection-views-intro = Okuldan biri (veya bir veli) çocuğunuzun dosyasını her açtığında veya değiştirdiğinde bu kaydedilir. Burada o kişinin görevini ve tarihi görürsünüz.
inspection-view-date = Tarih
inspection-view-role = Görevi
inspection-view-what = Ne yapıldı
inspection-role-parent = Veli
inspection-role-administrator = Sistem yöneticisi
inspection-role-director = Okul yönetimi
inspection-role-care-coordinator = Ek destek sorumlusu (intern begeleider veya zorgcoördinator)
inspection-role-teacher = Öğretmen veya rehber öğretmen (mentor)
inspection-role-system = Driehoek programı (otomatik)

## (moved from trust-signin.ftl)
audit-action-export = kopya hazırlandı
audit-action-mfa-enrolled = iki adımlı doğrulama kuruldu
audit-action-mfa-reset = iki adımlı doğrulama yeniden kuruldu
audit-action-mfa-recovery-code-used = kurtarma kodu kullanıldı
audit-action-password-changed = şifre değiştirildi
audit-entity-inspection = dosyanın kopyası
audit-entity-staff = okul çalışanının hesabı

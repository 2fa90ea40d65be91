### parent-common.ftl — pages every parent can meet: frame, errors, forms, expired links.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from glossary.ftl)
glossary-footer-link = Okul kelimeleri ve anlamları

## (moved from main.ftl)
app-name = Driehoek
skip-to-content = İçeriğe geç
sign-out = Çıkış yap
language-switch = Dil
footer-text = Driehoek — veliler ve öğrencilerle birlikte, bütün okul yılı boyunca.
yes = Evet
no = Hayır
flash-prefix = Tamamlandı:
flash-signed-out = Çıkış yaptınız.
form-error-summary = Lütfen formu kontrol edin
form-error-prefix = Hata:
form-required = Bu alanı doldurmanız gerekiyor.
form-too-long = Bu çok uzun.
form-email-invalid = Bu geçerli bir e-posta adresi değil. Bir e-posta adresi şöyle görünür: naam@voorbeeld.nl.
link-invalid-title = Bu link artık çalışmıyor
link-invalid-body = Bu link daha önce kullanılmış veya süresi dolmuş. Yeni bir link isteyin. Bu çok kısa sürer.
error-code = Hata kodu { $status }
error-back-home = Ana sayfaya git
error-400-title = İşlem yapılamadı
error-400-body = İsteğiniz işlenemedi. Geri dönün ve tekrar deneyin.
error-403-title = Erişim yok
error-403-body = Bu sayfayı görme izniniz yok. Bunun bir hata olduğunu mu düşünüyorsunuz? Okulunuzdaki sistem yöneticisine sorun.
error-404-title = Sayfa bulunamadı
error-404-body = Bu sayfa yok veya artık yok. Ya da bu sayfayı görme izniniz yok.
error-413-title = Çok büyük
error-413-body = Gönderdiğiniz şey çok büyük. Daha küçük bir dosya deneyin.
error-429-title = Lütfen biraz bekleyin
error-429-body = Aynı anda çok fazla istek geldi. Biraz bekleyin ve tekrar deneyin.
error-500-title = Bir şeyler ters gitti
error-500-body = Bizim tarafımızda bir sorun oldu. Daha önce kaydedilen hiçbir şey kaybolmadı. Lütfen biraz sonra tekrar deneyin.

## (moved from rounds.ftl)
attention-prefix = Dikkat:

## (moved from trust-rights.ftl)
privacy-footer-link = Gizlilik

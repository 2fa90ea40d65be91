## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = Bu toplantı başladı veya sona erdi. Cevabınızı artık değiştiremezsiniz. Bir sorunuz mu var? Lütfen okulla iletişime geçin.
gathering-interpreter-choose = Bir dil seçin…
gathering-interpreter-other = Başka bir dil
gathering-interpreter-other-label = Başka dil (dilin adını yazın)
gathering-error-interpreter-language = Tercüman istiyorsunuz. Lütfen hangi dilde olduğunu seçin veya başka bir dil yazın.

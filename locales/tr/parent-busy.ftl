# The page shown when the server is very busy (HTTP 503), e.g. the evening booking opens.
parent-busy-title = Şu anda çok yoğun
parent-busy-body = Şu anda çok yoğun. Hiçbir şey kaybolmadı ve linkiniz çalışmaya devam ediyor. Lütfen biraz sonra tekrar deneyin.
parent-busy-nothing-held = İsteğiniz işlenmedi. Hiçbir randevu alınmadı veya değiştirilmedi. Kimse için bir saat ayrılmadı.
parent-busy-try-again = Tekrar dene

## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = To spotkanie już się rozpoczęło lub zakończyło. Nie mogą Państwo już zmienić odpowiedzi. Mają Państwo pytanie? Prosimy o kontakt ze szkołą.
gathering-interpreter-choose = Proszę wybrać język…
gathering-interpreter-other = Inny język
gathering-interpreter-other-label = Inny język (proszę wpisać nazwę języka)
gathering-error-interpreter-language = Chcą Państwo tłumacza. Prosimy wybrać język lub wpisać inny język.

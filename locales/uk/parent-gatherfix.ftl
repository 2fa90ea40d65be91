## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = Ця зустріч уже почалася або закінчилася. Ви більше не можете змінити свою відповідь. Маєте запитання? Будь ласка, зверніться до школи.
gathering-interpreter-choose = Виберіть мову…
gathering-interpreter-other = Інша мова
gathering-interpreter-other-label = Інша мова (напишіть назву мови)
gathering-error-interpreter-language = Ви хочете перекладача. Будь ласка, виберіть мову або напишіть іншу мову.

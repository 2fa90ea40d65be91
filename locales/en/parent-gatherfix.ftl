## Gatherings: the family's answer page (closing, interpreter language)
gathering-rsvp-closed = This gathering has already started or is over. You can no longer change your answer. Do you have a question? Please contact the school.
gathering-interpreter-choose = Choose a language…
gathering-interpreter-other = Another language
gathering-interpreter-other-label = Other language (type the name of the language)
gathering-error-interpreter-language = You would like an interpreter. Please choose the language, or type another language.

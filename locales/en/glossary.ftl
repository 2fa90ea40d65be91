### School terms explained: school words in plain language, for parents (/begrippen)


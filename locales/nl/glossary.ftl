### Begrippen uitgelegd: schoolwoorden in gewone taal, voor ouders (/begrippen)


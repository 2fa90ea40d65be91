### parent-common.ftl — pages every parent can meet: frame, errors, forms, expired links.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from glossary.ftl)
glossary-footer-link = Begrippen uitgelegd

## (moved from main.ftl)
app-name = Driehoek
skip-to-content = Naar de inhoud
sign-out = Uitloggen
language-switch = Taal
footer-text = Driehoek — samen met ouders en leerling, het hele schooljaar.
yes = Ja
no = Nee
flash-prefix = Gelukt:
flash-signed-out = U bent uitgelogd.
form-error-summary = Controleer het formulier
form-error-prefix = Fout:
form-required = Dit veld is verplicht.
form-too-long = Dit is te lang.
form-email-invalid = Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.
link-invalid-title = Deze link werkt niet meer
link-invalid-body = De link is al gebruikt of verlopen. Vraag een nieuwe aan; dat duurt maar even.
error-code = Foutcode { $status }
error-back-home = Naar de startpagina
error-400-title = Dat ging niet goed
error-400-body = Het verzoek kon niet worden verwerkt. Ga terug en probeer het opnieuw.
error-403-title = Geen toegang
error-403-body = U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Vraag het de beheerder van uw school.
error-404-title = Pagina niet gevonden
error-404-body = Deze pagina bestaat niet (meer), of u heeft er geen toegang toe.
error-413-title = Te groot
error-413-body = Wat u verstuurde is te groot. Probeer een kleiner bestand.
error-429-title = Even geduld
error-429-body = Er kwamen te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.
error-500-title = Er ging iets mis
error-500-body = Er ging aan onze kant iets mis. Er is niets verloren gegaan van wat al was opgeslagen. Probeer het zo nog eens.

## (moved from rounds.ftl)
attention-prefix = Let op:

## (moved from trust-rights.ftl)
privacy-footer-link = Privacy

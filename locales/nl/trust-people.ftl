## Guardians, records and the parents' view: access and audit (issue "Trust")
school-guardian-email-roles = Wie mag het e-mailadres van een ouder wijzigen?
school-guardian-email-roles-hint = Naar dit adres gaat de inloglink van de ouder. Beheerders mogen het altijd wijzigen; vink aan wie dat ook mag. Elke wijziging komt in het logboek en het oude adres krijgt bericht.
guardian-email-known-elsewhere = Dit e-mailadres hoort al bij een ouder of verzorger van de school die u niet kunt inzien. Vraag een beheerder om deze ouder aan de leerling te koppelen.
guardian-email-change-not-allowed = U mag het e-mailadres van een ouder niet wijzigen. Vraag een beheerder om het adres aan te passen; de andere gegevens kunt u wel opslaan als u het adres laat staan.
guardian-changed-meanwhile = Iemand anders heeft de gegevens van deze ouder intussen gewijzigd. Open de pagina opnieuw en probeer het nog eens.
contact-date-invalid = Vul een geldige datum in, bijvoorbeeld 14-03-2026, of laat het veld leeg voor vandaag.
contact-fix-title = Contact vastleggen
flash-record-closed-meanwhile = Dit verslag is intussen afgesloten; uw wijzigingen zijn niet opgeslagen.
field-happened_on = Datum van het contact
field-contact_summary = Wat is er besproken?
contact-summary-required = Schrijf kort op wat er besproken is.
field-channel = Hoe was het contact?

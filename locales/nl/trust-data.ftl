## Trust: the data's life cycle (outbox masking, retention)

trust-outbox-masked = Deze mail is verstuurd. De persoonlijke links erin zijn hier onleesbaar gemaakt: ze zijn van de ontvanger.

trust-retention-title = Bewaartermijn
trust-retention-intro = Een leerlingdossier bewaart de school tot twee jaar nadat de leerling de school verliet. Elke nacht verwijdert Driehoek wat langer is bewaard. Wat ouders in exitgesprekken zeiden, blijft zonder namen en zonder koppeling aan de leerling bewaard, zodat de jaren te vergelijken blijven.
field-retention_years = Bewaartermijn na vertrek (jaren)
trust-retention-years-hint = Standaard 2 jaar. Kies een langere termijn alleen als de school daar een reden voor heeft vastgelegd.
trust-retention-years-invalid = Vul een aantal jaren in van 1 tot en met 10.
trust-retention-next-title = Wat de volgende ronde verwijdert
trust-retention-next-intro = Dossiers van leerlingen die vóór { $date } vertrokken:
trust-retention-pupils = Leerlingen
trust-retention-records = Gespreksverslagen
trust-retention-agreements = Afspraken
trust-retention-plans = Communicatieplannen
trust-retention-contacts = Contactmomenten
trust-retention-guardians = Ouders en verzorgers zonder ander kind op school
trust-retention-exits-kept = Exitgesprekken die zonder namen bewaard blijven
trust-retention-nothing = Er is nu niets ouder dan de bewaartermijn.
trust-retention-name = Naam
trust-retention-left-on = Vertrokken op
trust-retention-days-title = Wat na enkele dagen verdwijnt
trust-retention-days-intro = Verlopen inlogsessies, gebruikte of verlopen links, de inhoud van verstuurde mails (na 30 dagen) en geüploade bestanden die niet zijn ingelezen (na 7 dagen).
trust-retention-sessions = Verlopen sessies
trust-retention-tokens = Gebruikte of verlopen links
trust-retention-mails = Inhoud van verstuurde mails
trust-retention-imports = Geüploade bestanden

nav-retention = Bewaartermijn

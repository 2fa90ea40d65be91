## Trust (issue 9): rondes en inschrijven

# Families-pagina (personeel)
flash-problem-round-closed-no-invitations = Inschrijven voor deze ronde is gesloten: er zijn geen uitnodigingen of herinneringen verstuurd, want de links zouden niet meer werken.

# Inschrijfpagina (ouders)
booking-nothing-cancelled = Er is niets afgezegd: deze afspraak staat niet (meer) op uw naam. Hieronder ziet u hoe het nu staat.
booking-nothing-confirmed = Er is niets bevestigd: deze tijd is geen voorstel (meer) dat op u wacht. Hieronder ziet u hoe het nu staat.
booking-swap-not-in-this-round = Ruilen kan alleen als de school het rooster heeft gemaakt. U kunt hieronder zelf een andere vrije tijd kiezen.
booking-swap-too-many-open = U heeft al genoeg ruilverzoeken openstaan. Wacht u alstublieft op een antwoord voordat u een nieuw verzoek doet.
booking-swap-too-soon = U heeft net al een paar ruilverzoeken gedaan. Probeert u het later nog eens, zodat andere gezinnen niet te veel berichten krijgen.
booking-swap-too-many = U heeft in deze ronde het hoogste aantal ruilverzoeken bereikt. Neem contact op met de school als u toch een andere tijd nodig heeft.

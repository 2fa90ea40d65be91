## Trust (issue 9): rondes en inschrijven

# Families-pagina (personeel)
flash-problem-round-closed-no-invitations = Inschrijven voor deze ronde is gesloten: er zijn geen uitnodigingen of herinneringen verstuurd, want de links zouden niet meer werken.

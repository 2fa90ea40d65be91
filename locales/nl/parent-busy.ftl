# De pagina als de server het erg druk heeft (HTTP 503), bijvoorbeeld op de avond dat het plannen opengaat.
parent-busy-title = Het is nu erg druk
parent-busy-body = Het is erg druk — er gaat niets verloren, uw link blijft werken, probeer het over een ogenblik opnieuw.
parent-busy-nothing-held = Uw verzoek is niet verwerkt: er is niets geboekt of gewijzigd en er wordt voor niemand een tijd vastgehouden.
parent-busy-try-again = Opnieuw proberen

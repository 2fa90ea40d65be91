## Gatherings (staff): refused actions, read-only view, exit sessions
gathering-error-remind-started = De bijeenkomst is al begonnen: herinneren kan niet meer. Er is niets verstuurd.
gathering-error-attendance-early = De bijeenkomst is nog niet begonnen: u kunt de aanwezigheid pas daarna bijhouden. Er is niets opgeslagen.
gathering-read-only = Deze bijeenkomst is voor meer groepen. U ziet de antwoorden van de gezinnen van uw eigen groepen; uitnodigen, herinneren en aanwezigheid doet de schoolleiding.
exit-session-manage = Herinneren, aanwezigheid en lijst

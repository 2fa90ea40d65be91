# Inloggen: vertraging na verkeerde wachtwoorden, tweestapsverificatie, eigen wachtwoord wijzigen.

signin-wait = Er is te vaak een verkeerd wachtwoord gebruikt. { $minutes ->
        [one] Wacht een minuut
       *[other] Wacht { $minutes } minuten
    } en probeer het dan opnieuw, of vraag een nieuw wachtwoord aan.

# Inloggen: vertraging na verkeerde wachtwoorden, tweestapsverificatie, eigen wachtwoord wijzigen.

signin-wait = Er is te vaak een verkeerd wachtwoord gebruikt. { $minutes ->
        [one] Wacht een minuut
       *[other] Wacht { $minutes } minuten
    } en probeer het dan opnieuw, of vraag een nieuw wachtwoord aan.

password-common = Dit wachtwoord is te makkelijk te raden: het staat op lijsten van veelgebruikte of uitgelekte wachtwoorden, of lijkt op uw naam of e-mailadres. Kies een zin van een paar woorden die alleen u kent.
password-current-wrong = Dit is niet uw huidige wachtwoord.
flash-password-changed = Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.
field-current = Huidig wachtwoord

flash-problem-signin-step-expired = Die inlogpoging is verlopen. Vul uw e-mailadres en wachtwoord opnieuw in.
flash-problem-mfa-demo-exempt = Dit is een account van de demoschool: het logt in zonder tweede stap. Echte accounts van directie, intern begeleiders en beheerders gebruiken een code uit een app.

mfa-code-title = Code uit uw app
mfa-code-intro = Uw wachtwoord klopt. Vul nu de code van zes cijfers in die uw authenticator-app voor Driehoek laat zien.
mfa-code-label = Code
mfa-code-hint = Zes cijfers uit de app, of een van uw herstelcodes (zoals ABCDE-FGHJK).
mfa-code-submit = Inloggen
mfa-code-wrong = Deze code klopt niet of is al gebruikt. Wacht op de volgende code in de app en probeer het opnieuw.
mfa-code-lost = Telefoon kwijt en geen herstelcode meer? Vraag een beheerder van uw school om uw tweestapsverificatie opnieuw in te stellen.

mfa-enrol-title = Tweestapsverificatie instellen
mfa-enrol-intro = Driehoek bewaart gegevens over kinderen. Daarom logt u naast uw wachtwoord in met een code uit een app op uw telefoon.
mfa-enrol-step-app = Installeer een authenticator-app, bijvoorbeeld die van Microsoft of Google, of een wachtwoordbeheerder die codes maakt.
mfa-enrol-step-scan = Scan de QR-code hieronder met die app.
mfa-enrol-step-code = Vul de code van zes cijfers in die de app daarna laat zien.
mfa-enrol-qr-label = QR-code om Driehoek aan uw authenticator-app toe te voegen
mfa-enrol-by-hand = Kunt u niet scannen? Typ deze sleutel dan over in de app:
mfa-enrol-submit = Bevestigen

mfa-recovery-title = Uw herstelcodes
mfa-recovery-intro = Met deze codes logt u in als u uw telefoon kwijt bent. Elke code werkt één keer. Print ze of bewaar ze in uw wachtwoordbeheerder, niet op uw telefoon.
mfa-recovery-once = Deze codes ziet u alleen nu. Driehoek bewaart ze zo dat niemand ze kan teruglezen.
mfa-recovery-continue = Ik heb ze bewaard, verder

account-title = Mijn account
account-back = Terug naar mijn account
account-mfa-heading = Tweestapsverificatie
account-mfa-on = Aan: u logt in met uw wachtwoord en een code uit uw app.
account-mfa-required = Voor uw rol is tweestapsverificatie verplicht. Stel het nu in; bij de volgende keer inloggen wordt het toch gevraagd.
account-mfa-offered = Niet ingesteld. Met een code uit een app naast uw wachtwoord is uw account veel beter beschermd.
account-mfa-enrol = Tweestapsverificatie instellen
account-mfa-demo = Dit is een account van de demoschool. Het logt in zonder tweede stap, zodat de demo snel te proberen is.
account-mfa-resets = Tweestapsverificatie van een collega opnieuw instellen
account-password-heading = Wachtwoord
account-password-change = Wachtwoord wijzigen
account-password-intro = Vul uw huidige wachtwoord in en kies een nieuw. Daarna bent u op andere apparaten uitgelogd.
account-password-submit = Wachtwoord wijzigen

mfa-resets-title = Tweestapsverificatie van collega's
mfa-resets-intro = Is een collega de telefoon en de herstelcodes kwijt? Stel de tweestapsverificatie dan opnieuw in. De collega wordt uitgelogd en stelt bij de volgende keer inloggen een nieuwe app in. Dit wordt vastgelegd in het logboek.
mfa-resets-none = Nog geen collega gebruikt tweestapsverificatie.
mfa-resets-action = Actie
mfa-resets-button = Opnieuw instellen voor { $name }
flash-mfa-reset-done = De tweestapsverificatie is opnieuw ingesteld. De collega stelt bij de volgende keer inloggen een nieuwe app in.
school-mfa-legend = Tweestapsverificatie
school-mfa-for-all = Iedereen van het team logt in met een tweede stap, ook leerkrachten
school-mfa-hint = Beheerders, directeuren en zorgcoördinatoren gebruiken altijd een code uit een app. Met dit vinkje geldt dat ook voor leerkrachten: zij stellen het in bij de volgende keer inloggen.

## Audit labels for the security work

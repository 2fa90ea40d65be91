# The teacher's start page: this week, the start of the school year; the grouped menu and the Beheer page.
start-this-week = Deze week
start-year-asks = Het begin van het schooljaar
start-no-round = Voor uw groepen is nog geen ronde startgesprekken gepland. In de eerste weken leert u de ouders kennen: plant u die gesprekken nu.
start-plan-round = Plan de startgesprekken
start-all-reached = Met alle ouders van uw groepen is een startgesprek gehouden of gepland.
start-unreached = { $count ->
    [one] Nog niet bereikt: { $count } leerling
   *[other] Nog niet bereikt: { $count } leerlingen
}
start-planned = Gesprekken de komende zeven dagen
start-planned-none = Er staan de komende zeven dagen geen gesprekken gepland.
start-family-of = ouders van { $name }
start-open-rounds = Lopende gespreksrondes
start-round = Ronde
start-booked = Ingepland
start-invited = Uitgenodigd
start-not-reached = Nog niet bereikt
start-closes = inplannen kan tot { $when }
start-overdue = te laat
nav-admin = Beheer
admin-title = Beheer
admin-intro = Alles wat u als beheerder van de school regelt.
admin-school = De gegevens, teksten en instellingen van de school.
admin-staff = Teamleden uitnodigen, rollen en groepen toewijzen.
admin-import = Leerlingen, groepen en ouders inlezen uit de leerlingadministratie.
admin-outbox = De uitgaande mail en wat niet aankwam.
admin-audit = Wie wat heeft bekeken of gewijzigd.
admin-retention = Hoe lang gegevens bewaard blijven, en wat nu verwijderd kan worden.
admin-years = Schooljaren aanmaken, het volgende jaar voorbereiden, eerdere jaren inzien.

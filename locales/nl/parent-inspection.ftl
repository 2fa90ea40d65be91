### parent-inspection.ftl — what a parent reads of their own child's file (the inspection export) and the school's practical help page.
### Parent-facing: every key here is translated into every language in locales/.
### Added after the first split (issue 11): these keys were moved here from staff files.

## (moved from records.ftl)
log-channel-phone = Telefoon
log-channel-email = E-mail
log-channel-visit = Bezoek
log-channel-message = Bericht
log-channel-conversation = Gesprek
audit-action-view = Bekeken
audit-action-create = Toegevoegd
audit-action-update = Gewijzigd
audit-entity-pupil = leerlingpagina
audit-entity-record = gespreksverslag
audit-entity-plan = communicatieplan
audit-entity-agreement = afspraak
audit-entity-contact = contact
audit-entity-contact_moment = contactmoment
opp-status-asked = Gevraagd, nog geen besluit
opp-status-given = Instemming gegeven
opp-status-refused = Geweigerd
opp-status-withdrawn = Ingetrokken
audit-entity-opp = OPP
school-help-empty = De school heeft hier nog geen informatie neergezet. Vraag de leerkracht of mentor gerust waar u terecht kunt.
school-contact = Contact:

## (moved from trust-data.ftl)
audit-action-retention-removed = Verwijderd na de bewaartermijn
audit-entity-file = leerlingdossier
audit-entity-retention = bewaartermijn

## (moved from trust-people.ftl)
audit-action-link = Gekoppeld
audit-action-delete = Verwijderd
audit-action-archive = Gearchiveerd
audit-action-parent-view = Bekeken door ouder
audit-action-parent-update = Gewijzigd door ouder
audit-entity-guardian = ouder of verzorger
audit-entity-guardian-link = koppeling ouder en leerling

## (moved from trust-rights.ftl)
inspection-title = Inzage in het dossier van { $name }
inspection-made-on = Gemaakt op { $date }.
inspection-intro = Hieronder staat alles wat de school in Driehoek over uw kind bewaart: de gespreksverslagen die met u gedeeld zijn, de afspraken, het communicatieplan, de contacten, de instemming met het OPP en wie het dossier heeft bekeken. U kunt deze pagina printen of als bestand downloaden.
inspection-main-facts = U heeft geen ouderlijk gezag over dit kind. De wet geeft u recht op de belangrijkste informatie over hoe het met uw kind gaat. Daarom ziet u hier alleen welke gesprekken er zijn gevoerd (soort en datum) en over welke onderwerpen afspraken zijn gemaakt, met de stand en de datum waarop ze worden bekeken. Heeft u vragen? Neem dan contact op met de school.
inspection-json = Downloaden als bestand (JSON)
inspection-back = Terug
inspection-child = Uw kind
inspection-name = Naam
inspection-birth = Geboortedatum
inspection-group = Groep of klas
inspection-school = School
inspection-conversations = Gesprekken
inspection-present = Aanwezig
inspection-none = Niets vastgelegd.
inspection-contacts = Contacten met de school
inspection-opp = Instemming met het ontwikkelingsperspectief (OPP)
inspection-views = Wie heeft het dossier bekeken of gewijzigd
inspection-views-intro = Elke keer dat iemand van de school (of een ouder) het dossier van uw kind opent of wijzigt, wordt dat vastgelegd. U ziet hier de rol van die persoon en de datum.
inspection-view-date = Datum
inspection-view-role = Rol
inspection-view-what = Wat
inspection-role-parent = Ouder
inspection-role-administrator = Beheerder
inspection-role-director = Directie
inspection-role-care-coordinator = Intern begeleider of zorgcoördinator
inspection-role-teacher = Leerkracht of mentor
inspection-role-system = Driehoek zelf

## (moved from trust-signin.ftl)
audit-action-export = export gemaakt
audit-action-mfa-enrolled = tweestapsverificatie ingesteld
audit-action-mfa-reset = tweestapsverificatie opnieuw ingesteld
audit-action-mfa-recovery-code-used = herstelcode gebruikt
audit-action-password-changed = wachtwoord gewijzigd
audit-entity-inspection = inzage-export
audit-entity-staff = account van een medewerker

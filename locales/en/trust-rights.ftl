## Trust: small holes and the parents' rights

## Adding a colleague whose address has an account at another school
mail-staff-elsewhere-subject = Invitation from { $school } to Driehoek
mail-staff-elsewhere-body =
    Dear { $name },

    { $school } wanted to add you as a colleague in Driehoek. This e-mail address already has an account at another school, and one address belongs to one account, so nothing has changed to your account.

    Do you work for { $school } too? Then ask its administrator to add you with another e-mail address.

    Not expecting this e-mail? Then you can ignore it.

## The one-time link to set up Driehoek
setup-needs-link = Driehoek is set up through a one-time link. That link is in the server's log, printed at every start until Driehoek is set up, and works for 24 hours.
setup-needs-link-how = Ask whoever runs the server for the link that starts with "/setup?token=". Lost the link? Restart Driehoek: a new link appears in the log and the old one stops working.

## Inspection: everything the school keeps about your child

## Privacy notice for parents
inspection-staff-link = Inspection export for parents or pupil

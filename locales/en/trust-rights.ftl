## Trust: small holes and the parents' rights

## Adding a colleague whose address has an account at another school
mail-staff-elsewhere-subject = Invitation from { $school } to Driehoek
mail-staff-elsewhere-body =
    Dear { $name },

    { $school } wanted to add you as a colleague in Driehoek. This e-mail address already has an account at another school, and one address belongs to one account, so nothing has changed to your account.

    Do you work for { $school } too? Then ask its administrator to add you with another e-mail address.

    Not expecting this e-mail? Then you can ignore it.

## The one-time link to set up Driehoek
setup-needs-link = Driehoek is set up through a one-time link. That link is in the server's log, from the first start.
setup-needs-link-how = Ask whoever runs the server for the link that starts with "/setup?token=". Lost the link? Restart Driehoek: a new link appears in the log and the old one stops working.

## Inspection: everything the school keeps about your child
inspection-title = Inspection of the file of { $name }
inspection-made-on = Made on { $date }.
inspection-intro = Below is everything the school keeps about your child in Driehoek: the conversation records shared with you, the agreements, the communication plan, the contacts, the consent to the OPP and who looked at the file. You can print this page or download it as a file.
inspection-main-facts = You do not have parental authority over this child. The law gives you the right to the main information about how your child is doing. So you see here only which conversations were held (kind and date) and the topics of the agreements, with their status and the date they will be looked at again. Questions? Please contact the school.
inspection-json = Download as a file (JSON)
inspection-back = Back
inspection-child = Your child
inspection-name = Name
inspection-birth = Date of birth
inspection-group = Group or class
inspection-school = School
inspection-conversations = Conversations
inspection-present = Present
inspection-none = Nothing recorded.
inspection-contacts = Contacts with the school
inspection-opp = Consent to the development perspective plan (OPP)
inspection-views = Who looked at or changed the file
inspection-views-intro = Every time someone at the school (or a parent) opens or changes your child's file, it is recorded. You see that person's role and the date.
inspection-view-date = Date
inspection-view-role = Role
inspection-view-what = What
inspection-role-parent = Parent
inspection-role-administrator = Administrator
inspection-role-director = Management
inspection-role-care-coordinator = Care coordinator
inspection-role-teacher = Teacher or mentor
inspection-role-system = Driehoek itself

## Privacy notice for parents
inspection-staff-link = Inspection export for parents or pupil

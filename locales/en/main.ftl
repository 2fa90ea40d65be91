### Driehoek — English texts

nav-label = Main menu
nav-home = Home
nav-groups = Groups
nav-pupils = Pupils
nav-guardians = Parents
nav-staff = Staff
nav-import = Import
nav-outbox = Outgoing mail
table-region = Table; scroll sideways to see everything
breadcrumbs = Breadcrumbs
actions = Actions
status = Status
search = Search
search-label = Search term
save = Save
cancel = Cancel
edit = Edit
archive = Archive
restore = Restore
archived = Archived
show-archived = Include archived
ok = Fine
list-empty = Nothing found.
list-limited = Only the first 200 are shown. Narrow your search to find the rest.
pagination = Pagination
page-previous = Previous
page-next = Next
page-of = Page { $page } of { $pages }
all-groups = All groups
no-group = No group
date-hint = For example 04-03-2016 (day-month-year).

## Months and days

## Messages after an action
flash-saved = Your changes have been saved.
flash-archived = Archived. You can restore it at any time.
flash-restored = Restored.
flash-welcome = Welcome! Driehoek is set up. Now invite your colleagues or import your pupils.
flash-password-set = Your password has been set. You are signed in.
flash-staff-invited = The invitation has been sent. Your colleague chooses a password through the link in the e-mail.
flash-staff-disabled = The account has been disabled and signed out everywhere.
flash-staff-enabled = The account is active again.
flash-problem-staff-not-self = You cannot disable your own account.
flash-guardian-linked = This parent was already known (same e-mail address) and is now linked to this pupil as well.
flash-guardian-unlinked = The parent is no longer linked to this pupil.
flash-import-discarded = The import file has been deleted. Nothing was imported.
flash-problem-import-has-errors = This file still contains errors. Correct the file and upload it again.

## Forms
form-choose-option = Choose one of the options.
field-school_name = School name
field-city = Town or city
field-brin = BRIN number
school-brin-hint = Four characters, such as 27KX, optionally followed by the location number (27KX00). With a BRIN number set, Driehoek refuses another school's EDEX file when you prepare a new school year.
school-brin-invalid = A BRIN number is two digits followed by two letters or digits, such as 27KX, optionally with two digits for the location after it. Leave the field empty if you do not know it.
field-name = Name
field-password = Password
field-confirm = Repeat the password
field-roles = Roles
field-grade = Grade (year)
field-school_type = Type of school
field-external_id = Pupil number
field-first_name = First name
field-name_prefix = Name prefix
field-last_name = Last name
field-date_of_birth = Date of birth
field-group_id = Group
field-phone = Phone
field-language = Preferred language
field-interpreter_needed = Needs an interpreter in conversations
field-relationship = Relationship to the pupil
field-parental_authority = Has parental authority
field-own_household = Lives at a separate address (apart from the other parent)
field-receives_invitations = Receives invitations to conversations
password-hint = At least 12 characters. A sentence of a few words is strong and easy to remember.
password-too-short = The password is too short: use at least 12 characters.
password-too-long = The password is too long: use at most 256 characters.
password-mismatch = The two passwords are not the same.

## Roles
role-teacher = Teacher / mentor
role-care-coordinator = Care coordinator
role-director = Director
role-administrator = Administrator

## School types
school-type-po = Primary education
school-type-so = Special primary education
school-type-vo = Secondary education
school-type-vso = Special secondary education
school-type-mbo = Vocational education (mbo)

## Languages
language-nl = Dutch
language-en = English
language-ar = Arabic
language-tr = Turkish
language-pl = Polish
language-uk = Ukrainian
language-so = Somali
language-ti = Tigrinya
language-fa = Persian
language-de = German
language-fr = French
language-es = Spanish

## Set-up
setup-title = Set up Driehoek
setup-intro = Welcome. Enter your school's name and create the first administrator account. Then invite your colleagues and import your pupils.
setup-school-legend = The school
setup-admin-legend = Your account (administrator)
setup-also-director = I am also the director of this school
setup-submit = Set up the school

## Sign-in
sign-in-title = Staff sign-in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-parents = Are you a parent or carer? You don't need to sign in: you receive a personal link by e-mail.
sign-in-failed = The e-mail address or password is not right. Please try again.
sign-in-throttled = A wrong password was used too many times. Wait fifteen minutes and try again, or request a new password.
back-to-sign-in = Back to sign-in
forgot-title = Request a new password
forgot-intro = Enter your e-mail address. If it belongs to an account, we send a link to choose a new password within the hour.
forgot-submit = Send me a link
forgot-sent = If this e-mail address belongs to an account, a link is on its way. Please check your spam folder too.
set-password-title = Choose a new password
set-password-welcome = Welcome, { $name }
set-password-invite-intro = You have been invited to Driehoek. Choose a password; you are then signed in straight away.
set-password-reset-intro = Choose a new password. You will be signed out on all other devices.
set-password-submit = Save password

## Home
home-title = Home
home-school-year = School year { $year }
home-my-groups = My groups
home-no-groups = You are not linked to a group yet. Ask your administrator to link you to your group.
home-school-figures = The school in figures
home-attention = Needs attention
home-admin-tasks = Administration
home-mail-waiting = { $count ->
    [0] No mail waiting
    [one] 1 mail waiting
   *[other] { $count } mails waiting
}
stat-pupils = Pupils
stat-groups = Groups
stat-guardians = Parents and carers
stat-staff = Staff
attention-groups-without-staff = { $count ->
    [0] Every group has a teacher.
    [one] 1 group has no teacher yet.
   *[other] { $count } groups have no teacher yet.
}
attention-pupils-without-guardian = { $count ->
    [0] Parents are known for every pupil.
    [one] No parents are known yet for 1 pupil.
   *[other] No parents are known yet for { $count } pupils.
}
attention-guardians-without-email = { $count ->
    [0] Every parent has an e-mail address.
    [one] 1 parent has no e-mail address: reach them by phone or in person.
   *[other] { $count } parents have no e-mail address: reach them by phone or in person.
}
attention-interpreter = { $count ->
    [0] No parents need an interpreter.
    [one] 1 parent needs an interpreter in conversations.
   *[other] { $count } parents need an interpreter in conversations.
}

## Staff
staff-title = Staff
staff-invite = Invite a colleague
staff-invite-intro = Your colleague receives an e-mail with a personal link to choose a password. The link is valid for a week.
staff-edit = Edit staff member
staff-send-invite = Send invitation
staff-search-placeholder = Search by name or e-mail address
staff-roles-hint = Teachers see only the pupils of their own groups. Directors, care coordinators and administrators see the whole school.
staff-groups-legend = Groups of this staff member
staff-roles-required = Choose at least one role.
staff-email-taken = There is already an account with this e-mail address.
staff-keep-own-admin = You cannot remove your own administrator role; ask another administrator.
staff-status-active = Active
staff-status-invited = Invited
staff-status-disabled = Disabled
staff-disable = Disable
staff-enable = Enable again
staff-resend = Send invitation again

## Groups
groups-title = Groups
groups-empty = There are no groups yet. Create a group or import your pupils with their groups.
groups-search-placeholder = Search for a group
group-new = New group
group-edit = Edit group
group-staff = Teachers and mentors
group-staff-hint = A group can have more than one teacher, for instance in a job share.
group-no-staff = No teacher yet
group-no-pupils = This group has no pupils yet.
group-name-hint = As the school names the group, for example 7B or 1/2A.
group-grade-hint = May be left empty: the grade is then taken from the name.
group-grade-invalid = Enter a number from 0 to 14.
group-name-taken = There is already a group with this name this school year.
pupil-count = { $count ->
    [0] No pupils
    [one] 1 pupil
   *[other] { $count } pupils
}

## Pupils
pupils-title = Pupils
pupils-empty = No pupils found.
pupils-search-placeholder = Search by name or pupil number
pupils-found = { $count ->
    [0] No pupils found
    [one] 1 pupil found
   *[other] { $count } pupils found
}
pupil-new = New pupil
pupil-edit = Edit pupil
pupil-guardians = Parents and carers
pupil-no-guardians = No parents or carers are known yet.
pupil-siblings = Brothers and sisters at school
pupil-no-siblings = No brothers or sisters known at this school.
pupil-external-id-hint = The number from the school administration. It lets a later import recognise this pupil.
pupil-prefix-hint = For example "van der" or "de".
pupil-external-id-invalid = Use only letters, digits and hyphens.
pupil-external-id-taken = There is already a pupil with this pupil number.
pupil-date-invalid = This is not a valid date of birth. Write the date as day-month-year, for example 04-03-2016.
age-years = { $count ->
    [one] 1 year old
   *[other] { $count } years old
}

## Parents and carers
guardians-title = Parents and carers
guardians-intro = Add parents from their child's page, or all at once with an import.
guardians-search-placeholder = Search by name, e-mail address or phone
guardian-children = Children
guardian-add = Add a parent or carer
guardian-add-for = Add a parent or carer for { $name }
guardian-add-hint = Is this parent already known through a brother or sister? Enter the same e-mail address: the parent is linked, not created twice.
guardian-edit = Edit parent or carer
guardian-edit-link = Change relationship and authority
guardian-link-legend = Relationship to the pupil
guardian-link-title = { $guardian } and { $pupil }
guardian-authority-hint = Both parents with parental authority have a right to information and each receive their own invitation.
guardian-language-hint = The language in which this parent prefers to receive information.
guardian-own-household = separate address
guardian-no-email = No e-mail
guardian-interpreter = Interpreter needed
guardian-unlink = Unlink from this pupil
guardian-phone-invalid = Use only digits, spaces, + - and brackets.
guardian-email-taken = Another parent already uses this e-mail address.

## Import
import-title = Import pupils and parents
import-intro = Import pupils, groups and parents from an export of your school administration (for example ParnasSys, ESIS or Magister) or your own spreadsheet.
import-rule-columns = Required columns: pupil number, last name, first name, date of birth and group. Up to two parents or carers per pupil can come along.
import-rule-format = A CSV file with semicolons or commas, in UTF-8 or Windows-1252 (as Excel saves it).
import-rule-update = Is a pupil already there? Their details are updated by pupil number. No duplicate pupils are created.
import-rule-preview = You first see a preview with any errors per line. Only when everything is right do you import the file: all or nothing.
import-sample = Download a sample file
import-file-label = File
import-file-hint = CSV file, at most 5 MB.
import-upload = Show the preview
import-no-file = Choose a file first.
import-too-large = This file is larger than 5 MB. Split it or export only the columns you need.
import-upload-failed = The upload did not succeed. Please try again.
import-recent = Earlier imports
import-rows = Lines
import-preview-title = Import preview
import-preview-file = File: { $file }
import-preview-encoding = character set { $encoding }
import-preview-separator = separator { $separator }
import-new-pupils = New pupils
import-updated-pupils = Pupils to update
import-errors = Errors
import-warnings = Warnings
import-file-problems = Problems with the file
import-ready = The file is fine. Check the preview, then import it.
import-blocked = This file cannot be imported yet. Correct the errors below in your file and upload it again. Nothing has changed yet.
import-commit = { $count ->
    [one] Import 1 line
   *[other] Import { $count } lines
}
import-discard = Discard file
import-columns = Which columns were recognised?
import-all-rows = All lines
import-rows-with-problems = Lines with errors or warnings
import-show-all = Show all lines
import-line = Line
import-problems = Remarks
import-progress = Import progress
import-running = { $count ->
    [one] Importing 1 line…
   *[other] Importing { $count } lines…
}
import-running-hint = This page refreshes itself. You may also close it: the import carries on.
import-done = The import is complete.
import-see-pupils = Go to the pupils
import-another = Import another file
import-failed-internal = The import failed because of a fault.
import-nothing-written = Nothing was imported: the data is exactly as it was before. Please try again later.
import-status-preview = Preview
import-status-running = Running
import-status-done = Imported
import-status-failed = Failed

## Outgoing mail
outbox-title = Outgoing mail
outbox-no-smtp = No mail server is configured. Mail is kept here and not sent. Set DRIEHOEK_SMTP_URL to send it for real.
outbox-empty = There is no mail yet.
outbox-created = Created
outbox-to = To
outbox-subject = Subject
mail-status-pending = Waiting
mail-status-sent = Sent
mail-status-failed = Failed
mail-status-sending = Sending

## Mail to staff
mail-invite-subject = Your Driehoek account at { $school }
mail-invite-body =
    Dear { $name },

    You have been invited to Driehoek, which { $school } uses to plan and record its conversations with parents and pupils.

    Choose a password through this link (valid for a week):
    { $link }

    Not expecting this e-mail? Then you can ignore it.
mail-reset-subject = New password for Driehoek
mail-reset-body =
    Dear { $name },

    Someone asked for a new password for your account at { $school }. Was it you? Then choose a new password within the hour at:
    { $link }

    Didn't ask for anything? Then you need not do anything; your password stays the same.

## Error pages

### parent-inspection.ftl — what a parent reads of their own child's file (the inspection export) and the school's practical help page.
### Parent-facing: every key here is translated into every language in locales/.
### Added after the first split (issue 11): these keys were moved here from staff files.

## (moved from records.ftl)
log-channel-phone = Phone
log-channel-email = E-mail
log-channel-visit = Visit
log-channel-message = Message
log-channel-conversation = Conversation
audit-action-view = Viewed
audit-action-create = Added
audit-action-update = Changed
audit-entity-pupil = pupil page
audit-entity-record = conversation record
audit-entity-plan = communication plan
audit-entity-agreement = agreement
audit-entity-contact = contact
audit-entity-contact_moment = contact moment
opp-status-asked = Asked, no decision yet
opp-status-given = Consent given
opp-status-refused = Refused
opp-status-withdrawn = Withdrawn
audit-entity-opp = OPP
school-help-empty = The school has not put any information here yet. Feel free to ask the teacher where you can turn.
school-contact = Contact:

## (moved from trust-data.ftl)
audit-action-retention-removed = Removed after the retention period
audit-entity-file = pupil's file
audit-entity-retention = retention period

## (moved from trust-people.ftl)
audit-action-link = Linked
audit-action-delete = Removed
audit-action-archive = Archived
audit-action-parent-view = Viewed by a parent
audit-action-parent-update = Changed by a parent
audit-entity-guardian = parent or carer
audit-entity-guardian-link = link between parent and pupil

## (moved from trust-rights.ftl)
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

## (moved from trust-signin.ftl)
audit-action-export = export made
audit-action-mfa-enrolled = two-step verification set up
audit-action-mfa-reset = two-step verification reset
audit-action-mfa-recovery-code-used = recovery code used
audit-action-password-changed = password changed
audit-entity-inspection = inspection export
audit-entity-staff = staff account

## Guardians, records and the parents' view: access and audit (issue "Trust")
school-guardian-email-roles = Who may change a parent's e-mail address?
school-guardian-email-roles-hint = The parent's sign-in link goes to this address. Administrators may always change it; tick who else may. Every change is logged and the old address is told.
guardian-email-known-elsewhere = This e-mail address already belongs to a parent or carer of the school whom you cannot see. Ask an administrator to link this parent to the pupil.
guardian-email-change-not-allowed = You may not change a parent's e-mail address. Ask an administrator to change it; you can save the other details if you leave the address as it was.
guardian-changed-meanwhile = Someone else changed this parent's details in the meantime. Open the page again and try once more.
contact-date-invalid = Enter a valid date, for example 14-03-2026, or leave the field empty for today.
contact-fix-title = Log a contact
flash-record-closed-meanwhile = This record was closed in the meantime; your changes were not saved.
field-happened_on = Date of the contact
field-contact_summary = What was discussed?
contact-summary-required = Write briefly what was discussed.
field-channel = How was the contact?

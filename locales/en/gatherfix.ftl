## Gatherings (staff): refused actions, read-only view, exit sessions
gathering-error-remind-started = The gathering has already started: reminders can no longer be sent. Nothing was sent.
gathering-error-attendance-early = The gathering has not started yet: you can keep attendance only afterwards. Nothing was saved.
gathering-read-only = This gathering is for more groups. You see the answers of your own groups' families; inviting, reminding and attendance are up to the school's management.
exit-session-manage = Reminders, attendance and list

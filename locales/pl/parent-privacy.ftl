# PLACEHOLDER — replaced by translation
### parent-privacy.ftl — the privacy notice.
### Parent-facing: every key here is translated into every language in locales/.

## (moved from trust-rights.ftl)
privacy-title = How the school handles your child's data
privacy-intro = The school uses Driehoek to plan and record its conversations with you and your child. This page says in plain words what is kept, why, for how long, who sees it and how you can inspect it.
privacy-what-title = What is kept
privacy-what = Your child's name, date of birth and group; your name, e-mail address, phone number and preferred language; the conversations you book; the records of conversations and the agreements made in them; the communication plan; short notes of contacts with you; and, if your child gets extra support, whether you consented to the development perspective plan (OPP). Who opens your child's file is recorded too.
privacy-why-title = Why
privacy-why = To work well together with you for your child's development: to plan conversations, agree who does what, and look back on it later. The school needs this data to do its task as a school. The data is not sold and not used for advertising.
privacy-who-title = Who sees it
privacy-who = Your child's teacher or mentor, the care coordinator, the school's management and the school's Driehoek administrator. Teachers see only the pupils of their own groups. You see what the school shares with you. Other parents see nothing about your child.
privacy-how-long-title = How long
privacy-how-long = Until two years after your child left the school. Then the records, agreements, plans and contact notes are deleted. The school keeps answers from an exit conversation only without names.
privacy-rights-title = Inspection and your other rights
privacy-rights = Do you have parental authority? Then you can see and download everything the school keeps about your child yourself: ask for a sign-in link on the parents' page and choose "Inspection" for your child. Is something wrong? Then you can ask the school to correct or delete it.
privacy-rights-paper = You can also ask the school for inspection on paper or in a conversation; the administrator then makes the same overview for you. A child of 16 or older can ask for it themselves.
privacy-rights-no-authority = You do not have parental authority? Then you get the main information about how your child is doing: which conversations were held and the topics of the agreements.
privacy-to-parent-page = To the parents' page

### School terms explained: school words in plain language, for parents (/begrippen)

glossary-title = School terms explained
glossary-footer-link = School terms explained
glossary-intro = Schools use words not everyone knows. This page explains them in plain language, with what they mean for you. Each term is shown in Dutch, the way the school will say it, followed by its English meaning.
glossary-toc = Topics on this page
glossary-for-you = What does this mean for you?
glossary-ask = Is a word missing, or is something still unclear? Feel free to ask your child's teacher or mentor. Nobody is expected to know these words until someone explains them.

glossary-group-conversations = Conversations with the school
glossary-group-support = Extra support for your child
glossary-group-people = Who is who at school
glossary-group-schools = Kinds of school
glossary-group-information = What the school keeps about your child
glossary-group-say = Having a say in the school

glossary-startgesprek-term = start-of-year conversation
glossary-startgesprek-text = A conversation at the start of the school year between you, your child and the teacher or mentor, in which you tell the school who your child is and what they need.
glossary-startgesprek-you = You know your child best, and the school wants to hear it from you. At the end you agree together how and how often you will keep in touch this year.

glossary-voortgangsgesprek-term = progress conversation
glossary-voortgangsgesprek-text = A conversation during the school year about how your child is doing, at home and at school.
glossary-voortgangsgesprek-you = It starts with what is going well. At the end you make agreements together: what your child will do, what you will do and what the school will do.

glossary-exitgesprek-term = exit conversation
glossary-exitgesprek-text = A conversation when your child leaves the school, to look back together on their time there.
glossary-exitgesprek-you = The school asks what went well and what could be better. Your honest opinion helps the school do better for the children still to come.

glossary-communicatieplan-term = tailored communication plan
glossary-communicatieplan-text = What you and the school agree about staying in touch: which way, how often, when you can be reached and how quickly you will get an answer.
glossary-communicatieplan-you = Every family is different: some like a phone call every month, others are happy with a few conversations a year. You can always ask to change the plan.

glossary-passend-onderwijs-term = education that fits every child
glossary-passend-onderwijs-text = The Dutch rule that every child gets education that suits what they can do and what they need, preferably at an ordinary school near home, with extra support where needed.

glossary-zorgplicht-term = duty to find a place
glossary-zorgplicht-text = When you apply for a child who needs extra support, the school must make sure there is a place that fits: at its own school or, if that is not possible, at another school that can help your child.
glossary-zorgplicht-you = Apply in writing and say that your child may need extra support. The school will then search with you; you do not have to go round all the schools yourself.

glossary-opp-term = development plan for extra support
glossary-opp-text = A plan for a child who needs more support than the school usually gives: what the school expects your child can achieve, and what support they will get for it.
glossary-opp-you = The school draws up the opp in consultation with you and discusses it with you at least once a year. The part about the support, the handelingsdeel, needs your consent.

glossary-handelingsdeel-term = support part of the opp
glossary-handelingsdeel-text = The part of the opp that says what extra support your child will get, from whom, how often and with what aim.
glossary-handelingsdeel-you = The school needs your consent before this extra support starts. You may ask questions, ask for changes and take your time before you decide.

glossary-instemming-term = right to consent
glossary-instemming-text = Your right to say yes or no to the support part of the opp: without your yes the school may not give that extra support.
glossary-instemming-you = You do not have to sign straight away. If you disagree, talk it over with the school first; if you cannot work it out together, an onderwijsconsulent (education consultant) can help you free of charge and independently.

glossary-handelingsplan-term = individual support plan
glossary-handelingsplan-text = A plan for one child for a short time, with a clear aim and the support that goes with it, for example extra reading practice every week.
glossary-handelingsplan-you = Feel free to ask what the aim is and how you can help at home, and ask afterwards how it went.

glossary-groepsplan-term = class plan
glossary-groepsplan-text = The teacher's plan for the whole class for a period: what the children will learn and how children who need more, or less, explanation will get it.

glossary-samenwerkingsverband-term = regional partnership of schools
glossary-samenwerkingsverband-text = The schools in a region that together arrange and pay for children to get the extra support they need, and that decide which children may go to special education.

glossary-tlv-term = admission statement for special education
glossary-tlv-text = A decision by the samenwerkingsverband that your child may go to a special (primary) school; without it such a school usually cannot enrol your child.
glossary-tlv-you = Usually the school applies for the tlv, in consultation with you. If you disagree with the decision, you can lodge an objection with the samenwerkingsverband.

glossary-mentor-term = mentor
glossary-mentor-text = At secondary school, the teacher who keeps an eye on how your child is doing overall and who is your first point of contact.
glossary-mentor-you = If you have a question or a worry, start with the mentor. They know who to bring in next.

glossary-ib-term = internal support coordinator
glossary-ib-text = At primary school, the staff member who helps teachers with children who need extra support, and who arranges and follows that support in the school.
glossary-ib-you = The ib'er sometimes joins conversations about extra support. You may always ask beforehand who will be at a conversation.

glossary-zorgcoordinator-term = support coordinator
glossary-zorgcoordinator-text = At secondary school, the staff member who arranges extra support for pupils and stays in touch with help outside the school, such as youth care.
glossary-zorgcoordinator-you = Your contact usually goes through the mentor; the zorgcoördinator joins in when your child needs more support.

glossary-po-vo-term = primary and secondary education
glossary-po-vo-text = Po (primair onderwijs) is primary school, for children from about 4 to 12; vo (voortgezet onderwijs) is the secondary school after it, such as vmbo, havo or vwo.

glossary-so-vso-term = special education, primary and secondary
glossary-so-vso-text = So (speciaal onderwijs, primary school age) and vso (voortgezet speciaal onderwijs, after that) are schools with small groups and a lot of guidance, for children who need a lot of extra support, for example because of a disability, an illness or difficulties with behaviour.

glossary-leerlingdossier-term = pupil file
glossary-leerlingdossier-text = Everything the school keeps about your child, such as personal details, reports, notes of conversations and agreements.
glossary-leerlingdossier-you = You may ask to see the file, and to have anything corrected that is not right.

glossary-leerlingvolgsysteem-term = pupil tracking system
glossary-leerlingvolgsysteem-text = The computer program in which the school keeps track of how your child develops over the years, for example with test results.

glossary-mr-term = participation council
glossary-mr-text = A council of parents and staff (at secondary school also pupils) that has a say in the school's plans; for some decisions the school needs the MR's consent.
glossary-mr-you = You can stand for election, or bring a subject to the MR. Its meetings are usually open to everyone.

glossary-ouderraad-term = parents' association
glossary-ouderraad-text = A group of parents who help the school with activities such as celebrations, outings and sports days, and who often manage the voluntary parental contribution.
glossary-ouderraad-you = Help is welcome: ask at school how you can join in. The ouderraad does not decide on the school's plans; that is what the MR does.

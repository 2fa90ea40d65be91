### Begrippen uitgelegd: schoolwoorden in gewone taal, voor ouders (/begrippen)

glossary-title = Begrippen uitgelegd
glossary-footer-link = Begrippen uitgelegd
glossary-intro = Op school vallen soms woorden die niet iedereen kent. Hier leggen we ze uit in gewone taal, met erbij wat ze voor u betekenen.
glossary-toc = Onderwerpen op deze pagina
glossary-for-you = Wat betekent dit voor u?
glossary-ask = Staat een woord er niet bij, of is iets nog niet duidelijk? Vraag het gerust aan de leerkracht of de mentor van uw kind. Niemand hoort deze woorden te kennen voordat iemand ze heeft uitgelegd.

glossary-group-conversations = Gesprekken met school
glossary-group-support = Extra hulp voor uw kind
glossary-group-people = Wie is wie op school
glossary-group-schools = Soorten onderwijs
glossary-group-information = Wat de school over uw kind bijhoudt
glossary-group-say = Meepraten over de school

glossary-startgesprek-term = Startgesprek
glossary-startgesprek-text = Een gesprek aan het begin van het schooljaar tussen u, uw kind en de leerkracht of mentor, waarin u vertelt wie uw kind is en wat het nodig heeft.
glossary-startgesprek-you = U kent uw kind het best, en de school wil dat van u horen. Aan het eind spreekt u samen af hoe en hoe vaak u dit jaar contact houdt.

glossary-voortgangsgesprek-term = Voortgangsgesprek
glossary-voortgangsgesprek-text = Een gesprek in de loop van het schooljaar over hoe het met uw kind gaat, thuis en op school.
glossary-voortgangsgesprek-you = Het gesprek begint met wat goed gaat. Aan het eind maakt u samen afspraken: wat uw kind doet, wat u doet en wat de school doet.

glossary-exitgesprek-term = Exitgesprek
glossary-exitgesprek-text = Een gesprek wanneer uw kind de school verlaat, om samen terug te kijken op de tijd op deze school.
glossary-exitgesprek-you = De school vraagt wat goed ging en wat beter kan. Uw eerlijke mening helpt de school voor de kinderen die nog komen.

glossary-communicatieplan-term = Communicatieplan op maat
glossary-communicatieplan-text = Wat u en de school afspreken over contact: op welke manier, hoe vaak, wanneer u bereikbaar bent en hoe snel u antwoord krijgt.
glossary-communicatieplan-you = Ieder gezin is anders: de een belt liever elke maand, de ander heeft genoeg aan een paar gesprekken per jaar. U kunt altijd vragen om het plan aan te passen.

glossary-passend-onderwijs-term = Passend onderwijs
glossary-passend-onderwijs-text = De regel in Nederland dat ieder kind onderwijs krijgt dat past bij wat het kan en nodig heeft, liefst op een gewone school dichtbij huis en met extra hulp waar dat nodig is.

glossary-zorgplicht-term = Zorgplicht
glossary-zorgplicht-text = Meldt u een kind aan dat extra hulp nodig heeft, dan moet de school zorgen voor een plek die past: op de eigen school, of anders op een andere school die uw kind wel kan helpen.
glossary-zorgplicht-you = Meld uw kind schriftelijk aan en vertel erbij dat het extra hulp nodig kan hebben. De school zoekt dan met u mee; u hoeft niet zelf alle scholen af.

glossary-opp-term = Ontwikkelingsperspectief (opp)
glossary-opp-text = Een plan voor een kind dat meer hulp nodig heeft dan de school gewoonlijk geeft: wat de school verwacht dat uw kind kan bereiken, en welke hulp het daarvoor krijgt.
glossary-opp-you = De school maakt het opp in overleg met u en bespreekt het minstens één keer per jaar met u. Voor het deel over de hulp, het handelingsdeel, is uw toestemming nodig.

glossary-handelingsdeel-term = Handelingsdeel (van het opp)
glossary-handelingsdeel-text = Het deel van het opp waarin staat welke extra hulp uw kind krijgt, van wie, hoe vaak en met welk doel.
glossary-handelingsdeel-you = De school heeft uw toestemming nodig voordat deze extra hulp begint. U mag vragen stellen, om een aanpassing vragen en er rustig over nadenken voordat u beslist.

glossary-instemming-term = Instemmingsrecht (instemming)
glossary-instemming-text = Uw recht om ja of nee te zeggen tegen het handelingsdeel van het opp: zonder uw ja mag de school die extra hulp niet geven.
glossary-instemming-you = U hoeft niet meteen te tekenen. Bent u het niet eens, bespreek dat dan eerst met de school; komt u er samen niet uit, dan kan een onderwijsconsulent u gratis en onafhankelijk helpen.

glossary-handelingsplan-term = Handelingsplan
glossary-handelingsplan-text = Een plan voor één kind voor een korte tijd, met een duidelijk doel en de hulp die daarbij hoort, bijvoorbeeld elke week extra oefenen met lezen.
glossary-handelingsplan-you = Vraag gerust wat het doel is en hoe u thuis kunt helpen, en vraag na afloop hoe het is gegaan.

glossary-groepsplan-term = Groepsplan
glossary-groepsplan-text = Het plan van de leerkracht voor de hele klas voor een periode: wat de kinderen gaan leren en hoe kinderen die meer of juist minder uitleg nodig hebben, die krijgen.

glossary-samenwerkingsverband-term = Samenwerkingsverband
glossary-samenwerkingsverband-text = De scholen in een regio die samen regelen en betalen dat kinderen de extra hulp krijgen die ze nodig hebben, en die beslissen welk kind naar het speciaal onderwijs mag.

glossary-tlv-term = Toelaatbaarheidsverklaring (tlv)
glossary-tlv-text = Een besluit van het samenwerkingsverband dat uw kind naar een school voor speciaal (basis)onderwijs mag; zonder dit besluit kan zo'n school uw kind meestal niet inschrijven.
glossary-tlv-you = Meestal vraagt de school de tlv aan, in overleg met u. Bent u het niet eens met het besluit, dan kunt u bezwaar maken bij het samenwerkingsverband.

glossary-mentor-term = Mentor
glossary-mentor-text = Op de middelbare school de docent die let op hoe het in het geheel met uw kind gaat, en die uw eerste aanspreekpunt is.
glossary-mentor-you = Hebt u een vraag of een zorg, begin dan bij de mentor. Die weet bij wie u verder moet zijn.

glossary-ib-term = Intern begeleider (ib'er)
glossary-ib-text = Op de basisschool de medewerker die leerkrachten helpt bij kinderen die extra hulp nodig hebben, en die die hulp op school regelt en bijhoudt.
glossary-ib-you = Bij gesprekken over extra hulp is de ib'er soms ook aanwezig. U mag altijd vooraf vragen wie er bij een gesprek zijn.

glossary-zorgcoordinator-term = Zorgcoördinator
glossary-zorgcoordinator-text = Op de middelbare school de medewerker die de extra hulp voor leerlingen regelt en contact houdt met hulp buiten de school, zoals jeugdhulp.
glossary-zorgcoordinator-you = Meestal loopt uw contact via de mentor; de zorgcoördinator komt erbij als uw kind meer hulp nodig heeft.

glossary-po-vo-term = Po en vo
glossary-po-vo-text = Po (primair onderwijs) is de basisschool, voor kinderen van ongeveer 4 tot 12 jaar; vo (voortgezet onderwijs) is de middelbare school daarna, zoals vmbo, havo of vwo.

glossary-so-vso-term = So en vso
glossary-so-vso-text = So (speciaal onderwijs, basisschoolleeftijd) en vso (voortgezet speciaal onderwijs, daarna) zijn scholen met kleine groepen en veel begeleiding, voor kinderen die veel extra hulp nodig hebben, bijvoorbeeld door een beperking, een ziekte of moeite met gedrag.

glossary-leerlingdossier-term = Leerlingdossier
glossary-leerlingdossier-text = Alles wat de school over uw kind bewaart, zoals gegevens, rapporten, verslagen van gesprekken en afspraken.
glossary-leerlingdossier-you = U mag vragen om het dossier in te zien, en om iets te laten verbeteren dat niet klopt.

glossary-leerlingvolgsysteem-term = Leerlingvolgsysteem
glossary-leerlingvolgsysteem-text = Het computerprogramma waarin de school bijhoudt hoe uw kind zich door de jaren heen ontwikkelt, bijvoorbeeld met de uitslagen van toetsen.

glossary-mr-term = Medezeggenschapsraad (MR)
glossary-mr-text = Een raad van ouders en medewerkers (op de middelbare school ook leerlingen) die meepraat over de plannen van de school; voor sommige besluiten heeft de school de toestemming van de MR nodig.
glossary-mr-you = U kunt zich kandidaat stellen, of een onderwerp aan de MR voorleggen. De vergaderingen zijn meestal openbaar.

glossary-ouderraad-term = Ouderraad
glossary-ouderraad-text = Een groep ouders die de school helpt met activiteiten zoals feesten, uitstapjes en sportdagen, en vaak de vrijwillige ouderbijdrage beheert.
glossary-ouderraad-you = Meehelpen is welkom: vraag op school hoe u mee kunt doen. Over de plannen van de school beslist de ouderraad niet mee; dat doet de MR.

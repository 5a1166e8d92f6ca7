"""Demo content for the knowledge base, written anew from the facts in the seed documents."""

INITIATIVES = [
    {
        "slug": "austerlitz-zorgt-zeist",
        "name": "Zorgcoöperatie Austerlitz Zorgt",
        "place": "Austerlitz",
        "municipality": "Zeist",
        "province": "utrecht",
        "initiative_type": "zorgcooperatie",
        "legal_form": "cooperatieve-vereniging",
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "cooperatie-tot-uw-dienst",
        "name": "Coöperatie Tot uw Dienst",
        "place": "Laarbeek",
        "municipality": "Laarbeek",
        "province": "noord-brabant",
        "initiative_type": "zorgcooperatie",
        "legal_form": "cooperatieve-vereniging",
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "zorgcooperatie-hoogeloon-bladel",
        "name": "Zorgcoöperatie Hoogeloon",
        "place": "Hoogeloon",
        "municipality": "Bladel",
        "province": "noord-brabant",
        "initiative_type": "zorgcooperatie",
        "legal_form": None,
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "multifunctioneel-centrum-t-luukske",
        "name": "Multifunctioneel centrum 't Luukske",
        "place": "Wellerlooi",
        "municipality": "Bergen (L.)",
        "province": "limburg",
        "initiative_type": "buurthuis-met-bewonersregie",
        "legal_form": None,
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "netwerk-gezondheidspact-utrecht",
        "name": "Gezondheidspact Utrecht",
        "place": "Utrecht",
        "municipality": "Utrecht",
        "province": "utrecht",
        "initiative_type": None,
        "legal_form": None,
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "laefhoes-america",
        "name": "LaefHoês America",
        "place": "America",
        "municipality": "Horst aan de Maas",
        "province": "limburg",
        "initiative_type": None,
        "legal_form": None,
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "buurtcooperatie-apeldoorn-zuid",
        "name": "Buurtcoöperatie Apeldoorn-Zuid",
        "place": "Apeldoorn",
        "municipality": "Apeldoorn",
        "province": "gelderland",
        "initiative_type": "buurtcollectief",
        "legal_form": None,
        "website": None,
        "founding_year": None,
    },
    {
        "slug": "st-christophers-hospice-londen",
        "name": "St. Christopher's Hospice",
        "place": "Londen",
        "municipality": None,
        "province": None,
        "initiative_type": "hospice",
        "legal_form": None,
        "website": None,
        "founding_year": 1967,
    },
]

CASES = [
    {
        "slug": "austerlitz-zorgt",
        "title": "Austerlitz Zorgt: een zorgcoöperatie die de Wmo voor het hele dorp regelt",
        "initiative": "austerlitz-zorgt-zeist",
        "summary": (
            "In Austerlitz (gemeente Zeist) richtten bewoners een zorgcoöperatie op. Bijna de "
            "helft van het dorp is lid. De coöperatie levert de Wmo-ondersteuning voor alle "
            "dorpsbewoners en stemt haar diensten af op wat de leden nodig hebben."
        ),
        "themes": [
            "zorg-en-ondersteuning",
            "governance-en-zeggenschap",
            "samenwerking-gemeente-en-zorgpartijen",
            "wonen",
        ],
        "initiative_type": "zorgcooperatie",
        "legal_form": "cooperatieve-vereniging",
        "province": "utrecht",
        "setting": "dorp",
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": ["wmo-gemeente", "vrijwillige-inzet"],
        "development_stage": "volwassen",
        "body": [
            ("heading", "Zorg en steun, zo veel mogelijk door het dorp zelf"),
            (
                "paragraph",
                (
                    "<p>Austerlitz is een dorp in de gemeente Zeist, in de provincie Utrecht. "
                    "Bewoners van het dorp hebben samen de zorgcoöperatie <strong>Austerlitz "
                    "Zorgt</strong> opgericht. Hun doel: steun, zorg en wonen zo veel mogelijk "
                    "regelen voor en door de mensen uit het dorp.</p>"
                ),
            ),
            ("heading", "Waarom een coöperatieve vereniging?"),
            (
                "paragraph",
                (
                    "<p>De oprichters vonden draagvlak in het dorp het allerbelangrijkste. Daarom "
                    "kozen zij bewust voor de rechtsvorm <strong>coöperatieve vereniging</strong>. "
                    "Wie lid wordt, laat zien dat hij steun en zorg voor elkaar belangrijk vindt. "
                    "Dat werkt: bijna de helft van de inwoners van Austerlitz is lid geworden.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "Bijna de helft",
                    "label": "van de inwoners van Austerlitz is lid van de coöperatie",
                },
            ),
            ("heading", "Samenwerken met de gemeente: de Wmo voor het hele dorp"),
            (
                "paragraph",
                (
                    "<p>Austerlitz Zorgt verzorgt voor alle inwoners van het dorp de ondersteuning "
                    "uit de Wet maatschappelijke ondersteuning (Wmo). Dat is bijzonder. De "
                    "whitepaper van NLZVE en NVTZ noemt het een schoolvoorbeeld van goede "
                    "samenwerking tussen een bewonersinitiatief en de gemeente.</p><p>De "
                    "coöperatie zet waar het kan professionals en vrijwilligers uit de omgeving "
                    "in. Bewoners houden wel hun eigen keuze: niemand is verplicht de hulp van de "
                    "coöperatie te nemen.</p>"
                ),
            ),
            ("heading", "De leden bepalen wat er gebeurt"),
            (
                "paragraph",
                (
                    "<p>Welke diensten de coöperatie aanbiedt, hangt altijd af van wat de leden "
                    "nodig hebben. Dat hoort de coöperatie op twee manieren:</p><ul><li>tijdens de "
                    "ledenvergadering;</li><li>via onderzoek dat zij regelmatig onder de "
                    "dorpsbewoners houdt.</li></ul><p>Zo blijft het dorp nauw betrokken bij zijn "
                    "eigen coöperatie. Dat is ook de bedoeling van een aantal vaste "
                    "basisprincipes: die moeten ervoor zorgen dat de betrokkenheid van de "
                    "gemeenschap groot is én blijft.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Dorpsgenoten worden lid omdat zij zelf zien hoe belangrijk het is om "
                        "elkaar te steunen. Dat draagvlak is de basis van alles."
                    ),
                    "attribution": "Vrij weergegeven uit de whitepaper van NLZVE en NVTZ",
                },
            ),
        ],
        "what_worked": [
            (
                "Kies een rechtsvorm die draagvlak zichtbaar maakt: een coöperatieve vereniging "
                "met leden."
            ),
            "Laat de behoeften van de leden bepalen welke diensten er komen.",
            (
                "Vraag regelmatig aan dorpsbewoners wat zij nodig hebben, niet alleen op de "
                "ledenvergadering."
            ),
            "Werk met professionals en vrijwilligers uit de eigen omgeving.",
            "Laat bewoners altijd vrij in hun keuze voor hulp.",
        ],
        "lessons": [
            (
                "Met goede afspraken met de gemeente kunnen bewoners zelf de Wmo-ondersteuning "
                "voor hun dorp regelen."
            ),
            (
                "Lidmaatschap houdt de betrokkenheid van het dorp groot, ook als het initiatief "
                "groeit."
            ),
        ],
        "tags": ["zorgcoöperatie", "wmo", "lidmaatschap", "dorp", "zeist"],
        "keywords_nl": (
            "cooperatie zorgcooperatie dorpscoöperatie coöperatieve vereniging Zeist Utrecht "
            "Wmo-taken Wmo-dienstverlening maatschappelijke ondersteuning gemeente leden draagvlak "
            "ledenvergadering"
        ),
    },
    {
        "slug": "tot-uw-dienst-laarbeek",
        "title": "Coöperatie Tot uw Dienst in Laarbeek: van vrijwilligers naar 35 medewerkers",
        "initiative": "cooperatie-tot-uw-dienst",
        "summary": (
            "Tot uw Dienst in Laarbeek begon als vrijwilligersorganisatie. Nu heeft de coöperatie "
            "35 medewerkers in vaste dienst en contracten met de gemeente en twee "
            "zorgverzekeraars. Vrijwilligers vormen zorgcirkels rond cliënten."
        ),
        "themes": [
            "zorg-en-ondersteuning",
            "samenwerking-gemeente-en-zorgpartijen",
            "organisatie-en-vrijwilligers",
            "financiering",
        ],
        "initiative_type": "zorgcooperatie",
        "legal_form": "cooperatieve-vereniging",
        "province": "noord-brabant",
        "setting": "dorp",
        "founding_year": None,
        "members": None,
        "paid_staff": 35,
        "volunteers": None,
        "funding_sources": ["wmo-gemeente", "zorgverzekeraar", "vrijwillige-inzet"],
        "development_stage": "volwassen",
        "body": [
            ("heading", "Gegroeid uit vrijwilligerswerk"),
            (
                "paragraph",
                (
                    "<p>Laarbeek is een gemeente in Noord-Brabant met vier dorpen. Daar werkt de "
                    "coöperatie <strong>Tot uw Dienst</strong>. Het begon als een organisatie van "
                    "vrijwilligers. Stap voor stap is het een professionele zorgorganisatie "
                    "geworden, met 35 medewerkers in vaste dienst.</p>"
                ),
            ),
            ("key_figure", {"value": "35", "label": "medewerkers in vaste dienst"}),
            (
                "paragraph",
                (
                    "<p>De medewerkers bieden:</p><ul><li>huishoudelijke "
                    "ondersteuning;</li><li>verzorging;</li><li>verpleging;</li><li>casemanagement "
                    "bij dementie.</li></ul>"
                ),
            ),
            ("heading", "Contracten met de gemeente en zorgverzekeraars"),
            (
                "paragraph",
                (
                    "<p>Tot uw Dienst heeft een contract met de gemeente Laarbeek. Daarnaast heeft "
                    "zij contracten met twee zorgverzekeraars. Zo levert een bewonersinitiatief "
                    "betaalde zorg, net als een gewone zorgaanbieder. In het strategisch plan van "
                    "NLZVE staat zo'n contract voor zorg in natura met een zorgverzekeraar genoemd "
                    "als een manier om zorg door bewonerscollectieven te betalen. Dat is voor veel "
                    "initiatieven van belang: ongeveer een kwart van de achterban van NLZVE houdt "
                    "zich bezig met een vorm van zorgverlening.</p>"
                ),
            ),
            ("heading", "Toch een echt dorpsinitiatief"),
            (
                "paragraph",
                (
                    "<p>Ondanks de groei blijft Tot uw Dienst van en voor de dorpen. Inwoners van "
                    "de vier dorpen zijn onder meer via hun lidmaatschap met de coöperatie "
                    "verbonden. Een <strong>Initiatiefgroep Gemeenschapskracht</strong> "
                    "organiseert activiteiten in wijken en buurten. Zo worden inwoners "
                    "gestimuleerd om naar elkaar om te kijken.</p>"
                ),
            ),
            ("heading", "Zorgcirkels van vrijwilligers"),
            (
                "paragraph",
                (
                    "<p>Naast de hulp van de beroepskrachten zet de coöperatie zorgcirkels op. Dat "
                    "zijn groepjes vrijwilligers die samen één cliënt of patiënt ondersteunen. Tot "
                    "uw Dienst werkt ook samen met de voorzorgcirkels: kleine groepen ouderen die "
                    "afspreken hoe zij elkaar helpen bij het ouder worden. Zo vullen betaalde en "
                    "onbetaalde hulp elkaar aan: formele en informele zorg werken hier echt "
                    "samen.</p>"
                ),
            ),
        ],
        "what_worked": [
            "Groei stap voor stap: van vrijwilligers naar medewerkers in vaste dienst.",
            "Sluit contracten met de gemeente én met zorgverzekeraars.",
            "Houd de band met de dorpen vast, onder meer via lidmaatschap.",
            "Combineer de hulp van beroepskrachten met zorgcirkels van vrijwilligers.",
        ],
        "lessons": [
            "Professioneel worden en een dorpsinitiatief blijven kunnen samengaan.",
            (
                "Een aparte groep voor gemeenschapskracht houdt het omzien naar elkaar levend "
                "naast de betaalde zorg."
            ),
        ],
        "tags": [
            "zorgcoöperatie",
            "zorgverzekeraar",
            "personeel",
            "zorgcirkels",
            "laarbeek",
            "dementie",
        ],
        "keywords_nl": (
            "cooperatie zorgcooperatie zorgverzekeraar contract zorginkoop zorg in natura "
            "thuiszorg wijkverpleging huishoudelijke hulp medewerkers personeel loondienst "
            "professionaliseren Brabant"
        ),
    },
    {
        "slug": "zorgcooperatie-hoogeloon",
        "title": "Zorgcoöperatie Hoogeloon: de oudste zorgcoöperatie van Nederland",
        "initiative": "zorgcooperatie-hoogeloon-bladel",
        "summary": (
            "In Hoogeloon (gemeente Bladel) staat de oudste zorgcoöperatie van Nederland. Bewoners "
            "willen ouderen, chronisch zieken en mensen met een beperking in het dorp houden, "
            "zodat niemand noodgedwongen hoeft te vertrekken."
        ),
        "themes": [
            "zorg-en-ondersteuning",
            "wonen",
            "welzijn-en-ontmoeting",
            "maatschappelijke-impact",
        ],
        "initiative_type": "zorgcooperatie",
        "legal_form": None,
        "province": "noord-brabant",
        "setting": "dorp",
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": [],
        "development_stage": "volwassen",
        "body": [
            ("heading", "Blijven wonen in je eigen dorp"),
            (
                "paragraph",
                (
                    "<p>Hoogeloon is een dorp in de gemeente Bladel, in Noord-Brabant. Hier staat "
                    "de oudste zorgcoöperatie van ons land. Bewoners van het dorp namen zelf het "
                    "initiatief. Zij wilden dat ouderen, mensen met een chronische ziekte en "
                    "mensen met een beperking dichtbij kunnen blijven wonen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Het doel is helder. Wie hulp nodig heeft, hoeft het dorp niet "
                    "noodgedwongen te verlaten. Hij of zij blijft gewoon deel van de "
                    "gemeenschap.</p>"
                ),
            ),
            ("heading", "Goed voor het hele dorp"),
            (
                "paragraph",
                (
                    "<p>De coöperatie gaat uit van een eenvoudig idee. Als dorpsgenoten niet meer "
                    "weg hoeven, is dat goed voor de leefbaarheid van het dorp. En als mensen "
                    "samen zorgen voor een goed sociaal klimaat, groeit de solidariteit. Zorg is "
                    "in Hoogeloon dus niet alleen iets voor wie hulp nodig heeft. Het is een zaak "
                    "van iedereen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Samen zorgen voor een goed sociaal klimaat maakt het dorp leefbaarder en "
                        "de onderlinge band sterker."
                    ),
                    "attribution": "Vrij weergegeven uit de whitepaper van NLZVE en NVTZ",
                },
            ),
            ("heading", "Een bekend voorbeeld"),
            (
                "paragraph",
                (
                    "<p>De whitepaper van NLZVE en NVTZ over het samenspel met de formele zorg "
                    "noemt Zorgcoöperatie Hoogeloon bij de bekende voorbeelden van zorgzame "
                    "gemeenschappen, naast onder meer Austerlitz Zorgt. Volgens de Monitor "
                    "Zorgzame Gemeenschappen telde Nederland er in 2020 zo'n 1.500. Als oudste "
                    "zorgcoöperatie hoort Hoogeloon bij de pioniers van die beweging.</p>"
                ),
            ),
            ("heading", "Zelf beginnen? Zo gaat het vaak"),
            (
                "paragraph",
                (
                    "<p>De whitepaper beschrijft de stappen die veel zorgzame gemeenschappen "
                    "doorlopen:</p><ul><li>er is een gemeenschap van mensen die zich met elkaar "
                    "verbonden voelen;</li><li>er is een zorg die breed gedeeld wordt, "
                    "bijvoorbeeld dat ouderen aan het eind van hun leven elders moeten gaan "
                    "wonen;</li><li>een paar bewoners nemen het voortouw en zoeken steun in het "
                    "dorp;</li><li>het draagvlak wordt stevig, bijvoorbeeld via "
                    "lidmaatschap.</li></ul><p>Kijk ook hoe anderen het deden. U hoeft het wiel "
                    "niet zelf uit te vinden.</p>"
                ),
            ),
        ],
        "what_worked": [
            "Een helder doel dat iedereen begrijpt: niemand hoeft noodgedwongen weg uit het dorp.",
            "Zorg zien als een zaak van het hele dorp, niet alleen van wie hulp nodig heeft.",
            "Het initiatief ligt bij de bewoners zelf.",
        ],
        "lessons": [
            "Zorg dichtbij houden versterkt de leefbaarheid en de solidariteit in een dorp.",
            "Een goed sociaal klimaat is zowel een doel als een voorwaarde voor zorg in het dorp.",
        ],
        "tags": ["zorgcoöperatie", "dorp", "ouderen", "leefbaarheid", "bladel"],
        "keywords_nl": (
            "oudste zorgcooperatie cooperatie pionier Brabant Bladel Kempen ouderen chronisch "
            "zieken beperking in eigen dorp blijven wonen kleine kern leefbaarheid solidariteit"
        ),
    },
    {
        "slug": "hospices",
        "title": "Hospices: palliatieve zorg met vrijwilligers in een huiselijke sfeer",
        "initiative": None,
        "summary": (
            "Hospices zijn huizen voor palliatieve zorg in de laatste levensfase. Ze draaien "
            "grotendeels op vrijwilligers, met een klein team professionals. Veel hospices halen "
            "bewust hoogstens een derde van hun inkomsten uit subsidie, om onafhankelijk te "
            "blijven."
        ),
        "themes": [
            "zorg-en-ondersteuning",
            "financiering",
            "organisatie-en-vrijwilligers",
            "governance-en-zeggenschap",
        ],
        "initiative_type": "hospice",
        "legal_form": None,
        "province": None,
        "setting": None,
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": ["subsidie", "fondsen-en-giften", "vrijwillige-inzet"],
        "development_stage": None,
        "body": [
            ("heading", "Wat is een hospice?"),
            (
                "paragraph",
                (
                    "<p>Een hospice is een huis waar mensen in de laatste fase van hun leven wonen "
                    "en <strong>palliatieve zorg</strong> krijgen. Het meeste werk doen "
                    "vrijwilligers. Vaak is er ook een klein team van professionals. Zij zorgen "
                    "voor de meer specialistische medische begeleiding.</p>"
                ),
            ),
            ("heading", "Het leven van de bewoner staat voorop"),
            (
                "paragraph",
                (
                    "<p>Een hospice kijkt door de ogen van de bewoner. Het doel is een zo goed "
                    "mogelijke kwaliteit van leven in de laatste levensfase. Dat ziet u terug in "
                    "kleine dingen:</p><ul><li>er is geen vaste tijd om op te staan;</li><li>er "
                    "zijn geen vaste bezoekuren;</li><li>kleine huisdieren mogen vaak mee op de "
                    "kamer;</li><li>bewoners kunnen vrij in- en uitlopen;</li><li>naasten kunnen "
                    "er logeren.</li></ul><p>Zo blijft de sfeer huiselijk.</p>"
                ),
            ),
            ("heading", "Van Londen naar heel Nederland"),
            (
                "paragraph",
                (
                    "<p>Het idee komt uit Groot-Brittannië. Daar werd in 1967 in Londen het St. "
                    "Christopher's Hospice opgericht. In Nederland kwamen er vanaf de tweede helft "
                    "van de jaren tachtig steeds meer hospices bij. Nu zijn het er honderden, "
                    "verspreid over het hele land.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "1967",
                    "label": (
                        "St. Christopher's Hospice in Londen opgericht, het begin van de "
                        "hospicebeweging"
                    ),
                },
            ),
            ("heading", "Onafhankelijk door bewuste keuzes over geld"),
            (
                "paragraph",
                (
                    "<p>Veel hospices kiezen bewust voor een financieel model waarin "
                    "<strong>subsidies hoogstens een derde</strong> van de inkomsten vormen. Zo "
                    "bewaken zij hun eigen karakter en hangt hun voortbestaan niet te veel af van "
                    "de overheid. De keerzijde is dat het geld altijd wat onzeker blijft. Hospices "
                    "zijn sterk afhankelijk van giften.</p><p>De whitepaper van NLZVE en NVTZ ziet "
                    "hierin een les voor andere zorgzame gemeenschappen. Het succes van hospices "
                    "komt mogelijk deels doordat zij nooit voor het grootste deel van "
                    "overheidsgeld afhankelijk waren. Zo blijft de zeggenschap bij de "
                    "gemeenschap.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "Hoogstens 1/3",
                    "label": "van de inkomsten komt bij veel hospices uit subsidie",
                },
            ),
        ],
        "what_worked": [
            (
                "Vrijwilligers dragen het werk; een klein professioneel team zorgt voor de "
                "medische kant."
            ),
            "Werken vanuit de wensen van de bewoner, niet vanuit vaste regels.",
            "Subsidie bewust beperken tot hoogstens een derde van de inkomsten.",
            "Een huiselijke sfeer, met ruimte voor naasten.",
        ],
        "lessons": [
            (
                "Minder afhankelijk zijn van de overheid beschermt de zeggenschap, maar maakt de "
                "financiering onzekerder."
            ),
            "Wie het meeste geld uit giften haalt, is sterk afhankelijk van donateurs.",
        ],
        "tags": [
            "hospice",
            "palliatieve zorg",
            "vrijwilligers",
            "financiering",
            "laatste levensfase",
        ],
        "keywords_nl": (
            "hospice hospices bijna-thuis-huis stervensbegeleiding terminale zorg levenseinde zorg "
            "in de laatste levensfase vrijwilligers donaties giften subsidie onafhankelijk"
        ),
    },
    {
        "slug": "voorzorgcirkels",
        "title": "Voorzorgcirkels: ouderen maken samen afspraken over hulp bij het ouder worden",
        "initiative": None,
        "summary": (
            "In een voorzorgcirkel spreken een paar ouderen af hoe zij elkaar helpen als ze ouder "
            "worden. Het concept komt uit Noord-Brabant. De cirkels werken samen met welzijn, "
            "zorg, gemeenten, ouderenbonden en zorgcoöperaties zoals Tot uw Dienst."
        ),
        "themes": [
            "zorg-en-ondersteuning",
            "welzijn-en-ontmoeting",
            "samenwerking-gemeente-en-zorgpartijen",
            "wonen",
        ],
        "initiative_type": "voorzorgcirkel",
        "legal_form": None,
        "province": "noord-brabant",
        "setting": None,
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": [],
        "development_stage": None,
        "body": [
            ("heading", "Elkaar helpen bij het ouder worden"),
            (
                "paragraph",
                (
                    "<p>Een <strong>voorzorgcirkel</strong> is een kleine groep ouderen. Zij maken "
                    "samen afspraken over onderlinge hulp en steun, nu zij ouder worden. Zo weet "
                    "iedereen op wie hij kan terugvallen als dat nodig is. De afspraken worden "
                    "gemaakt vóórdat de zorg echt nodig is. Daarom heet het voorzorg.</p><p>Dat is "
                    "hard nodig. Het aantal ouderen verdubbelt naar verwachting in de komende "
                    "twintig jaar. Tegelijk worden families kleiner en wonen kinderen vaak verder "
                    "weg van hun ouders. Op hulp van familie alleen kunnen veel ouderen dus niet "
                    "meer rekenen. Buren kunnen een deel van dat gat opvullen.</p>"
                ),
            ),
            ("heading", "Waar komt het idee vandaan?"),
            (
                "paragraph",
                (
                    "<p>Het concept is ontwikkeld in Noord-Brabant, door Henk Geene. Hij was "
                    "eerder bestuurder in de zorg.</p>"
                ),
            ),
            ("heading", "Wie doen er mee?"),
            (
                "paragraph",
                (
                    "<p>De deelnemers wonen dicht bij elkaar. Denk aan:</p><ul><li>mensen uit "
                    "hetzelfde dorp;</li><li>buren in dezelfde buurt;</li><li>bewoners van één "
                    "gebouw waar veel ouderen wonen.</li></ul>"
                ),
            ),
            ("heading", "Samen met organisaties"),
            (
                "paragraph",
                (
                    "<p>Een voorzorgcirkel staat er niet alleen voor. De cirkels werken nauw samen "
                    "met welzijnsorganisaties, zorgorganisaties en gemeenten. Ook ouderenbonden en "
                    "zorgcoöperaties doen mee. Een voorbeeld is de coöperatie Tot uw Dienst in "
                    "Laarbeek. Die zet zelf ook zorgcirkels van vrijwilligers op rond cliënten. Zo "
                    "staat een voorzorgcirkel met één been in de buurt en met het andere in de "
                    "wereld van welzijn en zorg.</p>"
                ),
            ),
            ("heading", "Ook in collectieve woonprojecten"),
            (
                "paragraph",
                (
                    "<p>Hetzelfde idee vindt u in woonprojecten waar ouderen samen wonen. De "
                    "bewoners van een Knarrenhof vormen in de praktijk ook een voorzorgcirkel. "
                    "Volgens de whitepaper van NLZVE en NVTZ leverde dat al flinke besparingen op "
                    "de zorgkosten op, vergeleken met ouderen die helemaal zelfstandig wonen.</p>"
                ),
            ),
        ],
        "what_worked": [
            "Klein beginnen: een handvol ouderen die dicht bij elkaar wonen.",
            "Afspraken maken voordat de hulp echt nodig is.",
            "Nauw samenwerken met welzijn, zorg, gemeente, ouderenbond en zorgcoöperatie.",
        ],
        "lessons": [
            "Wie op tijd afspraken maakt met buren, staat er later niet alleen voor.",
            "Het concept past in een dorp, in een buurt en in één gebouw met veel ouderen.",
        ],
        "tags": ["voorzorgcirkel", "ouderen", "onderlinge hulp", "burenhulp", "noord-brabant"],
        "keywords_nl": (
            "voorzorg cirkel zorgcirkel ouder worden afspraken maken onderlinge hulp buren "
            "burenhulp samen oud worden senioren ouderenbond Brabant"
        ),
    },
    {
        "slug": "t-luukske-wellerlooi",
        "title": "'t Luukske in Wellerlooi: bewoners bouwen hun eigen dorpshuis en sporthal",
        "initiative": "multifunctioneel-centrum-t-luukske",
        "summary": (
            "Toen de gemeente Bergen in 2013 de gymzaal in Wellerlooi sloot en de subsidie voor "
            "het gemeenschapshuis afbouwde, bouwden bewoners zelf een multifunctioneel centrum. "
            "Groepsverhuur levert geld op voor de voorzieningen in het dorp."
        ),
        "themes": ["welzijn-en-ontmoeting", "financiering", "organisatie-en-vrijwilligers"],
        "initiative_type": "buurthuis-met-bewonersregie",
        "legal_form": None,
        "province": "limburg",
        "setting": "dorp",
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": ["eigen-inkomsten", "vrijwillige-inzet"],
        "development_stage": "volwassen",
        "body": [
            ("heading", "De gymzaal dicht, het dorp in actie"),
            (
                "paragraph",
                (
                    "<p>Wellerlooi is een dorp in de gemeente Bergen, in Noord-Limburg. In 2013 "
                    "besloot de gemeente de gymzaal in het dorp te sluiten. Ook de subsidie voor "
                    "het gemeenschapshuis zou worden afgebouwd. De dorpsbewoners lieten het daar "
                    "niet bij. Zij besloten zelf een multifunctioneel centrum neer te zetten: "
                    "<strong>'t Luukske</strong>.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "2013",
                    "label": (
                        "de gemeente sluit de gymzaal en bouwt de subsidie voor het dorpshuis af"
                    ),
                },
            ),
            ("heading", "Een thuis voor de verenigingen"),
            (
                "paragraph",
                (
                    "<p>De meeste verenigingen van Wellerlooi hebben nu hun thuis in het centrum. "
                    "In 2016 kwam er een nieuwe sporthal bij. Die is bijna helemaal gebouwd door "
                    "vrijwilligers uit het dorp. De basisschool en alle sportverenigingen uit het "
                    "dorp gebruiken de hal.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "2016",
                    "label": "nieuwe sporthal, bijna volledig gebouwd door vrijwilligers",
                },
            ),
            ("heading", "Verhuur als verdienmodel"),
            (
                "paragraph",
                (
                    "<p>De nieuwe zaal en de ruimtes van het dorpshuis vormen samen een "
                    "aantrekkelijke groepsaccommodatie. 't Luukske ligt aan de rand van het dorp, "
                    "vlak bij het bos. Daarom komen er verenigingen uit het hele land. In de "
                    "zomervakantie en in de weekenden huren groepen het gebouw voor een zomerkamp "
                    "of een trainingsweekend.</p><p>Die groepsverhuur is een belangrijk deel van "
                    "het verdienmodel. Het geld komt van buiten het dorp en houdt de voorzieningen "
                    "in het dorp overeind.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Met inkomsten van mensen van buiten houden we de voorzieningen in ons "
                        "eigen dorp in stand."
                    ),
                    "attribution": "Vrij weergegeven uit de whitepaper van NLZVE en NVTZ",
                },
            ),
            (
                "paragraph",
                (
                    "<p>De whitepaper van NLZVE en NVTZ noemt 't Luukske als voorbeeld van een "
                    "<strong>buurthuis met bewonersregie</strong>. De bewoners besturen het "
                    "centrum zelf en zorgen zelf voor een groot deel van de inkomsten.</p>"
                ),
            ),
        ],
        "what_worked": [
            "Een tegenslag (de sluiting) omzetten in een eigen plan.",
            "Vrijwilligers uit het dorp bouwen zelf.",
            "Alle verenigingen onder één dak brengen.",
            "Groepsverhuur aan mensen van buiten het dorp als bron van inkomsten.",
        ],
        "lessons": [
            "Een mooie ligging kan een bron van inkomsten worden.",
            "Wie minder subsidie krijgt, heeft een eigen verdienmodel nodig.",
        ],
        "tags": [
            "dorpshuis",
            "multifunctioneel centrum",
            "verhuur",
            "vrijwilligers",
            "sporthal",
            "limburg",
        ],
        "keywords_nl": (
            "dorpshuis gemeenschapshuis buurthuis mfc multifunctionele accommodatie gymzaal "
            "gesloten sluiting sporthal verhuur groepsaccommodatie verdienmodel subsidie afgebouwd "
            "Bergen Limburg"
        ),
    },
    {
        "slug": "ouderinitiatieven-pgb",
        "title": (
            "Ouderinitiatieven met een pgb: ouders regelen een woonvorm voor hun kind met een "
            "beperking"
        ),
        "initiative": None,
        "summary": (
            "Ouders van kinderen met een beperking zetten met een pgb zelf een woonvorm op. Zo'n "
            "5% van de mensen met een beperking die zorg met verblijf uit de Wlz krijgen, krijgt "
            "die via een ouderinitiatief. Wat gebeurt er als de ouders het niet meer kunnen?"
        ),
        "themes": [
            "wonen",
            "financiering",
            "wet-en-regelgeving",
            "samenwerking-gemeente-en-zorgpartijen",
        ],
        "initiative_type": "ouderinitiatief-pgb",
        "legal_form": None,
        "province": None,
        "setting": None,
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": ["pgb", "wlz"],
        "development_stage": None,
        "body": [
            ("heading", "Ouders nemen het heft in handen"),
            (
                "paragraph",
                (
                    "<p>Ouders van kinderen met een beperking richten soms samen een eigen "
                    "woonvorm op. Ze betalen de zorg met een <strong>persoonsgebonden budget "
                    "(pgb)</strong>. Deze vorm van burgerinitiatief staat dicht bij de wereld van "
                    "de zorginstellingen.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "5%",
                    "label": (
                        "van de mensen met een beperking die zorg met verblijf uit de Wlz krijgen, "
                        "krijgt die via een ouderinitiatief"
                    ),
                },
            ),
            ("heading", "Een pgb geeft ruimte, maar maakt ook kwetsbaar"),
            (
                "paragraph",
                (
                    "<p>Het pgb is vast geld van de overheid dat zulke initiatieven mogelijk "
                    "maakt. Maar het pgb is een paar keer in verband gebracht met fraude. Daardoor "
                    "is het beleid rond het pgb moeilijk te voorspellen. En omdat al het geld van "
                    "de overheid komt, hangt een ouderinitiatief sterk af van hoe de politiek over "
                    "het pgb denkt.</p><p>Het besturen van zo'n woonvorm is daarom niet eenvoudig. "
                    "Er dreigt steeds een botsing met zorginstellingen en met gemeenten.</p>"
                ),
            ),
            ("heading", "Wat als de ouders te oud worden?"),
            (
                "paragraph",
                (
                    "<p>Een belangrijke vraag is wat er gebeurt als ouders de woonvorm niet meer "
                    "zelf kunnen draaien. Soms is afgesproken dat een zorginstelling het dan "
                    "overneemt. Veel ouderinitiatieven leggen die overgang bewust vast als plan "
                    "voor de opvolging.</p><p>Dat hoeft geen probleem te zijn. De woongroep "
                    "bepaalt zelf wanneer het tijd is om taken over te dragen. De instelling kan "
                    "zich intussen richten op woongroepen waar de ouders de zorg niet meer kunnen "
                    "dragen. Eerst doet de samenleving een deel, via mantelzorg; daarna neemt de "
                    "instelling het over.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Burgerinitiatief en instelling kunnen elkaar aanvullen: de een begint, de "
                        "ander neemt het stokje over als dat nodig is."
                    ),
                    "attribution": "Vrij weergegeven uit de whitepaper van NLZVE en NVTZ",
                },
            ),
            ("heading", "Een open vraag"),
            (
                "paragraph",
                (
                    "<p>Vaak zijn ouderinitiatieven en zorginstellingen nog concurrenten. De "
                    "whitepaper stelt daarom een vraag: kunnen goede afspraken over besturing "
                    "(governance) ervoor zorgen dat zij elkaar in de tijd opvolgen, in plaats van "
                    "met elkaar te concurreren?</p>"
                ),
            ),
        ],
        "what_worked": [
            "Ouders houden zelf de regie over het wonen en de zorg van hun kind.",
            "De opvolging door een zorginstelling vooraf vastleggen.",
            "De woongroep bepaalt zelf het moment van overdracht.",
        ],
        "lessons": [
            (
                "Geld dat volledig van de overheid komt, maakt kwetsbaar: het beleid rond het pgb "
                "kan veranderen."
            ),
            "Regel op tijd wat er gebeurt als de ouders het niet meer kunnen.",
            "Initiatief en instelling werken beter samen als opvolgers dan als concurrenten.",
        ],
        "tags": ["pgb", "ouderinitiatief", "wlz", "gehandicaptenzorg", "woonvorm", "opvolging"],
        "keywords_nl": (
            "persoonsgebonden budget pgb-woonvorm ouderinitiatief wooninitiatief ouders "
            "gehandicapt kind handicap beperking woongroep kleinschalig wonen Wet langdurige zorg "
            "Wlz zorginstelling overname"
        ),
    },
    {
        "slug": "knarrenhof",
        "title": "Knarrenhof: samen wonen als ouderen, met voordelen van een voorzorgcirkel",
        "initiative": None,
        "summary": (
            "In een Knarrenhof wonen ouderen samen in een collectief woonproject. In de praktijk "
            "vormen de bewoners een voorzorgcirkel. Dat levert flinke besparingen op zorgkosten "
            "op, vergeleken met ouderen die volledig zelfstandig wonen."
        ),
        "themes": ["wonen", "zorg-en-ondersteuning", "maatschappelijke-impact"],
        "initiative_type": "wooninitiatief",
        "legal_form": None,
        "province": None,
        "setting": None,
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": [],
        "development_stage": None,
        "body": [
            ("heading", "Samen wonen, samen zorgen"),
            (
                "paragraph",
                (
                    "<p>Een <strong>Knarrenhof</strong> is een collectief woonproject voor "
                    "ouderen. De bewoners wonen er niet helemaal op zichzelf, maar samen met "
                    "andere ouderen. Zo ontstaat er in de praktijk een voorzorgcirkel: buren die "
                    "op elkaar kunnen rekenen bij het ouder worden.</p>"
                ),
            ),
            ("heading", "Wat is een voorzorgcirkel ook alweer?"),
            (
                "paragraph",
                (
                    "<p>Een voorzorgcirkel is een kleine groep ouderen die afspraken maakt over "
                    "hulp aan elkaar bij het ouder worden. Het concept komt uit Noord-Brabant. "
                    "Zo'n cirkel kan ontstaan in een dorp, in een buurt of in één gebouw waar veel "
                    "ouderen wonen. Een collectief woonproject is dus een logische plek.</p>"
                ),
            ),
            ("heading", "Minder zorgkosten"),
            (
                "paragraph",
                (
                    "<p>Volgens de whitepaper van NLZVE en NVTZ heeft deze manier van wonen al "
                    "flink bespaard op de zorgkosten. Dat is vergeleken met ouderen die volledig "
                    "zelfstandig wonen. De whitepaper noemt daarbij geen bedragen. Het voorbeeld "
                    "laat wel zien dat omzien naar elkaar niet alleen prettig is voor de bewoners, "
                    "maar ook de zorg ontlast.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Wie samen woont en naar elkaar omkijkt, heeft minder dure zorg nodig dan "
                        "wie er helemaal alleen voor staat."
                    ),
                    "attribution": "Vrij weergegeven uit de whitepaper van NLZVE en NVTZ",
                },
            ),
            ("heading", "Wonen wordt steeds belangrijker"),
            (
                "paragraph",
                (
                    "<p>Een deel van de zorgzame gemeenschappen bouwt zelf woningen, ook "
                    "zorgwoningen. NLZVE verwacht dat dit aantal snel groeit, omdat het huisvesten "
                    "van ouderen een groot vraagstuk wordt. In het strategisch plan 2022-2024 "
                    "staat dat NLZVE een servicebureau wil worden voor wooninitiatieven. Dat "
                    "bureau helpt in alle fasen, van het eerste plan tot de bouw.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Wilt u ook een woonproject voor ouderen starten? De NLZVE-helpdesk denkt "
                    "mee over woonvoorzieningen voor ouderen en andere kwetsbare groepen. U "
                    "bereikt de helpdesk op 0800-8010 (werkdagen van 9.00 tot 17.00 uur).</p>"
                ),
            ),
        ],
        "what_worked": [
            "Ouderen wonen dicht bij elkaar en kunnen op elkaar terugvallen.",
            "Wonen en onderlinge hulp gaan samen in één project.",
            "Een collectief woonproject maakt een voorzorgcirkel vanzelfsprekend.",
        ],
        "lessons": [
            "Samen wonen kan zorgkosten besparen ten opzichte van volledig zelfstandig wonen.",
            "Wooninitiatieven hebben steun nodig in alle fasen, van plan tot realisatie.",
        ],
        "tags": [
            "knarrenhof",
            "wonen",
            "ouderen",
            "voorzorgcirkel",
            "collectief wonen",
            "zorgkosten",
        ],
        "keywords_nl": (
            "hofje seniorenhofje knarrenhofje woongemeenschap ouderen samenwonen collectief wonen "
            "wooncollectief seniorenwoningen ouderenhuisvesting besparing zorgkosten"
        ),
    },
    {
        "slug": "gezondheidspact-utrecht",
        "title": (
            "Gezondheidspact Utrecht: van preventieakkoord naar een pact van bewoners en partners"
        ),
        "initiative": "netwerk-gezondheidspact-utrecht",
        "summary": (
            "De stad Utrecht maakte van haar lokale preventieakkoord het Gezondheidspact Utrecht. "
            "Bewoners, gemeente, wijkcoöperaties en zorginstellingen werken daarin als gelijken "
            "aan de gezondheid van alle inwoners. Ambassadeurs verbinden de stad."
        ),
        "themes": [
            "samenwerking-gemeente-en-zorgpartijen",
            "welzijn-en-ontmoeting",
            "zorg-en-ondersteuning",
            "governance-en-zeggenschap",
        ],
        "initiative_type": None,
        "legal_form": None,
        "province": "utrecht",
        "setting": "stad",
        "founding_year": None,
        "members": None,
        "paid_staff": None,
        "volunteers": None,
        "funding_sources": [],
        "development_stage": "groei",
        "body": [
            ("heading", "Een preventieakkoord wordt een pact"),
            (
                "paragraph",
                (
                    "<p>Utrecht heeft zijn lokale preventieakkoord omgevormd tot het "
                    "<strong>Gezondheidspact Utrecht</strong>. Daarin werken inwoners en "
                    "organisaties samen aan de gezondheid van iedereen die in de stad woont. "
                    "Preventie is dus niet alleen een zaak van de gemeente, maar van de hele "
                    "stad.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Het pact is een netwerk dat steeds in beweging is. Er doen onder meer aan "
                    "mee:</p><ul><li>inwoners en aanjagers;</li><li>de gemeente "
                    "Utrecht;</li><li>wijkcoöperaties van "
                    "bewoners;</li><li>zorginstellingen.</li></ul>"
                ),
            ),
            ("heading", "Samenwerken als gelijken"),
            (
                "paragraph",
                (
                    "<p>Een belangrijke voorwaarde is dat iedereen gelijkwaardig is. De gemeente "
                    "schrijft haar inwoners dus niet voor hoe het moet. Bewoners en organisaties "
                    "zoeken samen naar wat werkt.</p><p>Dat gaat niet altijd vanzelf, ook niet in "
                    "Utrecht. Daar richtten VVT-instellingen steunstructuren in de wijken in, "
                    "betaald door het zorgkantoor. Ze deden dat zonder de bestaande zorgzame "
                    "gemeenschappen erbij te betrekken. Pas nadat NLZVE ingreep, kwam de "
                    "samenwerking alsnog op gang.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "De gemeente vertelt niet hoe het hoort: bewoners en partners werken als "
                        "gelijken samen aan gezondheid."
                    ),
                    "attribution": "Vrij weergegeven uit de whitepaper van NLZVE en NVTZ",
                },
            ),
            ("heading", "Ambassadeurs verbinden de stad"),
            (
                "paragraph",
                (
                    "<p>Een groeiende groep ambassadeurs laat het netwerk vanzelf groeien. Zo "
                    "raken mensen en organisaties in de stad meer met elkaar verbonden. Bij de "
                    "ambassadeurs horen onder anderen hockeyclub Kampong, Seven Senses, "
                    "Vluchtelingenwerk Midden Nederland, de gemeente Utrecht en verschillende "
                    "wijkcoöperaties.</p>"
                ),
            ),
            ("heading", "Wat gebeurde er in 2021?"),
            (
                "paragraph",
                (
                    "<p>In 2021 ontstonden verschillende samenwerkingen. Twee "
                    "voorbeelden:</p><ul><li><strong>Geluks-Cafés voor jongeren</strong>: plekken "
                    "om elkaar te ontmoeten en mentaal sterker te worden.</li><li><strong>Gezonde "
                    "Leefstijlinterventies in Kanaleneiland</strong>: leefstijlprogramma's die de "
                    "verzekeraar vergoedt, naar de wijk gebracht waar nog weinig mensen ze "
                    "gebruiken. Dat gebeurt samen met een fitnessclub uit de buurt en een "
                    "leefstijlcoach.</li></ul>"
                ),
            ),
        ],
        "what_worked": [
            "Gelijkwaardigheid als uitgangspunt: de gemeente bepaalt niet alleen.",
            "Ambassadeurs die het netwerk laten groeien.",
            "Preventie dicht bij huis brengen, waar het bereik nog laag is.",
            "Partners van buiten de zorg betrekken, zoals een sportclub.",
        ],
        "lessons": [
            "Een bestaand preventieakkoord kan de basis zijn voor een netwerk van gelijken.",
            (
                "Betrek de bewonersinitiatieven die al bestaan. In Utrecht begonnen "
                "zorginstellingen eerst zonder hen aan steun in de wijk; pas nadat NLZVE ingreep, "
                "gingen ze samenwerken."
            ),
        ],
        "tags": ["preventie", "gezondheid", "utrecht", "ambassadeurs", "samenwerking", "stad"],
        "keywords_nl": (
            "preventieakkoord lokaal preventieakkoord preventie gezondheidsbeleid gezonde stad "
            "wijkcooperatie wijkcoöperatie jongeren leefstijl GLI Kanaleneiland gelijkwaardigheid "
            "netwerk"
        ),
    },
]

WHITEPAPERS = [
    {
        "slug": "whitepaper-samenspel-formele-zorg",
        "title": "Whitepaper: het samenspel tussen formele zorg en zorgzame gemeenschappen",
        "authors": [],
        "organisations": ["Nederland Zorgt Voor Elkaar (NLZVE)", "NVTZ"],
        "publication_date": None,
        "version_label": "1.0",
        "changelog": [
            {
                "version": "1.0",
                "date": None,
                "note": (
                    "Eerste versie. De whitepaper is een levend document dat wordt aangevuld met "
                    "reacties van lezers."
                ),
            },
        ],
        "summary": (
            "NLZVE en NVTZ verkennen hoe formele en informele zorg beter samenspelen: hoe zorg- en "
            "welzijnspartijen kunnen samenwerken met zorgzame gemeenschappen. Over besturing, "
            "zeggenschap en financiering, fasen van verandering en doelen voor 2030."
        ),
        "chapters": [
            {
                "title": "Waarom deze whitepaper?",
                "anchor": "inleiding",
                "body": (
                    "<p>Zorg is niet onbeperkt. Dat bleek in de coronacrisis, en ook het Integraal "
                    "Zorgakkoord (IZA) zegt het: we gaan naar minder zorg, niet naar meer. Er komt "
                    "geen extra geld en er komen geen extra handen aan het bed bij. Daarom moeten "
                    "we meer zelf doen: als ouderen, als familie, als mantelzorgers en als "
                    "samenleving.</p><p>Formele en informele zorg moeten meer in elkaar overlopen. "
                    "De vraag is dan niet alleen welke zorg iemand nodig heeft, maar vooral: waar "
                    "bent u in uw leven mee geholpen? Die overstap van een medisch model naar een "
                    "welzijnsmodel vraagt om meer ruimte voor hulp van buiten de instellingen, "
                    "onder andere van zorgzame gemeenschappen.</p><p>NLZVE en NVTZ schreven deze "
                    "whitepaper samen. Het is een eerste stap naar een manier van besturen "
                    "(governance) voor deze beweging, met de principes die daarbij horen.</p>"
                ),
            },
            {
                "title": "Wat zorgzame gemeenschappen zijn en waarom het niet anders kan",
                "anchor": "wat-en-waarom",
                "body": (
                    "<p>Zorgzame gemeenschappen zijn initiatieven van bewoners, met namen als "
                    "zorgcoöperatie, stadsdorp, noaberzorgpunt, zorgzaam dorp of zorgcirkel. Ze "
                    "hebben drie dingen gemeen:</p><ul><li>ze regelen hulp en steun aan elkaar, "
                    "met vrijwilligers en waar nodig met professionals;</li><li>ze willen een "
                    "gemeenschap waar iedereen bij hoort, ook mantelzorgers en actieve "
                    "bewoners;</li><li>bewoners organiseren het zelf en houden de "
                    "regie.</li></ul><p>Het kan ook niet anders. Het aantal ouderen verdubbelt "
                    "naar verwachting in twintig jaar. Steeds meer mensen hebben langer zorg "
                    "nodig. Nu werkt al 1 op de 6 werkenden in de zorg; zonder verandering zou dat "
                    "1 op de 4 moeten worden. Families worden kleiner en in veel kleine dorpen "
                    "verdwijnen voorzieningen. Alleen samenredzaamheid kan dat opvangen: bewoners "
                    "die samen de schouders eronder zetten.</p>"
                ),
            },
            {
                "title": "Zeggenschap en financiering: de les van de kruisverenigingen",
                "anchor": "besturing-van-samenredzaamheid",
                "body": (
                    "<p>Dat zorgzame gemeenschappen veel kunnen bereiken, staat vast. Volgens de "
                    "Monitor Zorgzame Gemeenschappen telde Nederland er in 2020 zo'n 1.500, en "
                    "waarschijnlijk zijn het er nog meer. Bekende voorbeelden: Zorgcoöperatie "
                    "Hoogeloon, Austerlitz Zorgt, Buurtcoöperatie Apeldoorn-Zuid, LaefHoês America "
                    "en Klooster&amp;Buren.</p><p>Een blik terug leert iets belangrijks. Eind "
                    "negentiende eeuw ontstonden de kruisverenigingen: particuliere verenigingen "
                    "voor voorlichting, hygiëne en zorg aan huis. Wie hun hulp wilde, moest lid "
                    "zijn. Toen zij in 1980 via de AWBZ vaste financiering kregen, verdween het "
                    "gemeenschapsgevoel uit de wijkverpleging.</p><p>De les: vast geld van de "
                    "overheid kan de zeggenschap van de gemeenschap wegnemen. Duurzame "
                    "financiering en zeggenschap van de gemeenschap moeten daarom samengaan. "
                    "Hospices laten zien hoe dat kan: zij waren nooit voor het grootste deel van "
                    "overheidsgeld afhankelijk.</p>"
                ),
            },
            {
                "title": "Vijf vormen en hun besturingsprincipes",
                "anchor": "voorbeelden",
                "body": (
                    "<p>De whitepaper bekijkt vijf vormen van zorgzame gemeenschappen en wat hen "
                    "laat werken:</p><ul><li><strong>Zorgcoöperaties</strong>, zoals Austerlitz "
                    "Zorgt (Zeist), Tot uw Dienst (Laarbeek) en Zorgcoöperatie Hoogeloon (Bladel). "
                    "Lidmaatschap zorgt voor draagvlak en de behoeften van de leden bepalen het "
                    "aanbod.</li><li><strong>Hospices</strong>: huizen voor palliatieve zorg die "
                    "vooral op vrijwilligers draaien. Veel hospices halen hoogstens een derde van "
                    "hun inkomsten uit subsidie.</li><li><strong>Ouderinitiatieven met een "
                    "pgb</strong>: ongeveer 5% van de mensen met een beperking die Wlz-zorg met "
                    "verblijf krijgen, krijgt die via zo'n initiatief.</li><li><strong>Buurthuizen "
                    "met bewonersregie</strong>, zoals 't Luukske in Wellerlooi, dat verdient aan "
                    "groepsverhuur.</li><li><strong>Voorzorgcirkels</strong>: kleine groepen "
                    "ouderen die afspraken maken over hulp aan elkaar. Ook de bewoners van een "
                    "Knarrenhof vormen er in feite een.</li></ul>"
                ),
            },
            {
                "title": "De weg naar het nieuwe normaal",
                "anchor": "randvoorwaarden-en-transformatie",
                "body": (
                    "<p>Om zorgzame gemeenschappen overal te laten bloeien, noemt de whitepaper "
                    "zes randvoorwaarden:</p><ul><li>een goede sociale basisinfrastructuur in elke "
                    "wijk (naar schatting 1 miljard euro, 1% van het jaarlijkse "
                    "zorgbudget);</li><li>instellingen die meedoen en leren "
                    "loslaten;</li><li>nieuwe, passende vormen van governance;</li><li>tijd voor "
                    "de beweging om volwassen te worden;</li><li>een goede regionale en landelijke "
                    "infrastructuur;</li><li>overheveling van geld en regie naar de "
                    "gemeenschappen, bijvoorbeeld via het Uitdaagrecht.</li></ul><p>Zo'n "
                    "verandering kan tien jaar of langer duren. De whitepaper volgt de fasen van "
                    "Simons en Nijhof: prefase, startfase, concurrentiefase, samenwerkingsfase en "
                    "institutionaliseringsfase. De zorg zit nu in de startfase. Terwijl "
                    "bewonersinitiatieven groeien, moeten instellingen een deel van hun diensten "
                    "afbouwen. Dat nieuwe samenspel moet om de paar jaar opnieuw worden "
                    "bekeken.</p>"
                ),
            },
            {
                "title": "Stippen op de horizon en volgende stappen",
                "anchor": "stippen-op-de-horizon",
                "body": (
                    "<p>De whitepaper eindigt met doelen voor de komende jaren:</p><ul><li>In 2030 "
                    "is er in 80% van alle wijken minstens één zorgzame gemeenschap.</li><li>In "
                    "2030 gaat 5% van het budget voor zorg en welzijn naar zorgzame "
                    "gemeenschappen. De Wet Domeinoverstijgende Samenwerking (DOS) kan daarbij "
                    "helpen.</li><li>De effecten worden landelijk gevolgd. Verwacht wordt meer "
                    "gezondheid, meer tevreden burgers en flink lagere zorgkosten. Volgens een "
                    "analyse van MAEX leveren zorgzame gemeenschappen samen nu al zo'n 500 miljoen "
                    "euro per jaar aan maatschappelijke waarde op.</li></ul><p>De whitepaper is "
                    "een levend document. Reacties en aanvullingen zijn welkom via <a "
                    'href="mailto:whitepaper@nlzve.nl">whitepaper@nlzve.nl</a>. Na de zomer van '
                    "2023 volgt een werkconferentie over de volgende stappen.</p>"
                ),
            },
        ],
        "themes": [
            "governance-en-zeggenschap",
            "financiering",
            "samenwerking-gemeente-en-zorgpartijen",
            "zorg-en-ondersteuning",
        ],
        "tags": [
            "whitepaper",
            "formele zorg",
            "informele zorg",
            "governance",
            "samenredzaamheid",
            "nvtz",
        ],
    },
    {
        "slug": "strategisch-plan-2022-2024",
        "title": "Strategisch plan 2022-2024 van Nederland Zorgt Voor Elkaar",
        "authors": ["Jan Smelik"],
        "organisations": ["Nederland Zorgt Voor Elkaar (NLZVE)"],
        "publication_date": "2021-11-01",
        "version_label": "1.0",
        "changelog": [
            {"version": "1.0", "date": "2021-11-01", "note": "Versie van november 2021."},
        ],
        "summary": (
            "De strategie van NLZVE voor 2022-2024: wat er sinds het Actieprogramma Zorgzame "
            "Gemeenschappen is bereikt, de kernwaarden, en vier thema's voor de komende jaren: "
            "actieonderzoek, brede beweging van actieve bewoners, community en dienstverlening."
        ),
        "chapters": [
            {
                "title": "Waar staan we?",
                "anchor": "waar-staan-we",
                "body": (
                    "<p>Eind 2017 en begin 2018 hield NLZVE de Verkennerstocht. Daarin werd "
                    "opgehaald wat bewonerscollectieven in welzijn, zorg en wonen helpt en wat hen "
                    "tegenhoudt. Daaruit kwam het Actieprogramma Zorgzame Gemeenschappen. Dat ging "
                    "in mei 2018 naar minister De Jonge van VWS en bevat drie "
                    "acties:</p><ul><li><strong>Terug naar de basis</strong>: mensen die voor "
                    "elkaar zorgen, dicht bij huis. De kiem is gelegd; het aantal "
                    "dorpsondersteuners en wijkconciërges groeit snel.</li><li><strong>Maak het "
                    "makkelijker voor bewonerscollectieven</strong>: andere regels, juridische "
                    "vernieuwing en duurzame financiering. Hier is weinig "
                    "bereikt.</li><li><strong>Een duurzame organisatie van de beweging</strong>: "
                    "het landelijk netwerk staat, er zijn regionale netwerken, een Bijzonder "
                    "Statuut, een helpdesk en de Ella Vogelaar Academie.</li></ul>"
                ),
            },
            {
                "title": "Waar gaan we naartoe?",
                "anchor": "kernwaarden-en-koers",
                "body": (
                    "<p>NLZVE bouwt verder vanuit drie kernwaarden uit "
                    "2020:</p><ul><li><strong>Samenredzaamheid</strong>: werken vanuit "
                    "gemeenschapskracht, met bewoners die zelf de regie "
                    "houden.</li><li><strong>Eigenaarschap</strong>: samenwerken op basis van "
                    "gelijkwaardigheid en wederkerigheid, en niets overnemen wat leden zelf kunnen "
                    "regelen.</li><li><strong>Gelijkwaardigheid</strong>: ieders inbreng telt, ook "
                    "die van de minderheid, en we leren van elkaar.</li></ul><p>Concreet wil NLZVE "
                    "zorgzame gemeenschappen helpen zich duurzaam te organiseren en een "
                    "servicepunt voor de leden zijn. Koplopers dienen als voorbeeld (game "
                    "changers) en laten zien wat samenwerking met lokale partijen oplevert. Ook "
                    "zoekt NLZVE passende financiering, met publiek én privaat geld.</p>"
                ),
            },
            {
                "title": "Thema 1: Actieonderzoek",
                "anchor": "actieonderzoek",
                "body": (
                    "<p>Op plekken waar de beweging al ver is, de koplopers, ontstaat een nieuw "
                    "zorgmodel. Kenmerken: de gemeenschap heeft de regie, een professioneel team "
                    "voor basiszorg werkt in opdracht van de gemeenschap, specialistische zorg "
                    "wordt ingehuurd en de bekostiging is integraal.</p><p>NLZVE kiest drie tot "
                    "vijf koplopers en vormt per koploper een expertteam. Daarin zitten in elk "
                    "geval een projectleider van NLZVE, een adviseur van de helpdesk, een "
                    "onderzoeker en lokale partners. Het team helpt doelen stellen, begeleidt de "
                    "stappen en onderzoekt het resultaat. Zo ontstaan maatschappelijke "
                    "verdienmodellen en een gezamenlijke taal. Andere gemeenschappen kunnen dan "
                    "naar de koplopers wijzen: daar kan het wél.</p>"
                ),
            },
            {
                "title": "Thema 2: Brede beweging van actieve bewoners",
                "anchor": "brede-beweging",
                "body": (
                    "<p>Zorgzame gemeenschappen horen bij een veel bredere beweging. Ook "
                    "energiecoöperaties, wooncollectieven en herenboeren nemen de regie in eigen "
                    "hand. Samen hebben bewonerscollectieven meer leden dan kerken, vakbonden of "
                    "politieke partijen.</p><p>NLZVE trekt daarom op met bondgenoten als LSA, "
                    "LVKK, Energie Samen, MAEX en Cooplink. Met de NCR zet NLZVE zich in voor de "
                    "rechtsvorm sociale coöperatie. Verder werkt NLZVE mee aan een Brede Monitor "
                    "Burgercollectieven. Het volgt het Groeiplan op dat het mede namens 20 "
                    "organisaties bij het Nationaal Groeifonds indiende. En vanaf 2022 is NLZVE "
                    "voor twee edities trekker van het We Doen Het Samen! Festival. Ook zoekt "
                    "NLZVE zorgcollectieven die zich verbreden, bijvoorbeeld met lokale groene "
                    "energie.</p>"
                ),
            },
            {
                "title": "Thema 3: Community",
                "anchor": "community",
                "body": (
                    "<p>NLZVE wil een gemeenschap van zorgzame gemeenschappen bouwen, landelijk en "
                    "in de regio's. Op de planning staat onder meer:</p><ul><li>regionale "
                    "netwerken in het hele land, dus ook in Zeeland, Flevoland, Zuid-Holland en "
                    "Noord-Holland;</li><li>de Ella Vogelaar Academie voor Gemeenschapskracht "
                    "uitbouwen als kennisgemeenschap, met een eigen "
                    "kennisinfrastructuur;</li><li>twee keer per jaar een regionale bijeenkomst en "
                    "om het jaar een landelijke;</li><li>een regiofonds voor de regionale "
                    "netwerken, en Impulsen: incidentele subsidies voor lokale "
                    "initiatieven;</li><li>de tweede Monitor Zorgzame Gemeenschappen in "
                    "2023;</li><li>het Register Bijzonder Statuut openstellen.</li></ul>"
                ),
            },
            {
                "title": "Thema 4: Dienstverlening",
                "anchor": "dienstverlening",
                "body": (
                    "<p>De NLZVE-helpdesk groeit uit tot een servicebureau voor lokale "
                    "zorgcollectieven. Het uitgangspunt: gemeenschappen gebruiken de diensten om "
                    "niet of tegen een heel kleine vergoeding. Gedacht wordt aan hulp "
                    "bij:</p><ul><li>wijkcontracten en contracten met "
                    "zorginkopers;</li><li>SROI-berekeningen bij "
                    "wijkzorg;</li><li>ontmoetingsplekken en de aankoop van maatschappelijk "
                    "vastgoed;</li><li>woonvoorzieningen voor ouderen en andere kwetsbare "
                    "groepen;</li><li>vragen over organisatie en verantwoording.</li></ul><p>Geld "
                    "blijft een grote vraag. Een startsubsidie lukt vaak wel, vaste financiering "
                    "voor bijvoorbeeld huur of een dorpsondersteuner veel minder. Ongeveer een "
                    "kwart van de achterban verleent zorg. Daarvoor wil NLZVE regelingen via het "
                    "pgb of via een contract voor zorg in natura met zorgverzekeraars, samen met "
                    "Per Saldo en de Koepel Zorgcoöperaties Zuid-Nederland.</p>"
                ),
            },
        ],
        "themes": [
            "governance-en-zeggenschap",
            "organisatie-en-vrijwilligers",
            "energie-en-brede-beweging",
            "financiering",
            "maatschappelijke-impact",
        ],
        "tags": [
            "strategie",
            "nlzve",
            "beleidsplan",
            "actieonderzoek",
            "community",
            "dienstverlening",
        ],
    },
]

GLOSSARY = [
    {
        "slug": "samenredzaamheid",
        "term": "samenredzaamheid",
        "definition": (
            "Samen voor elkaar krijgen wat je alleen niet lukt. Bewoners helpen elkaar in hun "
            "buurt of dorp, in plaats van dat ieder het alleen moet rooien. Samenredzaamheid is "
            "een van de kernwaarden van NLZVE."
        ),
        "synonyms": ["samenredzaam", "samen redzaam"],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting", "maatschappelijke-impact"],
    },
    {
        "slug": "zelfredzaamheid",
        "term": "zelfredzaamheid",
        "definition": (
            "Je eigen zaken kunnen regelen zonder hulp van anderen. NLZVE wil de stap zetten van "
            "zelfredzaamheid naar samenredzaamheid."
        ),
        "synonyms": ["zelfredzaam"],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting"],
    },
    {
        "slug": "gemeenschapskracht",
        "term": "gemeenschapskracht",
        "definition": (
            "De positieve energie die ontstaat als mensen elkaar helpen hun doelen te halen door "
            "te delen wat zij hebben. De whitepaper van NLZVE en NVTZ noemt het ook sociaal "
            "kapitaal."
        ),
        "synonyms": ["sociaal kapitaal", "kracht van de gemeenschap"],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting", "maatschappelijke-impact"],
    },
    {
        "slug": "duty-to-involve",
        "term": "Duty to Involve",
        "definition": (
            "De plicht van de lokale overheid om bewoners actief te betrekken bij beleid en "
            "uitvoering. NLZVE ziet dit als een manier om de gemeente een stimulerende rol te "
            "geven."
        ),
        "synonyms": ["plicht om bewoners te betrekken"],
        "abbreviations": [],
        "themes": ["wet-en-regelgeving", "samenwerking-gemeente-en-zorgpartijen"],
    },
    {
        "slug": "right-to-challenge",
        "term": "Right to Challenge (Uitdaagrecht)",
        "definition": (
            "Het recht van bewoners om een taak van de gemeente (deels) over te nemen als zij "
            "denken dat het anders, beter, slimmer of goedkoper kan, bijvoorbeeld bij de Wmo. In "
            "de praktijk is het nog lastig door veel bureaucratie, zoals een aanbesteding."
        ),
        "synonyms": ["uitdaagrecht", "right to challenge"],
        "abbreviations": [],
        "themes": ["wet-en-regelgeving", "samenwerking-gemeente-en-zorgpartijen"],
    },
    {
        "slug": "populatiebekostiging",
        "term": "populatiebekostiging",
        "definition": (
            "Een manier van betalen waarbij er een vast bedrag per inwoner beschikbaar is. Dat "
            "stimuleert doelmatig werken en vooral preventie. NLZVE wil er meer mee experimenteren."
        ),
        "synonyms": ["bekostiging per inwoner", "populatiegebonden bekostiging"],
        "abbreviations": [],
        "themes": ["financiering"],
    },
    {
        "slug": "pgb",
        "term": "pgb (persoonsgebonden budget)",
        "definition": (
            "Geld van de overheid waarmee iemand zelf zorg of ondersteuning inkoopt. Ouders "
            "regelen er bijvoorbeeld een eigen woonvorm mee voor hun kind met een beperking. NLZVE "
            "wil dat het pgb ook samen, collectief, te gebruiken is."
        ),
        "synonyms": ["persoonsgebonden budget", "PGB"],
        "abbreviations": ["pgb"],
        "themes": ["financiering", "wet-en-regelgeving"],
    },
    {
        "slug": "zorg-in-natura",
        "term": "zorg in natura",
        "definition": (
            "Zorg die de zorgverzekeraar, de gemeente of het zorgkantoor rechtstreeks met een "
            "zorgaanbieder regelt en betaalt, zonder pgb. NLZVE wil contracten voor zorg in natura "
            "tussen zorgverzekeraars en zorgzame gemeenschappen mogelijk maken."
        ),
        "synonyms": ["naturazorg"],
        "abbreviations": ["ZIN"],
        "themes": ["financiering", "samenwerking-gemeente-en-zorgpartijen"],
    },
    {
        "slug": "wmo",
        "term": "Wmo (Wet maatschappelijke ondersteuning)",
        "definition": (
            "De wet waarmee de gemeente inwoners helpt om zelfstandig te wonen en mee te doen, "
            "bijvoorbeeld met huishoudelijke hulp. Een zorgcoöperatie als Austerlitz Zorgt voert "
            "de Wmo-ondersteuning uit voor haar hele dorp."
        ),
        "synonyms": ["Wet maatschappelijke ondersteuning", "maatschappelijke ondersteuning"],
        "abbreviations": ["Wmo"],
        "themes": ["wet-en-regelgeving", "financiering"],
    },
    {
        "slug": "wlz",
        "term": "Wlz (Wet langdurige zorg)",
        "definition": (
            "De wet voor mensen die blijvend veel zorg nodig hebben, vaak met verblijf in een "
            "instelling. Zorgkantoren voeren de wet uit. Ook ouderinitiatieven met een pgb worden "
            "uit de Wlz betaald."
        ),
        "synonyms": ["Wet langdurige zorg", "langdurige zorg"],
        "abbreviations": ["Wlz"],
        "themes": ["wet-en-regelgeving", "financiering"],
    },
    {
        "slug": "zvw",
        "term": "Zvw (Zorgverzekeringswet)",
        "definition": (
            "De wet voor de basisverzekering voor zorg. Onder deze wet kopen zorgverzekeraars zorg "
            "in, zoals wijkverpleging."
        ),
        "synonyms": ["Zorgverzekeringswet", "basisverzekering"],
        "abbreviations": ["Zvw"],
        "themes": ["wet-en-regelgeving", "financiering"],
    },
    {
        "slug": "awbz",
        "term": "AWBZ (Algemene Wet Bijzondere Ziektekosten)",
        "definition": (
            "De vroegere wet voor langdurige zorg. Vanaf 1980 kregen de kruisverenigingen via de "
            "AWBZ vaste financiering. Volgens de whitepaper van NLZVE en NVTZ verdween daarmee het "
            "gemeenschapskarakter van de wijkverpleging."
        ),
        "synonyms": ["Algemene Wet Bijzondere Ziektekosten"],
        "abbreviations": ["AWBZ"],
        "themes": ["wet-en-regelgeving", "financiering"],
    },
    {
        "slug": "wet-dos",
        "term": "Wet DOS (Domeinoverstijgende Samenwerking)",
        "definition": (
            "Een nieuwe wet die zorgkantoren onder voorwaarden laat investeren in preventie vanuit "
            "de Wlz. Volgens de whitepaper zou de wet naar verwachting in 2024 ingaan, als het "
            "parlement instemt."
        ),
        "synonyms": ["Wet Domeinoverstijgende Samenwerking", "domeinoverstijgend samenwerken"],
        "abbreviations": ["DOS"],
        "themes": ["wet-en-regelgeving", "financiering"],
    },
    {
        "slug": "iza",
        "term": "IZA (Integraal Zorgakkoord)",
        "definition": (
            "Een landelijk akkoord over de toekomst van de zorg. Het zegt dat zorg schaars is: we "
            "gaan naar minder zorg, niet naar meer. In de regio's worden er regiovisies voor "
            "gemaakt, waar ook zorgzame gemeenschappen aan tafel horen."
        ),
        "synonyms": ["Integraal Zorgakkoord", "zorgakkoord"],
        "abbreviations": ["IZA"],
        "themes": ["wet-en-regelgeving", "samenwerking-gemeente-en-zorgpartijen"],
    },
    {
        "slug": "wijkcontract",
        "term": "wijkcontract",
        "definition": (
            "Een afspraak waarin alle partijen in een wijk of dorp vastleggen hoe zij samenwerken "
            "aan gezondheid, voor zowel betaalde als onbetaalde diensten. NLZVE wil gemeenschappen "
            "helpen zo'n contract op te stellen."
        ),
        "synonyms": ["wijkcontract gezondheid"],
        "abbreviations": [],
        "themes": ["samenwerking-gemeente-en-zorgpartijen", "governance-en-zeggenschap"],
    },
    {
        "slug": "dorpsondersteuner",
        "term": "dorpsondersteuner",
        "definition": (
            "Iemand die in een dorp het welzijn en de zorg voor bewoners helpt regelen en mensen "
            "met elkaar verbindt. In de wijk heet zo iemand vaak wijkcoördinator, wijkconciërge of "
            "buurtcoördinator. Hun aantal groeit snel."
        ),
        "synonyms": ["wijkcoördinator", "wijkconciërge", "buurtcoördinator"],
        "abbreviations": [],
        "themes": ["organisatie-en-vrijwilligers", "zorg-en-ondersteuning"],
    },
    {
        "slug": "bijzonder-statuut",
        "term": "Bijzonder Statuut",
        "definition": (
            "Een document waarin een bewonerscollectief zijn beginselen vastlegt en laat zien dat "
            "het een maatschappelijke onderneming is, tussen publiek en privaat in. NLZVE heeft "
            "een Bijzonder Statuut en wil een openbaar Register Bijzonder Statuut."
        ),
        "synonyms": ["Register Bijzonder Statuut", "statuut"],
        "abbreviations": [],
        "themes": ["governance-en-zeggenschap", "wet-en-regelgeving"],
    },
    {
        "slug": "sroi",
        "term": "SROI (social return on investment)",
        "definition": (
            "Een berekening van wat een activiteit de samenleving oplevert, afgezet tegen wat zij "
            "kost. NLZVE wil SROI-berekeningen aanbieden, bijvoorbeeld bij wijkzorg."
        ),
        "synonyms": ["social return on investment", "maatschappelijk rendement"],
        "abbreviations": ["SROI"],
        "themes": ["maatschappelijke-impact", "financiering"],
    },
    {
        "slug": "social-handprint",
        "term": "social handprint",
        "definition": (
            "Een manier om de positieve maatschappelijke impact van een initiatief te meten. NLZVE "
            "wil dit samen met MAEX doen, gekoppeld aan de duurzame ontwikkelingsdoelen (SDG's)."
        ),
        "synonyms": ["impactmeting", "sociale handafdruk"],
        "abbreviations": [],
        "themes": ["maatschappelijke-impact"],
    },
    {
        "slug": "maatschappelijke-business-case",
        "term": "maatschappelijke business case",
        "definition": (
            "Een overzicht van wat een initiatief kost en wat het de samenleving oplevert. Vaak "
            "komen de baten bij een andere partij terecht dan de kosten, bijvoorbeeld omdat de "
            "winst in preventie zit."
        ),
        "synonyms": ["maatschappelijk verdienmodel", "businesscase"],
        "abbreviations": [],
        "themes": ["maatschappelijke-impact", "financiering"],
    },
    {
        "slug": "anbi",
        "term": "ANBI (algemeen nut beogende instelling)",
        "definition": (
            "Een status van de Belastingdienst voor organisaties die zich inzetten voor het "
            "algemeen belang. Giften aan een ANBI zijn fiscaal aftrekbaar. NLZVE wil dat "
            "maatschappelijke coöperaties deze status kunnen krijgen."
        ),
        "synonyms": ["algemeen nut beogende instelling", "ANBI-status"],
        "abbreviations": ["ANBI"],
        "themes": ["wet-en-regelgeving", "financiering"],
    },
    {
        "slug": "sociale-cooperatie",
        "term": "sociale coöperatie",
        "definition": (
            "Een rechtsvorm voor een coöperatie met een maatschappelijk doel. NLZVE zet zich samen "
            "met de NCR in om deze rechtsvorm mogelijk te maken."
        ),
        "synonyms": ["sociale cooperatie"],
        "abbreviations": [],
        "themes": ["wet-en-regelgeving", "governance-en-zeggenschap"],
    },
    {
        "slug": "maatschappelijke-cooperatie",
        "term": "maatschappelijke coöperatie",
        "definition": (
            "Een coöperatie van bewoners die publieke taken uitvoert voor de gemeenschap. NLZVE "
            "wil dat zulke coöperaties de ANBI-status kunnen krijgen en geen "
            "vennootschapsbelasting hoeven te betalen."
        ),
        "synonyms": ["maatschappelijke cooperatie", "maatschappelijke onderneming"],
        "abbreviations": [],
        "themes": ["wet-en-regelgeving", "governance-en-zeggenschap"],
    },
    {
        "slug": "cooperatieve-vereniging",
        "term": "coöperatieve vereniging",
        "definition": (
            "Een vereniging van leden die samen iets organiseren ten dienste van die leden: een "
            "coöperatie. Austerlitz Zorgt koos deze rechtsvorm, omdat het aantal leden laat zien "
            "hoeveel draagvlak er in het dorp is."
        ),
        "synonyms": ["coöperatie", "cooperatie", "cooperatieve vereniging"],
        "abbreviations": [],
        "themes": ["governance-en-zeggenschap"],
    },
    {
        "slug": "zorgcooperatie",
        "term": "zorgcoöperatie",
        "definition": (
            "Een coöperatie van bewoners die zorg, steun en soms wonen regelt voor het eigen dorp "
            "of de eigen wijk. Bekende voorbeelden zijn Zorgcoöperatie Hoogeloon, Austerlitz Zorgt "
            "en Tot uw Dienst in Laarbeek."
        ),
        "synonyms": ["zorgcooperatie", "zorgcoöperaties", "dorpscoöperatie"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "governance-en-zeggenschap"],
    },
    {
        "slug": "stadsdorp",
        "term": "stadsdorp",
        "definition": (
            "Een zorgzame gemeenschap in de stad. Buurtbewoners kijken naar elkaar om en "
            "organiseren samen activiteiten en hulp, zoals dat in een dorp gaat."
        ),
        "synonyms": ["stadsdorpen"],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting"],
    },
    {
        "slug": "noaberzorg",
        "term": "noaberzorg (noaberzorgpunt)",
        "definition": (
            "Hulp tussen buren, naar het oude gebruik van noaberschap. Noaber is een streekwoord "
            "voor buur. Een noaberzorgpunt is een zorgzame gemeenschap die deze burenhulp "
            "organiseert."
        ),
        "synonyms": ["noaberzorgpunt", "noaberschap", "naoberschap", "burenhulp"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "welzijn-en-ontmoeting"],
    },
    {
        "slug": "voorzorgcirkel",
        "term": "voorzorgcirkel",
        "definition": (
            "Een kleine groep ouderen die afspraken maakt over hulp aan elkaar bij het ouder "
            "worden. Het concept komt uit Noord-Brabant. Ook de bewoners van een Knarrenhof vormen "
            "in de praktijk een voorzorgcirkel."
        ),
        "synonyms": ["voorzorgcirkels", "voorzorg-cirkel"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "wonen"],
    },
    {
        "slug": "zorgcirkel",
        "term": "zorgcirkel",
        "definition": (
            "Een groepje vrijwilligers dat samen één cliënt of patiënt ondersteunt, naast de hulp "
            "van beroepskrachten. Tot uw Dienst in Laarbeek werkt zo."
        ),
        "synonyms": ["zorgcirkels"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "organisatie-en-vrijwilligers"],
    },
    {
        "slug": "zorgzame-gemeenschap",
        "term": "zorgzame gemeenschap",
        "definition": (
            "Bewoners die samen het initiatief nemen voor welzijn, zorg of wonen in hun buurt, "
            "wijk of dorp. Zij hebben zelf de regie, willen lang actief blijven en staan open voor "
            "iedereen. In 2020 telde NLZVE er 1.471."
        ),
        "synonyms": [
            "zorgzame gemeenschappen",
            "bewonersinitiatief",
            "burgerinitiatief",
            "gemeenschapszorg",
        ],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting", "zorg-en-ondersteuning"],
    },
    {
        "slug": "bewonerscollectief",
        "term": "bewonerscollectief",
        "definition": (
            "Een groep bewoners die samen hun leefomgeving wil verbeteren, vanuit eigen regie en "
            "eigen verantwoordelijkheid. Het collectief kan een rechtspersoon zijn, zoals een "
            "vereniging, maar ook informeel bestaan."
        ),
        "synonyms": ["burgercollectief", "bewonersinitiatief", "zorgcollectief"],
        "abbreviations": [],
        "themes": ["governance-en-zeggenschap", "organisatie-en-vrijwilligers"],
    },
    {
        "slug": "mantelzorg",
        "term": "mantelzorg",
        "definition": (
            "Onbetaalde zorg voor iemand uit je eigen omgeving, zoals een partner, ouder of kind. "
            "Mantelzorgers horen er in een zorgzame gemeenschap nadrukkelijk bij."
        ),
        "synonyms": ["mantelzorger", "zorg voor een naaste"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning"],
    },
    {
        "slug": "informele-zorg",
        "term": "informele zorg",
        "definition": (
            "Zorg en hulp waar niet voor betaald wordt, zoals mantelzorg, burenhulp en "
            "vrijwilligerswerk."
        ),
        "synonyms": ["onbetaalde zorg", "vrijwillige zorg"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "organisatie-en-vrijwilligers"],
    },
    {
        "slug": "formele-zorg",
        "term": "formele zorg",
        "definition": (
            "Betaalde zorg door professionals en instellingen, zoals wijkverpleging en thuiszorg. "
            "NLZVE wil dat formele en informele zorg beter samenwerken."
        ),
        "synonyms": ["betaalde zorg", "professionele zorg"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "samenwerking-gemeente-en-zorgpartijen"],
    },
    {
        "slug": "palliatieve-zorg",
        "term": "palliatieve zorg",
        "definition": (
            "Zorg voor mensen in de laatste fase van hun leven, gericht op een zo goed mogelijke "
            "kwaliteit van leven. In een hospice doen vooral vrijwilligers dit werk, met een klein "
            "team professionals."
        ),
        "synonyms": ["zorg in de laatste levensfase", "terminale zorg"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning"],
    },
    {
        "slug": "hospice",
        "term": "hospice",
        "definition": (
            "Een huis voor palliatieve zorg met een huiselijke sfeer, dat grotendeels op "
            "vrijwilligers draait. Het eerste hospice was St. Christopher's in Londen (1967); in "
            "Nederland zijn er nu honderden."
        ),
        "synonyms": ["hospices", "bijna-thuis-huis"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "organisatie-en-vrijwilligers"],
    },
    {
        "slug": "ouderinitiatief",
        "term": "ouderinitiatief",
        "definition": (
            "Een woonvorm die ouders van kinderen met een beperking samen opzetten en met een pgb "
            "betalen. Zo'n 5% van de mensen met een beperking die Wlz-zorg met verblijf krijgen, "
            "krijgt die via een ouderinitiatief."
        ),
        "synonyms": ["ouderinitiatieven", "pgb-woonvorm", "wooninitiatief van ouders"],
        "abbreviations": [],
        "themes": ["wonen", "financiering"],
    },
    {
        "slug": "buurthuis-met-bewonersregie",
        "term": "buurthuis met bewonersregie",
        "definition": (
            "Een buurt- of dorpshuis dat bewoners zelf besturen en betalen, bijvoorbeeld met "
            "verhuur. 't Luukske in Wellerlooi is een voorbeeld."
        ),
        "synonyms": ["dorpshuis", "gemeenschapshuis", "multifunctioneel centrum"],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting", "financiering"],
    },
    {
        "slug": "wijkverpleging",
        "term": "wijkverpleging",
        "definition": (
            "Verpleging en verzorging bij mensen thuis, in de wijk. De thuiszorg van nu is "
            "voortgekomen uit het werk van de kruisverenigingen."
        ),
        "synonyms": ["thuiszorg", "wijkzorg", "wijkverpleegkundige"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning"],
    },
    {
        "slug": "kruisvereniging",
        "term": "kruisvereniging",
        "definition": (
            "Particuliere verenigingen die vanaf het eind van de negentiende eeuw voorlichting, "
            "hygiëne en zorg aan huis regelden, zoals het Witte Kruis en het Groene Kruis. Wie hun "
            "hulp wilde, moest lid zijn."
        ),
        "synonyms": ["kruisverenigingen", "Witte Kruis", "Groene Kruis", "kruiswerk"],
        "abbreviations": [],
        "themes": ["zorg-en-ondersteuning", "governance-en-zeggenschap"],
    },
    {
        "slug": "verkennerstocht",
        "term": "Verkennerstocht",
        "definition": (
            "Een brede verkenning die NLZVE eind 2017 en begin 2018 hield onder "
            "bewonerscollectieven in welzijn, zorg en wonen. Daaruit kwam het Actieprogramma "
            "Zorgzame Gemeenschappen voort."
        ),
        "synonyms": ["verkenning"],
        "abbreviations": [],
        "themes": ["organisatie-en-vrijwilligers"],
    },
    {
        "slug": "monitor-zorgzame-gemeenschappen",
        "term": "Monitor Zorgzame Gemeenschappen",
        "definition": (
            "Een onderzoek van NLZVE met Vilans, Movisie en de regionale netwerken naar de omvang "
            "van de beweging. In 2020 telde de monitor 1.471 initiatieven; 323 initiatieven vulden "
            "de enquête in."
        ),
        "synonyms": ["monitor", "inventarisatie zorgzame gemeenschappen"],
        "abbreviations": [],
        "themes": ["maatschappelijke-impact"],
    },
    {
        "slug": "koploper",
        "term": "koploper",
        "definition": (
            "Een plek waar de beweging van zorgzame gemeenschappen al ver is. NLZVE gebruikt "
            "koplopers als voorbeeld en als broedplaats voor een nieuw zorgmodel."
        ),
        "synonyms": ["koplopers", "game changer", "voorloper"],
        "abbreviations": [],
        "themes": ["maatschappelijke-impact", "samenwerking-gemeente-en-zorgpartijen"],
    },
    {
        "slug": "actieonderzoek",
        "term": "actieonderzoek",
        "definition": (
            "Onderzoek waarbij onderzoekers meedoen in de praktijk en tegelijk leren wat werkt. "
            "NLZVE vormt per koploper een expertteam dat doelen helpt stellen, stappen begeleidt "
            "en het resultaat onderzoekt."
        ),
        "synonyms": ["praktijkonderzoek"],
        "abbreviations": [],
        "themes": ["maatschappelijke-impact"],
    },
    {
        "slug": "eco-systeem",
        "term": "Eco-systeem",
        "definition": (
            "Een manier van denken waarin samenhang en erbij horen (belonging) centraal staan, in "
            "plaats van eigendom en specialisatie. Volgens de whitepaper horen zorgzame "
            "gemeenschappen bij het Eco-systeem."
        ),
        "synonyms": ["ecosysteem"],
        "abbreviations": [],
        "themes": ["governance-en-zeggenschap"],
    },
    {
        "slug": "sociale-basisinfrastructuur",
        "term": "sociale basisinfrastructuur",
        "definition": (
            "Alle voorzieningen in de eigen omgeving die mensen helpen om samen gezond en gelukkig "
            "ouder te worden. Zo'n basis in elke buurt kost volgens de whitepaper naar schatting 1 "
            "miljard euro, 1% van het jaarlijkse zorgbudget."
        ),
        "synonyms": ["sociale basis", "basisvoorzieningen"],
        "abbreviations": [],
        "themes": ["welzijn-en-ontmoeting", "financiering"],
    },
    {
        "slug": "triple-aim",
        "term": "triple aim",
        "definition": (
            "Drie doelen tegelijk: meer gezondheid, meer tevreden burgers en lagere zorgkosten. De "
            "whitepaper verwacht dat investeren in zorgzame gemeenschappen dit oplevert."
        ),
        "synonyms": ["drievoudig doel"],
        "abbreviations": [],
        "themes": ["maatschappelijke-impact"],
    },
    {
        "slug": "impulsen",
        "term": "Impulsen",
        "definition": (
            "Incidentele subsidies waarmee NLZVE lokale zorgzame gemeenschappen financieel steunt."
        ),
        "synonyms": ["incidentele subsidie"],
        "abbreviations": [],
        "themes": ["financiering"],
    },
    {
        "slug": "ella-vogelaar-academie",
        "term": "Ella Vogelaar Academie voor Gemeenschapskracht",
        "definition": (
            "De kennisgemeenschap van NLZVE. Hier delen actieve bewoners kennis, leren zij van "
            "elkaar en ontwikkelen zij een gezamenlijke taal."
        ),
        "synonyms": ["Ella Vogelaar Academie", "academie", "kennisgemeenschap"],
        "abbreviations": [],
        "themes": ["organisatie-en-vrijwilligers"],
    },
]

COURSE = {
    "slug": "zorgzame-gemeenschap-starten",
    "title": "Leergang: een zorgzame gemeenschap starten",
    "intro": (
        "In deze leergang van de Ella Vogelaar Academie voor Gemeenschapskracht ontdekt u hoe een "
        "zorgzame gemeenschap ontstaat en hoe u die stevig neerzet. U leert van initiatieven die u "
        "voorgingen: zorgcoöperaties, hospices, ouderinitiatieven en een dorpshuis dat bewoners "
        "zelf runnen. U hoeft het wiel niet zelf uit te vinden."
    ),
    "audience": ["beginnend-initiatief", "bestuur", "vrijwilligers"],
    "learning_goals": [
        (
            "U kent de stappen die een zorgzame gemeenschap meestal doorloopt, van gedeelde zorg "
            "tot stevig draagvlak."
        ),
        "U weet hoe lidmaatschap en de wensen van bewoners een initiatief sterk houden.",
        "U kunt uitleggen waarom geld en zeggenschap samen moeten gaan.",
        (
            "U kent verschillende manieren van financiering, zoals de Wmo, zorgverzekeraars, het "
            "pgb, giften en eigen inkomsten."
        ),
        "U weet waar u terechtkunt voor hulp, zoals de NLZVE-helpdesk.",
    ],
    "format": "combinatie",
    "duration": "Twee modules",
    "cost": "Om niet",
    "language": "nl",
    "themes": ["organisatie-en-vrijwilligers", "governance-en-zeggenschap", "financiering"],
    "modules": [
        {
            "slug": "van-gedeelde-zorg-naar-initiatief",
            "title": "Module 1: Van gedeelde zorg naar eigen initiatief",
            "intro": (
                "Hoe begint een zorgzame gemeenschap? In deze module volgt u de stappen die veel "
                "initiatieven doorlopen, met voorbeelden uit Hoogeloon, Austerlitz en Wellerlooi."
            ),
            "body": [
                ("heading", "Het begint met een gemeenschap en een gedeelde zorg"),
                (
                    "paragraph",
                    (
                        "<p>Een zorgzame gemeenschap begint meestal met mensen die zich met elkaar "
                        "verbonden voelen. Dan komt er een zorg die velen delen. Bijvoorbeeld: de "
                        "huisarts dreigt uit het dorp te vertrekken. Of ouderen moeten aan het "
                        "eind van hun leven elders gaan wonen, omdat er in de wijk geen intensieve "
                        "zorg is. In Hoogeloon wilden bewoners voorkomen dat dorpsgenoten die hulp "
                        "nodig hebben noodgedwongen moeten vertrekken. In Wellerlooi was de "
                        "aanleiding de sluiting van de gymzaal in 2013.</p>"
                    ),
                ),
                ("heading", "Een paar mensen nemen het voortouw"),
                (
                    "paragraph",
                    (
                        "<p>Daarna nemen enkele bewoners het initiatief. Ze zoeken steun in het "
                        "dorp of de wijk en gaan aan de slag. Vaak is de gemeente nodig, "
                        "bijvoorbeeld voor een ontmoetingsplek of voor woningen. Kijk ook hoe "
                        "anderen het oplosten: als het elders kan, kan het bij u ook.</p>"
                    ),
                ),
                ("heading", "Draagvlak vasthouden"),
                (
                    "paragraph",
                    (
                        "<p>Het draagvlak wordt stevig als bewoners zich echt verbinden, "
                        "bijvoorbeeld als lid. In Austerlitz is bijna de helft van de inwoners lid "
                        "van de zorgcoöperatie. De diensten groeien mee met wat de leden nodig "
                        "hebben. En vergeet niet: er komen ook tegenvallers. Spreek daarom af hoe "
                        "u op tijd kunt bijsturen.</p>"
                    ),
                ),
            ],
            "reflection_questions": [
                "Welke zorg delen de mensen in uw dorp of wijk?",
                "Wie zijn de twee of drie mensen die het voortouw kunnen nemen?",
                "Hoe maakt u zichtbaar hoeveel draagvlak er is, bijvoorbeeld via lidmaatschap?",
                "Wat doet u als het een tijd minder goed gaat?",
            ],
            "related_cases": [
                "zorgcooperatie-hoogeloon",
                "austerlitz-zorgt",
                "t-luukske-wellerlooi",
            ],
        },
        {
            "slug": "zeggenschap-en-geld-in-balans",
            "title": "Module 2: Zeggenschap en geld in balans",
            "intro": (
                "Geld is nodig, maar wie betaalt, wil vaak ook bepalen. In deze module leert u van "
                "de kruisverenigingen, de hospices, Tot uw Dienst en ouderinitiatieven met een pgb."
            ),
            "body": [
                ("heading", "De les van de kruisverenigingen"),
                (
                    "paragraph",
                    (
                        "<p>Vroeger regelden kruisverenigingen de zorg aan huis. Wie hulp wilde, "
                        "werd lid. Toen zij in 1980 vaste financiering kregen via de AWBZ, "
                        "verdween het karakter van een gemeenschap. De les uit de whitepaper van "
                        "NLZVE en NVTZ: duurzaam geld en zeggenschap van de gemeenschap moeten "
                        "samengaan.</p>"
                    ),
                ),
                ("heading", "Verschillende bronnen, verschillende risico's"),
                (
                    "paragraph",
                    (
                        "<p>Initiatieven kiezen verschillende "
                        "wegen:</p><ul><li><strong>Hospices</strong> halen vaak hoogstens een "
                        "derde van hun inkomsten uit subsidie. Zo blijven ze onafhankelijk, maar "
                        "ze zijn wel afhankelijk van giften.</li><li><strong>Tot uw "
                        "Dienst</strong> in Laarbeek heeft contracten met de gemeente en twee "
                        "zorgverzekeraars, en 35 medewerkers in vaste "
                        "dienst.</li><li><strong>Ouderinitiatieven</strong> draaien op een pgb. "
                        "Dat geeft ruimte, maar het beleid rond het pgb kan "
                        "veranderen.</li><li><strong>'t Luukske</strong> verdient geld met "
                        "groepsverhuur.</li></ul>"
                    ),
                ),
                ("heading", "Startgeld en vast geld"),
                (
                    "paragraph",
                    (
                        "<p>Een startsubsidie lukt vaak wel. Vaste financiering, bijvoorbeeld voor "
                        "de huur van een ontmoetingsplek of het loon van een dorpsondersteuner, is "
                        "veel moeilijker. De helpdesk van NLZVE denkt mee, bijvoorbeeld over "
                        "contracten met zorginkopers en wijkcontracten.</p>"
                    ),
                ),
            ],
            "reflection_questions": [
                (
                    "Van welke geldgever bent u het meest afhankelijk, en wat betekent dat voor uw "
                    "zeggenschap?"
                ),
                "Welke eigen inkomsten zou uw initiatief kunnen hebben?",
                "Wat gebeurt er met uw initiatief als één geldbron wegvalt?",
            ],
            "related_cases": [
                "hospices",
                "tot-uw-dienst-laarbeek",
                "ouderinitiatieven-pgb",
                "t-luukske-wellerlooi",
            ],
        },
    ],
}

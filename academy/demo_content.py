"""Demo courses of the academy, written anew from the facts in the seeds.

The first course is ``knowledge.demo_content.COURSE``; the second is written here. Sessions are
placed a few weeks after the day the demo is loaded, so they are always upcoming.
"""

from knowledge.demo_content import COURSE as STARTING_COURSE

TEACHER = {
    "name": "Ondersteuningsteam NLZVE",
    "role": "Adviseurs van de helpdesk",
    "bio": (
        "De adviseurs van de gratis helpdesk van Nederland Zorgt Voor Elkaar denken mee met "
        "initiatieven, bijvoorbeeld over organisatie, geld en regels. Ze brengen mensen uit "
        "dezelfde regio met elkaar in contact."
    ),
}

FINANCING_COURSE = {
    "slug": "duurzame-financiering",
    "title": "Duurzame financiering van uw initiatief",
    "intro": (
        "Een start lukt vaak met een subsidie. Maar hoe betaalt u de huur en de mensen over vijf "
        "jaar nog? In deze leergang ziet u hoe andere initiatieven dat aanpakten, en wat dat "
        "betekent voor wie er de baas is."
    ),
    "audience": ["bestuur", "beginnend-initiatief", "gemeenten"],
    "learning_goals": [
        "U weet waarom vast geld lastiger te krijgen is dan startgeld.",
        "U kent de geldbronnen die initiatieven gebruiken, en de risico's van elke bron.",
        "U kunt een gesprek met de gemeente of een zorgverzekeraar goed voorbereiden.",
        "U weet hoe u laat zien wat uw initiatief oplevert voor de buurt.",
    ],
    "format": "locatie",
    "duration": "Twee modules",
    "cost": "",
    "language": "nl",
    "prerequisites": (
        "Handig als u de leergang over het starten van een zorgzame gemeenschap al kent. "
        "Het hoeft niet."
    ),
    "themes": ["financiering", "samenwerking-gemeente-en-zorgpartijen", "maatschappelijke-impact"],
    "session": {
        "days_ahead": 45,
        "start": (13, 30),
        "end": (16, 0),
        "venue": "Multifunctioneel centrum 't Luukske",
        "address": "Wellerlooi",
        "online_url": "",
        "capacity": 25,
    },
    "modules": [
        {
            "slug": "van-startgeld-naar-vast-geld",
            "title": "Module 1: Van startgeld naar vast geld",
            "intro": (
                "Waarom past een bewonersinitiatief zo slecht in de bestaande geldstromen? En "
                "welke wegen vonden andere initiatieven toch?"
            ),
            "body": [
                ("heading", "Waarom het moeilijk is"),
                (
                    "paragraph",
                    (
                        "<p>Een initiatief van bewoners doet vaak van alles tegelijk: een beetje "
                        "zorg, een beetje welzijn, ontmoeting en vervoer. De potjes van gemeente, "
                        "zorgkantoor en zorgverzekeraar zijn juist streng gescheiden. Bovendien "
                        "zit de winst vaak in wat u voorkomt. Wie de kosten maakt, is dan niet "
                        "altijd degene die er later op bespaart.</p>"
                    ),
                ),
                ("heading", "Startgeld lukt vaak, vast geld niet"),
                (
                    "paragraph",
                    (
                        "<p>Voor het begin is vaak wel een subsidie te vinden. Moeilijker is geld "
                        "dat elk jaar terugkomt: voor de huur van een ontmoetingsplek, of voor "
                        "het loon van een dorpsondersteuner. Ook de manier waarop gemeenten en "
                        "verzekeraars zorg inkopen, is voor kleine initiatieven vaak een "
                        "drempel.</p>"
                    ),
                ),
                ("heading", "Wegen die anderen vonden"),
                (
                    "paragraph",
                    (
                        "<ul><li>Tot uw Dienst in Laarbeek sloot contracten met de gemeente en "
                        "met twee zorgverzekeraars.</li><li>Veel hospices houden subsidie op "
                        "hoogstens een derde van hun inkomsten, om onafhankelijk te "
                        "blijven.</li><li>'t Luukske in Wellerlooi verhuurt ruimte aan groepen "
                        "en betaalt daarmee voorzieningen in het dorp.</li><li>Ouderinitiatieven "
                        "wonen en zorgen met een pgb.</li></ul>"
                    ),
                ),
            ],
            "reflection_questions": [
                "Welke kosten komen bij u elk jaar terug?",
                "Wie bespaart er geld doordat uw initiatief bestaat?",
                "Welke eigen inkomsten zijn voor u haalbaar?",
            ],
            "related_cases": ["tot-uw-dienst-laarbeek", "hospices", "t-luukske-wellerlooi"],
        },
        {
            "slug": "geld-en-zeggenschap",
            "title": "Module 2: Geld, zeggenschap en wat u oplevert",
            "intro": (
                "Wie betaalt, wil vaak meebeslissen. Hoe houdt u als bewoners de regie, en hoe "
                "laat u zien wat uw werk waard is?"
            ),
            "body": [
                ("heading", "Geld en regie horen bij elkaar"),
                (
                    "paragraph",
                    (
                        "<p>De whitepaper van NLZVE en NVTZ over formele zorg en zorgzame "
                        "gemeenschappen laat zien wat er gebeurde met de kruisverenigingen. Toen "
                        "zij vast geld kregen, verdween het gevoel van een eigen vereniging. "
                        "Spreek daarom bij elke nieuwe geldgever af wie waarover beslist.</p>"
                    ),
                ),
                ("heading", "Laat zien wat het oplevert"),
                (
                    "paragraph",
                    (
                        "<p>Met een maatschappelijke kosten-batenanalyse, zoals SROI, maakt u "
                        "zichtbaar wat uw initiatief de buurt oplevert. NLZVE werkt in "
                        "actieonderzoek samen met initiatieven aan zulke verdienmodellen. Ook "
                        "nieuwe vormen zoals een wijkcontract of populatiebekostiging komen aan "
                        "bod.</p>"
                    ),
                ),
            ],
            "reflection_questions": [
                "Welke afspraken over zeggenschap heeft u met uw geldgevers?",
                "Welk resultaat van uw initiatief zou u willen meten?",
            ],
            "related_cases": ["austerlitz-zorgt", "ouderinitiatieven-pgb"],
        },
    ],
}

STARTING_SESSION = {
    "days_ahead": 30,
    "start": (19, 30),
    "end": (21, 30),
    "venue": "",
    "address": "",
    "online_url": "https://meet.jit.si/nlzve-academie-demo",
    "capacity": 30,
}

COURSES = [{**STARTING_COURSE, "session": STARTING_SESSION}, FINANCING_COURSE]
WHITEPAPER_SLUG = "whitepaper-samenspel-formele-zorg"

"""Starting values of the vocabularies (Dutch), loaded by a data migration on every install.

Editors may rename and describe them; the machine names (slugs) stay stable because search
filters, links and the demo content refer to them.
"""

THEMES = [
    (
        "financiering",
        "Financiering",
        "Hoe initiatieven hun werk betalen: gemeente, zorgverzekeraar, leden, fondsen.",
    ),
    (
        "governance-en-zeggenschap",
        "Governance en zeggenschap",
        "Wie beslist er, en hoe houden bewoners de regie?",
    ),
    ("wonen", "Wonen", "Samen wonen, wonen met zorg en langer thuis in de eigen buurt."),
    (
        "zorg-en-ondersteuning",
        "Zorg en ondersteuning",
        "Hulp bij het huishouden, verzorging, verpleging en mantelzorg.",
    ),
    (
        "welzijn-en-ontmoeting",
        "Welzijn en ontmoeting",
        "Elkaar ontmoeten, eenzaamheid voorkomen, samen dingen doen.",
    ),
    (
        "wet-en-regelgeving",
        "Wet- en regelgeving",
        "Wmo, Wlz, Zorgverzekeringswet en andere regels die ertoe doen.",
    ),
    (
        "samenwerking-gemeente-en-zorgpartijen",
        "Samenwerking met gemeente en zorgpartijen",
        "Afspraken en contracten met gemeente, verzekeraar en zorgaanbieders.",
    ),
    (
        "organisatie-en-vrijwilligers",
        "Organisatie en vrijwilligers",
        "Bestuur, vrijwilligers werven en vasthouden, betaalde krachten.",
    ),
    (
        "maatschappelijke-impact",
        "Maatschappelijke impact",
        "Wat het initiatief oplevert voor mensen, buurt en samenleving.",
    ),
    (
        "energie-en-brede-beweging",
        "Energie en brede beweging",
        "Verbinding met andere bewonersinitiatieven, zoals energie en kleine kernen.",
    ),
]

INITIATIVE_TYPES = [
    (
        "zorgcooperatie",
        "Zorgcoöperatie",
        "Bewoners organiseren samen zorg en ondersteuning in een coöperatie.",
    ),
    (
        "stadsdorp",
        "Stadsdorp",
        "Buurtbewoners in de stad die elkaar helpen en samen activiteiten organiseren.",
    ),
    (
        "noaberzorgpunt",
        "Noaberzorgpunt",
        "Burenhulp in de traditie van het noaberschap in het oosten van het land.",
    ),
    ("zorgzaam-dorp", "Zorgzaam dorp", "Een dorp dat de zorg voor elkaar samen organiseert."),
    ("burennetwerk", "Burennetwerk", "Buren die elkaar praktisch helpen."),
    (
        "buurtcollectief",
        "Buurtcollectief",
        "Een collectief van bewoners dat diensten voor de buurt regelt.",
    ),
    (
        "hospice",
        "Hospice",
        "Een huis voor zorg in de laatste levensfase, vaak met veel vrijwilligers.",
    ),
    (
        "voorzorgcirkel",
        "Voorzorgcirkel",
        "Een kleine groep ouderen die afspraken maakt over hulp aan elkaar.",
    ),
    (
        "buurthuis-met-bewonersregie",
        "Buurthuis met bewonersregie",
        "Een ontmoetingsplek die bewoners zelf runnen.",
    ),
    (
        "ouderinitiatief-pgb",
        "Ouderinitiatief (pgb)",
        "Ouders die met een pgb een woonvorm voor hun kind met een beperking regelen.",
    ),
    ("wooninitiatief", "Wooninitiatief", "Bewoners die samen een woonvorm opzetten."),
]

LEGAL_FORMS = [
    (
        "cooperatieve-vereniging",
        "Coöperatieve vereniging",
        "Een vereniging met leden die samen een onderneming drijven.",
    ),
    ("vereniging", "Vereniging", "Een organisatie met leden en een ledenvergadering."),
    ("stichting", "Stichting", "Een organisatie zonder leden, met een bestuur."),
    ("sociale-cooperatie", "Sociale coöperatie", "Een coöperatie met een maatschappelijk doel."),
    ("informeel", "Informeel", "Geen rechtsvorm: een groep bewoners die samen iets doet."),
]

PROVINCES = [
    ("groningen", "Groningen"),
    ("friesland", "Fryslân"),
    ("drenthe", "Drenthe"),
    ("overijssel", "Overijssel"),
    ("flevoland", "Flevoland"),
    ("gelderland", "Gelderland"),
    ("utrecht", "Utrecht"),
    ("noord-holland", "Noord-Holland"),
    ("zuid-holland", "Zuid-Holland"),
    ("zeeland", "Zeeland"),
    ("noord-brabant", "Noord-Brabant"),
    ("limburg", "Limburg"),
]

FUNDING_SOURCES = [
    ("wmo-gemeente", "Wmo (gemeente)", "Geld van de gemeente voor ondersteuning volgens de Wmo."),
    (
        "zorgverzekeraar",
        "Zorgverzekeraar",
        "Contracten met een zorgverzekeraar (Zorgverzekeringswet).",
    ),
    ("wlz", "Wlz", "Langdurige zorg uit de Wet langdurige zorg."),
    ("pgb", "Persoonsgebonden budget", "Zorg die bewoners met een pgb zelf inkopen."),
    ("contributie-leden", "Contributie van leden", "Bijdragen van de leden."),
    ("subsidie", "Subsidie", "Subsidie van gemeente, provincie of Rijk."),
    ("fondsen-en-giften", "Fondsen en giften", "Bijdragen van fondsen, sponsors en giften."),
    ("eigen-inkomsten", "Eigen inkomsten", "Inkomsten uit verhuur, verkoop of diensten."),
    ("vrijwillige-inzet", "Vrijwillige inzet", "Het werk van vrijwilligers, zonder geldstroom."),
]

DEVELOPMENT_STAGES = [
    ("idee", "Idee", "Een paar bewoners verkennen wat er nodig is."),
    ("opstart", "Opstart", "Het initiatief is opgericht en zet de eerste stappen."),
    ("groei", "Groei", "Meer leden, meer diensten, eerste afspraken met partners."),
    ("volwassen", "Volwassen", "Een stevige organisatie met vaste afspraken."),
    (
        "verbreding",
        "Verbreding",
        "Het initiatief pakt nieuwe terreinen op, zoals wonen of energie.",
    ),
]

VOCABULARIES = {
    "Theme": THEMES,
    "InitiativeType": INITIATIVE_TYPES,
    "LegalForm": LEGAL_FORMS,
    "Province": [(slug, name, "") for slug, name in PROVINCES],
    "FundingSource": FUNDING_SOURCES,
    "DevelopmentStage": DEVELOPMENT_STAGES,
}


def load_vocabularies(get_model, locale) -> int:
    """Create what is missing in ``locale``; existing terms keep the editors' names."""
    created = 0
    for model_name, terms in VOCABULARIES.items():
        model = get_model("knowledge", model_name)
        for slug, name, description in terms:
            _, was_created = model.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": name, "description": description}
            )
            created += was_created
    return created

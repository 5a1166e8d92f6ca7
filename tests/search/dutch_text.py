"""Dutch text for comparing the engines' stemming word by word (stop words left out)."""

DUTCH_TEXT = (
    "Bewoners kleine kernen richten samen zorgcoöperaties; vrijwilligers koken maaltijden, "
    "brengen ouderen afspraken beheren buurthuizen moestuinen huiskamers "
    "ontmoetingsplekken. Gemeenten verlenen subsidies initiatieven eenzaamheid verminderen "
    "mantelzorgers ontlasten; zorgverzekeraars betalen soms mee wijkverpleging dagbesteding "
    "kleinschalige woonvormen mensen dementie. Mogelijkheden keuzes ruimtes families acties "
    "huisjes stoeltjes kaartjes brieven prijzen regelingen verantwoordelijkheden betrokkenheid"
)

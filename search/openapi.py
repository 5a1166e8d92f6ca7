"""OpenAPI description of the search API (served at /api/v2/search/openapi.json)."""

FACET_PARAMETERS = {
    "soort": "Content type: case, whitepaper, glossary, initiative",
    "thema": "Theme slug, e.g. financiering (repeat for several: any of them)",
    "initiatief": "Initiative type slug, e.g. zorgcooperatie",
    "provincie": "Province slug, e.g. noord-brabant",
    "rechtsvorm": "Legal form slug, e.g. cooperatieve-vereniging",
    "financiering": "Funding source slug, e.g. wmo-gemeente",
    "fase": "Development stage slug, e.g. groei",
    "jaar": "Year, four digits",
}

HIT = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "url": {"type": "string"},
        "kind": {"type": "string"},
        "kind_label": {"type": "string"},
        "summary": {"type": "string"},
        "snippet": {"type": "string", "description": "Escaped HTML with <mark> around matches"},
        "date": {"type": ["string", "null"], "format": "date-time"},
        "facets": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
}

SCHEMA = {
    "openapi": "3.1.0",
    "info": {
        "title": "Kennisbank NLZVE: zoeken",
        "version": "1",
        "description": "Faceted search over live, public content. Unknown parameters and values "
        "are ignored and listed in `ignored`; nothing here carries personal data.",
    },
    "paths": {
        "/api/v2/search/": {
            "get": {
                "summary": "Search with facets",
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
                    {"name": "locale", "in": "query", "schema": {"enum": ["nl", "en"]}},
                    {
                        "name": "sortering",
                        "in": "query",
                        "schema": {"enum": ["relevantie", "nieuwste"]},
                    },
                    {
                        "name": "pagina",
                        "in": "query",
                        "description": "Beyond the last page (or result 10,000): the last page",
                        "schema": {"type": "integer", "minimum": 1},
                    },
                    {
                        "name": "per_pagina",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 50},
                    },
                    *(
                        {
                            "name": name,
                            "in": "query",
                            "description": description,
                            "schema": {"type": "array", "items": {"type": "string"}},
                            "style": "form",
                            "explode": True,
                        }
                        for name, description in FACET_PARAMETERS.items()
                    ),
                ],
                "responses": {
                    "200": {
                        "description": "The same result the search page shows",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "total": {"type": "integer"},
                                        "page": {"type": "integer"},
                                        "num_pages": {"type": "integer"},
                                        "suggestion": {"type": ["string", "null"]},
                                        "ignored": {"type": "array", "items": {"type": "string"}},
                                        "hits": {"type": "array", "items": HIT},
                                        "promoted": {"type": "array", "items": HIT},
                                        "facets": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "name": {"type": "string"},
                                                    "label": {"type": "string"},
                                                    "values": {
                                                        "type": "array",
                                                        "items": {
                                                            "type": "object",
                                                            "properties": {
                                                                "value": {"type": "string"},
                                                                "label": {"type": "string"},
                                                                "count": {"type": "integer"},
                                                                "selected": {"type": "boolean"},
                                                            },
                                                        },
                                                    },
                                                },
                                            },
                                        },
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}

"""The JSON Schema file is generated from the same field specs ``check`` uses."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

import chronology
from chronology.events import schema
from chronology.events.model import ArticleInfo, Event, EventsFile, Source
from chronology.events.store import dump_events

SCHEMA_FILE = Path(chronology.__file__).parent / "schema" / "events.schema.json"


def test_committed_schema_is_up_to_date():
    """Regenerate with: python -c 'from chronology.events.schema import json_schema_text as t;
    open("chronology/schema/events.schema.json", "w").write(t())'"""
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema.json_schema_text()


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text()))


@pytest.mark.parametrize(("specs", "model"), [
    (schema.EVENT_FIELDS, Event), (schema.SOURCE_FIELDS, Source),
])
def test_specs_cover_every_model_field(specs, model):
    assert set(schema.names(specs)) == {f.name for f in fields(model)}


def test_article_specs_cover_every_model_field():
    assert set(schema.names(schema.ARTICLE_FIELDS)) == {f.name for f in fields(ArticleInfo)} - {"id"}


def _yaml_data(text: str):
    return YAML(typ="safe", pure=True).load(text)


def test_a_written_file_validates_against_the_schema():
    events = EventsFile(
        events=[Event(id="e1", date="2015-01-20", title="t", approximate=True, tags=["a"],
                      sources=[Source(article="a1", quote="q", date="2015")])],
        articles={"a1": ArticleInfo(id="a1", title="x", reported="2015-01-22")})
    data = json.loads(json.dumps(_yaml_data(dump_events(events)), default=str))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text()))


@pytest.mark.parametrize("text", [
    "events:\n  - id: e1\n    date: 2015-01-20\n    titel: t\n",
    "events:\n  - id: e1\n    date: Febuary\n    title: t\n",
    "events:\n  - id: e1\n    date: '2015'\n    title: t\n    status: gone\n",
    "version: 2\n",
])
def test_the_schema_rejects_what_check_rejects(text):
    data = json.loads(json.dumps(_yaml_data(text), default=str))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text()))

"""The pack format as pydantic models: measures, frames, rules and their examples.

Each rule kind is its own model, `kind: Literal[...]` with that kind's params dataclass, and
a rule is the union of them discriminated by `kind`, so an unknown kind, a misspelt
parameter or a parameter of the wrong type is caught where it is written, and the JSON
Schema tells an editor which params each kind takes. Models are built on first use: a pack
is loaded once per run and pydantic's import is not free.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..model import SEVERITIES

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
RULE_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"


@lru_cache(maxsize=1)
def models() -> Any:
    """A namespace with the models Pack, Measure, Frame, Rules (the union) and Select."""
    from types import SimpleNamespace
    from typing import Annotated, Literal, Union

    from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, create_model

    from ..checks import PARAMS, load_all
    from ..relate import cue_lists

    class Strict(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)

    class Measure(Strict):
        """A quantity articles talk about, and the words that name it."""

        name: str = Field(pattern=ID_PATTERN, description="Unique name, used by rules and selectors.")
        aliases: list[str] = Field(default_factory=list, description="Words that name it in a text (case-insensitive; "
                                   "punctuation and 'and' between the words are optional).")
        unit: str | None = Field(None, description="What it counts: companies, people, dollars …; "
                                 "'percent' for a rate, which only figures in percent can give.")
        dimensions: list[str] = Field(default_factory=list, description="Qualifiers that tell its figures apart: "
                                      "region, batch, category.")
        cumulative: bool = Field(False, description="A running total: it never decreases over time.")
        default_region: str | None = Field(None, description="Region a figure without one is about.")

    class Frame(Strict):
        """A phrasing that states a relation: a regular expression over the sentence with typed slots."""

        id: str = Field(pattern=ID_PATTERN)
        statement: str = Field(pattern=ID_PATTERN, description="The kind of statement it makes (share, sum, …), "
                               "which the rules of that kind read.")
        pattern: str = Field(description="Regular expression with slots {count:x} {percent:x} {pp:x} {money:x} "
                             "{number:x} {quantity:x} {change:x} {year:x} {date:x} {period:x} {duration:x} "
                             "{ordinal:x} {ratio:x} {any:x} {counts:x} {numbers:x} {percents:x} {pps:x} "
                             "{quantities:x} {list:x} {name:x} {phrase:x} {gap} {near} {text}; each slot name "
                             "once per pattern.")
        sentences: int = Field(1, ge=1, le=3, description="How many consecutive sentences it may span.")
        set: dict[str, str] = Field(default_factory=dict, description="Fixed slot values this phrasing implies.")

    Example = Union[str, list[str]]

    class Examples(Strict):
        """Texts the rule must fire on and must not fire on; a list of texts is one corpus."""

        fire: list[Example] = Field(default_factory=list)
        ok: list[Example] = Field(default_factory=list)

    class Select(Strict):
        """Restricts a rule to findings about these measures. A rule that selects measures
        takes them over from the rules of the same kind that select none."""

        measures: list[str] = Field(min_length=1)

    class RuleBase(Strict):
        id: str = Field(pattern=RULE_ID_PATTERN, description="pack/name, stable: used to disable or override it.")
        severity: Literal[SEVERITIES]  # type: ignore[valid-type]
        message: str = Field(description="Template; {fields} come from the check.")
        doc: str = Field("", description="Link to the rule's documentation.")
        description: str = Field("", description="What it checks and how to fix what it finds.")
        select: Select | None = None
        examples: Examples = Field(default_factory=Examples)

    load_all()
    kinds = []
    for kind in sorted(PARAMS):
        params = PARAMS[kind]
        fields: dict[str, Any] = {"kind": (Literal[kind], ...)}
        fields["params"] = (params, Field(default_factory=params) if _all_defaulted(params) else ...)
        kinds.append(create_model(f"Rule_{kind.replace('-', '_')}", __base__=RuleBase, **fields))
    Rule = Annotated[Union[tuple(kinds)], Field(discriminator="kind")]

    lists = cue_lists()
    CueWords = Union[list[str], dict[str, Union[str, int, float]]]

    class Pack(Strict):
        """A rule pack: measures, cues, frames and rules for one beat."""

        pack: str = Field(pattern=ID_PATTERN, description="The pack's name; rule ids start with it.")
        description: str = ""
        measures: list[Measure] = Field(default_factory=list)
        cues: dict[str, dict[str, CueWords]] = Field(
            default_factory=dict, description="Per relation, lists of words that cue it (relation → list → words, or "
            "words → the value each stands for): " + "; ".join(f"{r}: {', '.join(sorted(l))}" for r, l in lists.items()))
        frames: list[Frame] = Field(default_factory=list)
        rules: list[Rule] = Field(default_factory=list)  # type: ignore[valid-type]
        _path: str = PrivateAttr("")  # where it was loaded from, for messages
        _marks: Any = PrivateAttr(None)  # yamlmarks.Marks: positions of its values


    return SimpleNamespace(Pack=Pack, Measure=Measure, Frame=Frame, Examples=Examples, Select=Select,
                           kinds=sorted(PARAMS), rule_keys=[*RuleBase.model_fields, "kind", "params"])


def _all_defaulted(params: type) -> bool:
    import dataclasses

    return all(f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
               for f in dataclasses.fields(params))


def json_schema() -> dict:
    schema = models().Pack.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "factcheck rule pack"
    return schema

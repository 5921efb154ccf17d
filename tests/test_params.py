"""Notebook parameters are typed, documented and validated before any kernel starts."""

import pytest

from analysis.errors import ParameterError
from analysis.report.build import DEFAULT_NOTEBOOK
from analysis.report.params import coerce, read_parameters, validate


@pytest.fixture(scope="module")
def declared():
    return read_parameters(DEFAULT_NOTEBOOK)


def test_parameters_are_typed_and_documented(declared):
    assert list(declared) == ["article", "record", "focus", "formats", "knowledge"]
    assert declared["formats"].type == "list[str]"
    assert declared["formats"].default == ["html", "pdf"]
    assert all(p.help for p in declared.values())


def test_unknown_parameter_names_it_and_lists_the_valid_ones(declared):
    with pytest.raises(ParameterError) as info:
        validate({"colour": "red"}, declared)
    message = str(info.value)
    assert message.startswith("unknown parameter 'colour' — valid parameters are: article (str, default")
    for name in declared:
        assert f"{name} (" in message


def test_ill_typed_parameter(declared):
    with pytest.raises(ParameterError) as info:
        validate({"focus": 3}, declared)
    assert str(info.value).startswith("parameter 'focus' must be str, not int (3)")
    with pytest.raises(ParameterError):
        validate({"formats": "html"}, declared)
    with pytest.raises(ParameterError):
        validate({"formats": ["html", 1]}, declared)


def test_defaults_fill_in(declared):
    values = validate({"focus": "Russia"}, declared)
    assert values["focus"] == "Russia" and values["formats"] == ["html", "pdf"]


def test_command_line_values_are_coerced(declared):
    assert coerce("html,pdf", "formats", declared) == ["html", "pdf"]
    assert coerce('["pdf"]', "formats", declared) == ["pdf"]
    with pytest.raises(ParameterError):
        coerce("x", "nope", declared)

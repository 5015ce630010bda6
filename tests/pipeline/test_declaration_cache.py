"""A chapter module's declarations kept on disk: read once per version of the file, never stale.

Every command reads the declarations (scenes, parameters, ``uses_params``) of every chapter
module of every lecture; parsing them all costs most of a second, so they are kept with the
build keys (``scripts/build/symbol_cache.py``) by each file's content digest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.build import scene_modules, symbol_cache
from scripts.build.scene_modules import (
    ParameterKind,
    read_module_parameters,
    read_module_scenes,
    read_scene_param_uses,
)

MODULE = '''
PARAMETERS = {"seed": "int", "steps": "count <= 500"}


class Opening:
    """The clouds appear."""

    uses_params = ("seed",)


class Closing:
    """The line settles."""


SCENES_IN_ORDER = [Opening, Closing]
'''


def _read_all(path: Path) -> tuple[object, object, object]:
    return read_module_scenes(path), read_module_parameters(path), read_scene_param_uses(path)


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh disk cache in use, as a command sets up before reading the lectures."""
    monkeypatch.setattr(symbol_cache, "_ACTIVE", None)
    cache = tmp_path / "media" / ".cache" / "build-keys.json"
    symbol_cache.use_disk_cache(cache)
    return cache


def _new_process(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next command sees: the cache as saved, no parse kept in memory."""
    active = symbol_cache.active()
    assert active is not None
    active.save()
    monkeypatch.setattr(symbol_cache, "_ACTIVE", symbol_cache.SymbolCache(cache))
    scene_modules._parse_cached.cache_clear()
    scene_modules._content_digest.cache_clear()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError(f"parsed {path} although its declarations were kept")

    monkeypatch.setattr(scene_modules, "parse_file", refuse)


def test_the_next_command_reads_them_without_parsing(
        tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chapter = tmp_path / "chapter.py"
    chapter.write_text(MODULE, encoding="utf-8")
    first = _read_all(chapter)
    assert first == ((["Opening", "Closing"],
                      {"Opening": "The clouds appear.", "Closing": "The line settles."}),
                     {"seed": ParameterKind("int"), "steps": ParameterKind("count", 500)},
                     {"Opening": (("seed",), 8)})
    _new_process(disk, monkeypatch)
    _no_parsing(monkeypatch)
    assert _read_all(chapter) == first


def test_a_module_without_parameters_keeps_that_too(
        tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chapter = tmp_path / "chapter.py"
    chapter.write_text('class Only:\n    """Alone."""\n', encoding="utf-8")
    assert read_module_parameters(chapter) is None
    read_module_scenes(chapter)
    _new_process(disk, monkeypatch)
    _no_parsing(monkeypatch)
    assert read_module_parameters(chapter) is None
    assert read_module_scenes(chapter) == (None, {"Only": "Alone."})


def test_an_edited_module_is_read_again(
        tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chapter = tmp_path / "chapter.py"
    chapter.write_text(MODULE, encoding="utf-8")
    _read_all(chapter)
    _new_process(disk, monkeypatch)
    chapter.write_text(MODULE.replace("[Opening, Closing]", "[Closing, Opening]")
                       .replace('"count <= 500"', '"count <= 900"'), encoding="utf-8")
    assert read_module_scenes(chapter)[0] == ["Closing", "Opening"]
    assert read_module_parameters(chapter) == {"seed": ParameterKind("int"),
                                               "steps": ParameterKind("count", 900)}


def test_a_broken_entry_is_read_again(
        tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chapter = tmp_path / "chapter.py"
    chapter.write_text(MODULE, encoding="utf-8")
    first = _read_all(chapter)
    _new_process(disk, monkeypatch)
    data = json.loads(disk.read_text(encoding="utf-8"))
    for entry in data["declarations"].values():
        entry["value"] = [{"steps": ["no such kind", None]}]
    disk.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(symbol_cache, "_ACTIVE", symbol_cache.SymbolCache(disk))
    assert _read_all(chapter) == first


def test_a_declaration_error_is_never_kept(
        tmp_path: Path, disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chapter = tmp_path / "chapter.py"
    chapter.write_text(MODULE.replace('"int"', '"integer"'), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(scene_modules.CatalogError, match=r"chapter.py:2: unknown parameter"):
            read_module_parameters(chapter)
        _new_process(disk, monkeypatch)

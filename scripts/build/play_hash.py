"""A faster key for manim's partial movies: the mobjects on screen fingerprinted, not JSON-encoded.

manim names the partial movie of every ``play``/``wait`` by a hash of the camera, the animations
and every mobject on screen, which it gets by encoding them all to JSON. On a lecture scene
that encoding is most of the cost of a re-render whose animations are all re-used (34 of 52 s
in a profile of ``SigmoidSquashesAnyScore``): a readout panel alone is thousands of nested
objects, and it is encoded again at every play. This walks the same state (every attribute,
recursively; functions by their code, constants, closure and the globals they name; float
arrays on the noise-blind grid of :mod:`scripts.build.partial_cache`) straight into one
digest. The camera and the animations are still hashed by manim itself.

Only the render worker installs it (:func:`hash_plays_faster`); the key differs from manim's,
so the first render after installing it re-uses nothing.
"""

from __future__ import annotations

import enum
import hashlib
import math
import os
import types
import zlib
from typing import Any

import numpy as np

from scripts.build.partial_cache import HASH_GRID, HASH_PHASE

#: Attributes that do not change what a mobject draws: those manim filters (bar the pixel
#: array, which an image mobject draws); a glyph's parsed SVG path, which its points already
#: hold (it is most of a glyph's objects and read only when the glyph is made); an SVG's
#: groups by element id, which are its submobjects again under ids that Cairo numbers in the
#: order a process drew its texts ("surface1"), so they differ between workers.
SKIPPED_KEYS = frozenset({"original_id", "background", "pixel_array_to_cairo_context",
                          "path_obj", "id_to_vgroup_dict"})
#: Objects taken by their type alone, as manim's JSON takes them: paths (a glyph's SVG file
#: lies in the worker's own TeX folder, which differs between workers) and manim's global
#: config (its folders differ between runs; what it sets for a render, the camera's hash has).
OPAQUE_TYPES: tuple[type, ...] = (os.PathLike,)


class _Fingerprint:
    """One walk over a list of mobjects into one digest; each object is walked once."""

    def __init__(self, scene: object) -> None:
        self.digest = hashlib.blake2b(digest_size=16)
        self.seen: dict[int, int] = {id(scene): 0}  # the scene: a token, as in manim
        self.keep: list[object] = [scene]  # ids stay unique while the walk holds them
        self.floats: list[Any] = []  # float arrays, snapped and hashed at once at the end

    def put(self, tag: bytes, data: bytes = b"") -> None:
        self.digest.update(tag)
        self.digest.update(len(data).to_bytes(4, "little"))
        self.digest.update(data)

    def walk(self, obj: Any) -> None:  # noqa: C901, PLR0912 (one branch per kind of value)
        if obj is None or isinstance(obj, (bool, int, str)):
            self.put(b"v", f"{type(obj).__name__}:{obj}".encode())
            return
        if isinstance(obj, float):
            self.put(b"f", _snapped_float(obj))
            return
        key = id(obj)
        if key in self.seen:
            self.put(b"@", str(self.seen[key]).encode())
            return
        self.seen[key] = len(self.seen)
        self.keep.append(obj)
        if isinstance(obj, OPAQUE_TYPES) or type(obj).__name__ == "ManimConfig":
            self.put(b"o", type(obj).__qualname__.encode())
        elif isinstance(obj, np.ndarray):
            self._array(obj)
        elif isinstance(obj, np.generic):
            self.walk(obj.item())
        elif isinstance(obj, (list, tuple)):
            self.put(b"l", str(len(obj)).encode())
            for item in obj:
                self.walk(item)
        elif isinstance(obj, dict):
            self._mapping(obj)
        elif isinstance(obj, (set, frozenset)):
            self.put(b"s", str(len(obj)).encode())
        elif isinstance(obj, types.MethodType):
            self.put(b"m")
            self.walk(obj.__func__)
            self.walk(obj.__self__)
        elif isinstance(obj, types.FunctionType):
            self._function(obj)
        elif isinstance(obj, (type, types.ModuleType, types.BuiltinFunctionType)):
            self.put(b"t", f"{getattr(obj, '__module__', '')}.{obj.__qualname__}".encode()
                     if not isinstance(obj, types.ModuleType) else obj.__name__.encode())
        elif isinstance(obj, types.CodeType):
            self._code(obj)
        elif isinstance(obj, bytes):
            self.put(b"b", obj)
        else:
            self.put(b"o", type(obj).__qualname__.encode())
            state = getattr(obj, "__dict__", None)
            if isinstance(state, dict):
                self._mapping(state)
            for slot in _slots(type(obj)):
                self.walk(getattr(obj, slot, None))

    def _mapping(self, mapping: dict[Any, Any]) -> None:
        # Most of an object's attributes are plain values: one string for all of them, so that
        # a mobject costs one digest update and a walk only into what nests.
        flat: list[str] = []
        nested: list[tuple[Any, Any]] = []
        for k, v in mapping.items():
            if k in SKIPPED_KEYS:
                continue
            kind = type(v)
            if type(k) is not str:
                nested.append((k, v))
            elif v is None or kind is str or kind is int or kind is bool:
                flat.append(f"{k}={kind.__name__}:{v}")
            elif kind is float:
                flat.append(f"{k}=f:{_snapped_float(v).decode()}")
            elif isinstance(v, enum.Enum):
                flat.append(f"{k}=E:{kind.__qualname__}.{v.name}")
            else:
                nested.append((k, v))
        self.put(b"d", "\x1f".join(flat).encode())
        for k, v in nested:
            self.walk(k)
            self.walk(v)

    def _array(self, array: Any) -> None:
        self.put(b"a", f"{array.dtype.str}{array.shape}".encode())
        if array.dtype.kind == "f":
            self.floats.append(array.ravel())
        elif array.dtype.hasobject:
            for item in array.ravel().tolist():
                self.walk(item)
        else:
            self.put(b"", np.ascontiguousarray(array).tobytes())

    def hexdigest(self) -> str:
        if self.floats:
            values = np.concatenate(self.floats).astype(np.float64, copy=False)
            cells = np.floor(values / HASH_GRID + HASH_PHASE) + 0.0
            self.digest.update(np.ascontiguousarray(cells, dtype="<f8").tobytes())
        return self.digest.hexdigest()

    def _function(self, fn: types.FunctionType) -> None:
        self.put(b"F", fn.__qualname__.encode())
        self._code(fn.__code__)
        self.walk(fn.__defaults__)
        self.walk(fn.__kwdefaults__)
        for cell in fn.__closure__ or ():
            try:
                self.walk(cell.cell_contents)
            except ValueError:  # an empty cell
                self.put(b"e")
        for name in _global_names(fn.__code__):
            if name in fn.__globals__:
                value = fn.__globals__[name]
                if not isinstance(value, types.ModuleType):
                    self.put(b"g", name.encode())
                    self.walk(value)

    def _code(self, code: types.CodeType) -> None:
        self.put(b"c", code.co_code)
        self.put(b"n", " ".join(code.co_names).encode())
        for const in code.co_consts:
            self.walk(const)


def _global_names(code: types.CodeType) -> list[str]:
    """The names a function's code (nested functions' included) may look up as globals."""
    names = list(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names += _global_names(const)
    return names


def _slots(cls: type) -> list[str]:
    slots: list[str] = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        slots += [declared] if isinstance(declared, str) else list(declared)
    return [s for s in slots if s not in ("__dict__", "__weakref__")]


def _snapped_float(x: float) -> bytes:
    if math.isfinite(x):
        return str(math.floor(x / HASH_GRID + HASH_PHASE)).encode()
    return repr(x).encode()


def fingerprint_mobjects(scene: object, mobjects: list[Any]) -> str:
    """A hex digest of everything the mobjects on screen hold."""
    walk = _Fingerprint(scene)
    for mobject in mobjects:
        walk.walk(mobject)
    return walk.hexdigest()


def hash_plays_faster() -> None:
    """Key manim's partial movies by :func:`fingerprint_mobjects` for the mobjects on screen.

    Called in the render worker only (it patches manim's renderer module).
    """
    import manim.renderer.cairo_renderer as cairo_renderer
    from manim.utils import hashing

    if getattr(cairo_renderer, "_lecture_fast_hash", False):
        return
    # The animations, which manim still encodes, skip the same keys.
    hashing.KEYS_TO_FILTER_OUT.update(SKIPPED_KEYS - {"pixel_array"})

    def get_hash_from_play_call(scene: object, camera: object, animations: Any,
                                mobjects: Any) -> str:
        memoizer = hashing._Memoizer()
        memoizer.mark_as_processed(scene)
        camera_json = hashing._get_json(camera, memoizer)
        animations_json = [hashing._get_json(a, memoizer, include_pixel_array=True)
                           for a in sorted(animations, key=str)]
        hash_camera, hash_animations = (zlib.crc32(repr(j).encode())
                                        for j in (camera_json, animations_json))
        return f"{hash_camera}_{hash_animations}_{fingerprint_mobjects(scene, list(mobjects))}"

    cairo_renderer.get_hash_from_play_call = get_hash_from_play_call
    cairo_renderer._lecture_fast_hash = True  # type: ignore[attr-defined]

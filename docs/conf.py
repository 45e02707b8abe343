"""Sphinx configuration of the newsdoc documentation."""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.ext import napoleon
from sphinx.util import logging

import newsdoc

if TYPE_CHECKING:
    from docutils.nodes import Element
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

project = "newsdoc"
author = "The newsdoc developers"
copyright = "the newsdoc developers"
release = newsdoc.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"newsdoc {release}"

# -- autodoc ---------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False  # attrs writes __init__; its source shows attr_dict[...]
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

nitpicky = True

# -- doctest ---------------------------------------------------------------
# The examples directory of the repository, wherever the build runs from.
doctest_global_setup = f"""
from pathlib import Path
EXAMPLES = Path({str(Path(__file__).resolve().parent.parent / "examples")!r})
"""

# -- intersphinx -------------------------------------------------------------
# Links to Python, attrs, cattrs and Hypothesis resolve through small local
# inventories written below from _INVENTORIES, pointing at the real docs: the
# build needs no network and gives the same result everywhere. Set
# NEWSDOC_INTERSPHINX=online to try the projects' published inventories first.
# When the docs start to reference a new outside name, add it to _INVENTORIES.
_INVENTORIES: dict[str, tuple[str, dict[str, str]]] = {
    "python": (
        "https://docs.python.org/3",
        {
            "py:class Exception": "library/exceptions.html#Exception",
            "py:class ValueError": "library/exceptions.html#ValueError",
            "py:class bool": "library/functions.html#bool",
            "py:class bytes": "library/stdtypes.html#bytes",
            "py:class collections.abc.Iterable": (
                "library/collections.abc.html#collections.abc.Iterable"
            ),
            "py:module codecs": "library/codecs.html#module-codecs",
            "py:class datetime.date": "library/datetime.html#datetime.date",
            "py:class datetime.datetime": "library/datetime.html#datetime.datetime",
            "py:class datetime.timezone": "library/datetime.html#datetime.timezone",
            "py:class dict": "library/stdtypes.html#dict",
            "py:class enum.Enum": "library/enum.html#enum.Enum",
            "py:class int": "library/functions.html#int",
            "py:class list": "library/stdtypes.html#list",
            "py:class str": "library/stdtypes.html#str",
            "py:class tuple": "library/stdtypes.html#tuple",
            "py:data None": "library/constants.html#None",
            "py:data typing.Any": "library/typing.html#typing.Any",
            "py:function json.load": "library/json.html#json.load",
            "py:function json.loads": "library/json.html#json.loads",
        },
    ),
    "attrs": (
        "https://www.attrs.org/en/stable",
        {
            "py:function attrs.evolve": "api.html#attrs.evolve",
            "py:function attrs.frozen": "api.html#attrs.frozen",
            "py:module attrs": "api.html#module-attrs",
        },
    ),
    "cattrs": (
        "https://catt.rs/en/stable",
        {
            "py:class cattrs.Converter": "cattrs.html#cattrs.Converter",
            "py:function cattrs.preconf.json.make_converter": (
                "cattrs.preconf.html#cattrs.preconf.json.make_converter"
            ),
            "py:function cattrs.transform_error": "cattrs.html#cattrs.transform_error",
            "py:module cattrs.preconf.json": "cattrs.preconf.html#module-cattrs.preconf.json",
            "py:module cattrs.preconf.orjson": ("cattrs.preconf.html#module-cattrs.preconf.orjson"),
        },
    ),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/latest",
        {
            "py:class hypothesis.strategies.SearchStrategy": (
                "reference/strategies.html#hypothesis.strategies.SearchStrategy"
            ),
        },
    ),
}


def _write_inventory(name: str, entries: dict[str, str]) -> str:
    """Write a version 2 Sphinx inventory of *entries*; return its path."""
    lines = []
    for key, uri in sorted(entries.items()):
        role, target = key.split(" ", 1)
        lines.append(f"{target} {role} 1 {uri} -\n")
    header = (
        f"# Sphinx inventory version 2\n# Project: {name}\n# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    path = Path(__file__).parent / "_build" / "inventories" / f"{name}.inv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header.encode() + zlib.compress("".join(lines).encode()))
    return str(path)


_ONLINE = os.environ.get("NEWSDOC_INTERSPHINX") == "online"
intersphinx_mapping = {
    name: (
        uri,
        (None, _write_inventory(name, entries)) if _ONLINE else _write_inventory(name, entries),
    )
    for name, (uri, entries) in _INVENTORIES.items()
}
intersphinx_timeout = 10

# Annotations name some types by the alias the code imports them under.
_TARGET_ALIASES = {
    "dt.date": "datetime.date",
    "dt.datetime": "datetime.datetime",
    "cattrs.converters.Converter": "cattrs.Converter",
    "hypothesis.strategies._internal.strategies.SearchStrategy": (
        "hypothesis.strategies.SearchStrategy"
    ),
}

nitpick_ignore: list[tuple[str, str]] = []


# newsdoc's public names are documented where users import them from.
_PUBLIC = frozenset(newsdoc.__all__)


def _alias_target(
    app: Sphinx, env: BuildEnvironment, node: Element, contnode: Element
) -> Element | None:
    """Point references to an aliased name (``dt.date``) at its real name.

    A public name of newsdoc referred to from its private home
    (``newsdoc.model.Article``, or ``decode_bytes`` inside ``newsdoc._decode``)
    resolves here to where it is documented (``newsdoc.Article``); outside
    names are left to intersphinx, which runs next.
    """
    target = node.get("reftarget", "")
    if target in _TARGET_ALIASES:
        node["reftarget"] = _TARGET_ALIASES[target]
        return None
    public = _public_name(target)
    if node.get("refdomain") != "py" or public in {None, target}:
        return None
    resolved: Element | None = env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
    )
    return resolved


def _public_name(target: str) -> str | None:
    """``newsdoc.model.Article.blocks`` -> ``newsdoc.Article.blocks``; ``None`` if not newsdoc's."""
    parts = target.split(".")
    if parts[0] != "newsdoc" and len(parts) > 1:
        return None
    for index, part in enumerate(parts):
        if part in _PUBLIC:
            return ".".join(["newsdoc", *parts[index:]])
    return None


def _napoleon_for_code(  # noqa: PLR0913, PLR0917 -- the signature of Sphinx's event
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Run napoleon on functions and classes only.

    Napoleon reads the first line of an attribute's docstring as ``type:
    description``, which garbles docstrings such as ``A verbatim quotation: ...``.
    """
    if what not in {"attribute", "property", "data"}:
        napoleon._process_docstring(app, what, name, obj, options, lines)  # noqa: SLF001


def _check_reference(_app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about public names of ``newsdoc`` that the API reference leaves out."""
    documented = env.get_domain("py").objects  # type: ignore[attr-defined]
    missing = [
        n for n in newsdoc.__all__ if not n.startswith("_") and f"newsdoc.{n}" not in documented
    ]
    if missing:
        logging.getLogger(__name__).warning(
            "reference/api.md does not document: %s", ", ".join(missing)
        )


def setup(app: Sphinx) -> None:
    """Install the event handlers above."""
    for listener in list(app.events.listeners["autodoc-process-docstring"]):
        if listener.handler is napoleon._process_docstring:  # noqa: SLF001
            app.disconnect(listener.id)
    app.connect("autodoc-process-docstring", _napoleon_for_code)
    app.connect("missing-reference", _alias_target, priority=400)
    app.connect("env-check-consistency", _check_reference)

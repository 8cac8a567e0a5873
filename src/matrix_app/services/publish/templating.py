"""The site's Jinja2 environment, compiled once per process and tuned for thousands of pages.

Three changes to how Jinja2 runs the templates, none to what they print:

- a template's ``x.name`` on a dict is a key lookup (no AttributeError per lookup),
- ``{{ value }}`` is escaped to ``str`` without building a ``Markup`` object per value,
- a run of text and values between two tags is yielded as one string: a commitment page
  printed some 2,300 pieces, each passed up through three generators (the block, the page
  and its base template) before being joined.
"""

from __future__ import annotations

from typing import Any

_ENV: dict[str, Any] = {}
_DICT_ATTRS = frozenset(dir(dict))
_JOINED_CALLS = ("yield from parent_template.root_render_func(", "yield from context.blocks[")


def _escape_function():
    """The templates' output escape: markupsafe's own escaping of a value's text, returned
    as ``str``. A printed value is only joined into the page, so the ``Markup`` object
    markupsafe's ``escape`` builds around each one (a tenth of a publication's time) is not
    needed; Markup values (charts, macros) are printed as they are, as by ``escape``."""
    try:
        from markupsafe._speedups import _escape_inner  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - markupsafe without its C module
        from markupsafe import escape

        return escape

    def escape_text(value: Any) -> str:
        if value.__class__ is str:
            return _escape_inner(value)
        if hasattr(value, "__html__"):
            return value.__html__()
        return _escape_inner(str(value))

    return escape_text


def _code_generator_class():
    from jinja2 import nodes
    from jinja2.compiler import CodeGenerator

    class JoinedOutput(CodeGenerator):
        """Writes an output run (``<td>{{ a }}</td><td>{{ b }}</td>``) outside macros as one
        ``yield "".join((...))`` instead of a ``yield`` per piece; the rest is Jinja2's."""

        def visit_Output(self, node: nodes.Output, frame) -> None:
            if frame.buffer is not None or frame.require_output_check or len(node.nodes) < 2:
                super().visit_Output(node, frame)
                return
            finalize = self._make_finalize()
            body: list[Any] = []
            for child in node.nodes:  # constants folded as Jinja2 does
                try:
                    if not (finalize.const or isinstance(child, nodes.TemplateData)):
                        raise nodes.Impossible()
                    const = self._output_child_to_const(child, frame, finalize)
                except (nodes.Impossible, Exception):
                    body.append(child)
                    continue
                if body and isinstance(body[-1], list):
                    body[-1].append(const)
                else:
                    body.append([const])
            if len(body) < 2:
                super().visit_Output(node, frame)
                return
            self.writeline('yield "".join((')
            self.indent()
            for item in body:
                if isinstance(item, list):
                    self.writeline(self._output_const_repr(item) + ",")
                else:
                    self.newline(item)
                    self._output_child_pre(item, frame, finalize)
                    self.visit(item, frame)
                    self._output_child_post(item, frame, finalize)
                    self.write(",")
            self.outdent()
            self.writeline("))")

        def writeline(self, x: str, node=None, extra: int = 0) -> None:
            """A block and the parent template are joined where they are called, not passed
            up piece by piece: each piece of a page resumed three generators (the block, the
            page and its base template) before being joined; now one."""
            for call in _JOINED_CALLS:
                if x.startswith(call):
                    x = f'yield "".join({x[len("yield from ") :]})'
                    break
            super().writeline(x, node, extra)

        def visit_Getattr(self, node: nodes.Getattr, frame) -> None:
            """``name.key`` on a dict read inline, as the environment's ``getattr`` would
            (some four million calls per publication); anything else is Jinja2's call."""
            target = node.node
            if (
                self.environment.is_async
                or node.ctx != "load"
                or not isinstance(target, nodes.Name)
                or target.ctx != "load"
                or node.attr in _DICT_ATTRS
            ):
                super().visit_Getattr(node, frame)
                return
            attr = repr(node.attr)
            self.write("(")
            self.visit(target, frame)
            self.write(f"[{attr}] if ")
            self.visit(target, frame)
            self.write(f".__class__ is dict and {attr} in ")
            self.visit(target, frame)
            self.write(" else environment.getattr(")
            self.visit(target, frame)
            self.write(f", {attr}))")

    return JoinedOutput


def _environment_class():
    import jinja2

    escape_text = _escape_function()

    class Template(jinja2.Template):
        """Jinja2's ``from_code`` with the module's ``escape`` (used only to print
        ``{{ value }}``) replaced by ``escape_text``: same bytes, less time."""

        @classmethod
        def from_code(cls, environment, code, globals, uptodate=None):
            namespace = {"environment": environment, "__file__": code.co_filename}
            exec(code, namespace)
            namespace["escape"] = escape_text
            rv = cls._from_namespace(environment, namespace, globals)
            rv._uptodate = uptodate
            return rv

    class Environment(jinja2.Environment):
        """Looks a template's ``x.name`` up in a dict directly. Jinja2 tries the attribute
        first and the key only after an AttributeError; a dict has no attributes beyond its
        class's, so the result is the same, without an exception per lookup."""

        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute not in _DICT_ATTRS:
                try:
                    return obj[attribute]
                except KeyError:
                    pass
            return super().getattr(obj, attribute)

    Environment.template_class = Template
    Environment.code_generator_class = _code_generator_class()
    return Environment


def environment():
    """One Jinja2 environment per templates folder, compiled once per process: templates are
    part of the program, so they are not checked for changes on every page."""
    import jinja2

    from ...paths import resources_dir

    folder = str(resources_dir() / "publish" / "templates")
    env = _ENV.get(folder)
    if env is None:
        env = _ENV[folder] = _environment_class()(
            loader=jinja2.FileSystemLoader(folder),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
            cache_size=-1,
        )
    return env

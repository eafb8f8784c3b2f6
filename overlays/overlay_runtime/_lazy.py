"""Names a package exports but imports on first use (PEP 562), so that importing it stays cheap.

A facade's big model modules (generated pydantic models, hand-written ones) take longer to import
than the rest of the facade together; `import monzoh` should not pay for them before a model is
used. The package lists its lazy names with the module each comes from, and mirrors them under
`if TYPE_CHECKING:` for type checkers:

```python
__getattr__, __dir__ = lazy_exports(__name__, globals(), {"Account": "._bound_models", "Pot": "._bound_models"})
```

`from monzoh import Account`, `monzoh.Account` and `dir(monzoh)` work as if it were imported eagerly;
the first access imports the module and keeps the name in the package, so later ones cost nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, namespace: dict[str, Any], names: Mapping[str, str], submodules: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module `__getattr__` and `__dir__` of `package` for `names`: exported name -> module.

    A module is absolute or relative to the package (the module's own package, for a module);
    `"module:attr"` takes `attr` of it under the name. `submodules` (e.g. `["models"]`) are the package's
    modules reachable as attributes (`package.models.X` after a bare `import package`), as when they
    were imported eagerly.
    """
    anchor = namespace.get("__package__") or package  # what a relative module name is relative to
    where_is = {**names, **{name: f".{name}:" for name in submodules}}

    def __getattr__(name: str) -> Any:
        try:
            where = where_is[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        module_name, colon, attr = where.partition(":")
        module = importlib.import_module(module_name, anchor)
        value = module if colon and not attr else getattr(module, attr or name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *where_is})

    return __getattr__, __dir__

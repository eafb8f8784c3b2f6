"""Importing a facade does not import its big model modules: they load on first use (issue 13).

Each check runs in a fresh interpreter, so that what other tests imported does not count. Behaviour,
not timing: which modules `import <facade>` leaves out of `sys.modules`.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import pytest

HEAVY = {
    "monzoh": ["monzo_api.pydantic_models", "monzoh._bound_models", "monzoh.models"],
    "bloomy": ["bloomy_api.pydantic_models", "bloomy.models"],
    "rapidpro": ["rapidpro_api.pydantic_models", "rapidpro.models"],
}


def _loaded_after(code: str, modules: list[str]) -> dict[str, bool]:
    script = f"import json, sys\n{code}\nprint(json.dumps({{m: m in sys.modules for m in {modules!r}}}))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    loaded: dict[str, bool] = json.loads(out.splitlines()[-1])
    return loaded


@pytest.mark.parametrize("facade", sorted(HEAVY))
def test_import_does_not_load_the_models(facade: str) -> None:
    modules = HEAVY[facade]
    assert _loaded_after(f"import {facade}", modules) == dict.fromkeys(modules, False)


@pytest.mark.parametrize("facade", sorted(HEAVY))
def test_import_does_not_load_pydantic_or_asyncio(facade: str) -> None:
    """They load with the first model parsed or the first async call (the first call pays for them)."""
    modules = ["pydantic", "pydantic_core", "asyncio", "anyio"]
    assert _loaded_after(f"import {facade}", modules) == dict.fromkeys(modules, False)


@pytest.mark.parametrize(
    ("code", "module"),
    [
        ("from monzoh import Account", "monzo_api.pydantic_models"),
        ("import monzoh; monzoh.models.AccountsResponse", "monzoh._bound_models"),
        ("from bloomy import Todo", "bloomy.models"),
        ("from rapidpro.models import Contact", "rapidpro_api.pydantic_models"),
    ],
)
def test_first_use_loads_them(code: str, module: str) -> None:
    assert _loaded_after(code, [module]) == {module: True}


def test_lazy_names_are_the_real_ones() -> None:
    import bloomy
    import bloomy.models
    import monzoh
    import monzoh.models
    import rapidpro.models
    from monzo_api import pydantic_models as monzo_generated
    from monzoh import _bound_models
    from rapidpro_api import pydantic_models as rapidpro_generated

    assert monzoh.Account is monzoh.models.Account is _bound_models.Account
    assert monzoh.WhoAmI is monzo_generated.WhoAmI
    assert monzoh.models.AccountsResponse is _bound_models.AccountList
    assert monzoh.models.Address is monzo_generated.MerchantAddress
    assert bloomy.Todo is bloomy.models.Todo
    assert rapidpro.models.Contact is rapidpro_generated.Contact
    for package in (monzoh, monzoh.models, bloomy, rapidpro.models):
        assert set(package.__all__) <= set(dir(package))
        for name in package.__all__:
            assert getattr(package, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'Acount'"):
        monzoh.Acount  # type: ignore[attr-defined]  # noqa: B018
    account = monzoh.Account.model_validate({"id": "acc_1", "description": "x", "created": "2024-01-01T00:00:00Z"})
    assert pickle.loads(pickle.dumps(account)) == account

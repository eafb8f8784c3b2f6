"""The base of the generated pydantic models: models that are held together can share state.

A list the client hands back whole (`pager.all()`) is compacted (overlay_runtime._compact):
models with the same fields set share one `__pydantic_fields_set__`, an empty `model_extra` is
kept as None, models with the same plain values (two refs to the same group) share one instance
dict. Nothing else changes: validation, `model_dump`, the JSON schema and equality are
`pydantic.BaseModel`'s. A model first takes its own copies of what it shares before anything is
written to it or deleted from it (an attribute, `model_fields_set`, `model_extra`), so a change
never reaches another model.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel

__all__ = ["CompactModel"]


class CompactModel(BaseModel):
    """`pydantic.BaseModel` whose instances may share state until written to (see the module)."""

    # Read by overlay_runtime._compact: instances of this class may share state.
    __shares_state__: ClassVar[bool] = True

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        # CPython keeps one table of instance-dict keys per class, shared by the dicts that hold those keys in
        # that order, which then hold only their values: a compacted model's dict is one. The table only takes
        # keys while the class is new, so the fields' names are put in it now, before any instance is made.
        layout = cls.__new__(cls).__dict__
        for name in cls.__pydantic_fields__:
            layout[name] = None

    def __setattr__(self, name: str, value: Any) -> None:
        _own_state(self)
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        _own_state(self)
        super().__delattr__(name)

    @property
    def model_fields_set(self) -> set[str]:
        """The names of the fields that were set (as `pydantic.BaseModel.model_fields_set`)."""
        _own_state(self)
        return self.__pydantic_fields_set__

    @property
    def model_extra(self) -> dict[str, Any] | None:
        """The fields the model does not declare (as `pydantic.BaseModel.model_extra`)."""
        _own_state(self)
        return self.__pydantic_extra__


def _own_state(model: BaseModel) -> None:
    """Give `model` its own instance dict, fields set and extras dict, if it shares them (before a write)."""
    if type(model.__dict__) is not dict:
        object.__setattr__(model, "__dict__", dict(model.__dict__))
    fields_set = model.__pydantic_fields_set__
    if type(fields_set) is not set:
        object.__setattr__(model, "__pydantic_fields_set__", set(fields_set))
    if model.__pydantic_extra__ is None and model.model_config.get("extra") == "allow":
        object.__setattr__(model, "__pydantic_extra__", {})

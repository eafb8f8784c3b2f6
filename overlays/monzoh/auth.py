"""monzoh 1.2.0's `monzoh.auth`: the OAuth client (`monzoh.oauth.MonzoOAuth`, with 1.2.0's method names too)
and the token it returns."""

from __future__ import annotations

from monzo_api.pydantic_models import OAuthToken

from .oauth import MonzoOAuth

__all__ = ["MonzoOAuth", "OAuthToken"]

"""The `monzoh` command: `monzoh login` runs the OAuth flow and stores a self-renewing token.

    export MONZO_CLIENT_ID=oauth2client_... MONZO_CLIENT_SECRET=mnzconf....
    monzoh login            # opens the browser, waits for Monzo's redirect to localhost
    monzoh whoami           # checks the stored token
    monzoh logout           # invalidates it and deletes the cache file

The token goes to `$MONZOH_TOKEN_STORE` when it is set (a `redis://` URL shared by several machines,
or a file path), else to the cache file clients read by default.

The redirect URI (default http://localhost:8080/callback) must be the one registered for the client
at developers.monzo.com, character for character. The `state` sent to Monzo is checked on return.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import threading
import webbrowser
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from ._exceptions import MonzoError
from ._redis_token_store import RedisTokenStore
from ._token_cache import StoredToken, TokenCache, TokenStore, open_token_store, save_locked
from .oauth import DEFAULT_REDIRECT_URI, MonzoOAuth

__all__ = ["login", "main"]


class LoginError(Exception):
    """The login did not complete (state mismatch, denial, timeout)."""


class _Callback:
    """A one-shot HTTP server on the redirect URI's host and port that catches `?code=&state=`."""

    def __init__(self, redirect_uri: str) -> None:
        parts = urlsplit(redirect_uri)
        if parts.scheme != "http" or parts.hostname not in ("localhost", "127.0.0.1"):
            raise LoginError(f"redirect URI must be http://localhost:<port>/<path>, not {redirect_uri!r}")
        self.path = parts.path or "/"
        self.result: dict[str, str] = {}
        self.done = threading.Event()
        callback = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlsplit(self.path)
                if url.path != callback.path:
                    self.send_error(404)
                    return
                callback.result = {k: v[0] for k, v in parse_qs(url.query).items()}
                ok = "code" in callback.result
                self.send_response(200 if ok else 400)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.end_headers()
                message = (
                    "monzoh: you can close this tab and return to the terminal." if ok else "monzoh: login failed."
                )
                self.wfile.write(message.encode())
                callback.done.set()

            def log_message(self, format: str, *args: object) -> None:  # keep codes out of the terminal
                return

        self.server = HTTPServer(("127.0.0.1", parts.port or 80), Handler)

    def wait(self, timeout: float) -> dict[str, str]:
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            if not self.done.wait(timeout):
                raise LoginError(f"no redirect from Monzo within {timeout:.0f}s")
            return self.result
        finally:
            self.server.shutdown()
            self.server.server_close()


def login(
    oauth: MonzoOAuth,
    *,
    cache: TokenStore | None = None,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = 300.0,
    say: Callable[[str], None] = print,
) -> TokenStore:
    """Run the authorization-code flow and store the token; returns the store it was written to
    (`cache`, else `$MONZOH_TOKEN_STORE`, else the cache file)."""
    state = secrets.token_urlsafe(32)
    callback = _Callback(oauth.redirect_uri)
    url = oauth.authorization_url(state)
    say(f"Opening Monzo to authorise this client. If no browser opens, visit:\n  {url}")
    open_browser(url)
    result = callback.wait(timeout)
    if "error" in result:
        raise LoginError(f"Monzo refused the login: {result['error']}")
    if not secrets.compare_digest(result.get("state", ""), state):
        raise LoginError("the state returned by Monzo does not match: login aborted (possible CSRF)")
    token = oauth.exchange_code(result["code"])
    store = cache or open_token_store()
    save_locked(
        store,
        StoredToken.from_grant(
            token.access_token, token.refresh_token, token.expires_in, user_id=token.user_id, client_id=token.client_id
        ),
    )
    say(f"Logged in as {token.user_id}; token stored in {store.location}.")
    say("Now approve access in the Monzo app (Strong Customer Authentication), or calls will get 403.")
    return store


def _oauth(args: argparse.Namespace) -> MonzoOAuth:
    client_id = args.client_id or os.environ.get("MONZO_CLIENT_ID")
    client_secret = os.environ.get("MONZO_CLIENT_SECRET")
    if not client_id or not client_secret:
        raise LoginError(
            "set MONZO_CLIENT_ID and MONZO_CLIENT_SECRET (create a confidential client at developers.monzo.com)"
        )
    return MonzoOAuth(client_id, client_secret, args.redirect_uri)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="monzoh", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    login_cmd = sub.add_parser("login", help="authorise in the browser and store a self-renewing token")
    login_cmd.add_argument(
        "--client-id", help="default: $MONZO_CLIENT_ID (the secret is read from $MONZO_CLIENT_SECRET)"
    )
    login_cmd.add_argument("--redirect-uri", default=os.environ.get("MONZO_REDIRECT_URI", DEFAULT_REDIRECT_URI))
    login_cmd.add_argument("--no-browser", action="store_true", help="print the URL instead of opening a browser")
    login_cmd.add_argument("--timeout", type=float, default=300.0)
    sub.add_parser("whoami", help="check the stored (or $MONZO_ACCESS_TOKEN) token")
    sub.add_parser("logout", help="invalidate the stored token and delete the cache file")
    args = parser.parse_args(argv)
    try:
        if args.command == "login":
            with _oauth(args) as oauth:
                login(
                    oauth, open_browser=(lambda url: None) if args.no_browser else webbrowser.open, timeout=args.timeout
                )
        elif args.command == "whoami":
            from ._client import MonzoClient

            with MonzoClient() as client:
                who = client.whoami()
            print(f"{who.user_id} (client {who.client_id})")
        else:
            store = open_token_store()
            stored = store.load()
            if stored is not None:
                client_id = os.environ.get("MONZO_CLIENT_ID", stored.client_id or "")
                with MonzoOAuth(client_id, os.environ.get("MONZO_CLIENT_SECRET", "")) as oauth:
                    oauth.logout(stored.access_token)
            if isinstance(store, TokenCache | RedisTokenStore):
                store.clear()
            print("Logged out.")
    except (LoginError, MonzoError) as exc:
        print(f"monzoh {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

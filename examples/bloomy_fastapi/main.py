"""Seed 001's FastAPI app (bloomy's async guide): one AsyncClient per request, as a dependency.

The seed hard-codes `AsyncClient(api_key="your-api-key")`; this copy passes no key, so the client
reads it as every bloomy client does: BG_API_KEY, else `api_key` in ~/.bloomy/config.yaml; and the
base URL from BLOOMY_BASE_URL (default https://app.bloomgrowth.com/api/v1). Against the local sandbox:

    python -m bloomy.testing --port 8000        # shell 1: prints the API key and the base URL
    export BG_API_KEY=<printed key> BLOOMY_BASE_URL=http://127.0.0.1:8000/api/v1
    uvicorn main:app --port 8080                # shell 2, in this directory
    curl http://127.0.0.1:8080/meetings
"""
# ruff: noqa: B008

from fastapi import Depends, FastAPI

from bloomy import AsyncClient

app = FastAPI()


# Dependency to get client
async def get_client():
    # The seed writes AsyncClient(api_key="your-api-key"): never put a key in code; with no
    # argument the key comes from BG_API_KEY (or ~/.bloomy/config.yaml) and the URL from BLOOMY_BASE_URL.
    async with AsyncClient() as client:
        yield client


@app.get("/user")
async def get_user(client: AsyncClient = Depends(get_client)):
    user = await client.user.details()
    return {"name": user.name, "id": user.id}


@app.get("/meetings")
async def get_meetings(client: AsyncClient = Depends(get_client)):
    meetings = await client.meeting.list()
    return [{"id": m.id, "name": m.name} for m in meetings]

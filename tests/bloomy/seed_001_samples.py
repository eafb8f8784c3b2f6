"""Every code sample of seed 001 ("Async Support"), character for character, as source text.

Copied from ../shared/seeds/001_*.txt; the test module runs each one (see test_seed_001.py). Nothing
here is edited: where a sample needs something from the reader's session (a `meeting_id`), the test
provides it in the namespace the sample runs in.
"""

# Basic Usage / Initialization
INITIALIZATION = """\
import asyncio
from bloomy import AsyncClient

async def main():
    # Create client with context manager (recommended)
    async with AsyncClient(api_key="your-api-key") as client:
        user = await client.user.details()
        print(user.name)

    # Or create client manually
    client = AsyncClient(api_key="your-api-key")
    user = await client.user.details()
    await client.close()  # Don't forget to close!

asyncio.run(main())
"""

# Making API Calls (a top-level `async with`; `meeting_id` comes from the reader's session)
MAKING_API_CALLS = """\
async with AsyncClient(api_key="your-api-key") as client:
    # User operations
    user = await client.user.details()
    users = await client.user.search("john")

    # Meeting operations
    meetings = await client.meeting.list()
    meeting_details = await client.meeting.details(meeting_id)

    # Todo operations
    todos = await client.todo.list()
    new_todo = await client.todo.create(
        title="Review async code",
        meeting_id=meeting_id
    )

    # Goal operations
    goals = await client.goal.list()
    new_goal = await client.goal.create(
        title="Complete Q1 objectives",
        meeting_id=meeting_id
    )

    # Headline operations
    headlines = await client.headline.list()
    new_headline = await client.headline.create(
        meeting_id=meeting_id,
        title="Product launch successful"
    )

    # Issue operations
    issues = await client.issue.list()
    new_issue = await client.issue.create(
        meeting_id=meeting_id,
        title="Server performance degradation"
    )

    # Scorecard operations
    scorecards = await client.scorecard.list()
    current_week = await client.scorecard.current_week()
"""

# Concurrent Operations / Using asyncio.gather()
GATHER = """\
import asyncio
from bloomy import AsyncClient

async def fetch_all_data(client: AsyncClient):
    # Run multiple operations concurrently
    user, meetings, todos = await asyncio.gather(
        client.user.details(),
        client.meeting.list(),
        client.todo.list()
    )

    return {
        "user": user,
        "meetings": meetings,
        "todos": todos
    }

async def main():
    async with AsyncClient(api_key="your-api-key") as client:
        data = await fetch_all_data(client)
        print(f"User: {data['user'].name}")
        print(f"Meetings: {len(data['meetings'])}")
        print(f"Todos: {len(data['todos'])}")

asyncio.run(main())
"""

# Concurrent Operations / Using asyncio.create_task()
CREATE_TASK = """\
async def process_meetings(client: AsyncClient):
    # Create tasks for concurrent execution
    meetings = await client.meeting.list()

    # Fetch details for all meetings concurrently
    tasks = [
        asyncio.create_task(client.meeting.details(m.id))
        for m in meetings[:5]  # Limit to first 5
    ]

    meeting_details = await asyncio.gather(*tasks)
    return meeting_details
"""

# Performance Benefits
PERFORMANCE = """\
# Sync version - sequential calls
def get_meeting_summary_sync(client, meeting_id):
    meeting = client.meeting.details(meeting_id)  # Makes 5 API calls sequentially
    return meeting

# Async version - parallel calls
async def get_meeting_summary_async(client, meeting_id):
    meeting = await client.meeting.details(meeting_id)  # Makes 5 API calls in parallel
    return meeting
"""

# Integration Examples / FastAPI Integration
FASTAPI = """\
from fastapi import FastAPI, Depends
from bloomy import AsyncClient

app = FastAPI()

# Dependency to get client
async def get_client():
    async with AsyncClient(api_key="your-api-key") as client:
        yield client

@app.get("/user")
async def get_user(client: AsyncClient = Depends(get_client)):
    user = await client.user.details()
    return {"name": user.name, "id": user.id}

@app.get("/meetings")
async def get_meetings(client: AsyncClient = Depends(get_client)):
    meetings = await client.meeting.list()
    return [{"id": m.id, "name": m.name} for m in meetings]
"""

# Bulk Operations
BULK = '''\
async def bulk_create_todos(client: AsyncClient, todos_data: list[dict]):
    """Create multiple todos concurrently."""
    tasks = [
        asyncio.create_task(
            client.todo.create(
                title=data["title"],
                meeting_id=data["meeting_id"],
                due_date=data.get("due_date")
            )
        )
        for data in todos_data
    ]

    results = await asyncio.gather(*tasks, return_exceptions=True)

    # Handle results and errors
    successful = []
    failed = []
    for i, result in enumerate(results):
        if isinstance(result, Exception):
            failed.append((todos_data[i], str(result)))
        else:
            successful.append(result)

    return successful, failed
'''

# Data Pipeline Example
PIPELINE = '''\
async def sync_user_data(client: AsyncClient):
    """Sync all user data efficiently."""
    # Get all users
    all_users = await client.user.all()

    # Process users in batches to avoid overwhelming the API
    batch_size = 10
    user_details = []

    for i in range(0, len(all_users), batch_size):
        batch = all_users[i:i + batch_size]
        batch_tasks = [
            asyncio.create_task(client.user.details(user.id))
            for user in batch
        ]
        batch_results = await asyncio.gather(*batch_tasks)
        user_details.extend(batch_results)

    return user_details
'''

# Error Handling
ERROR_HANDLING = """\
from bloomy import AsyncClient, APIError, BloomyError

async def safe_operation(client: AsyncClient):
    try:
        user = await client.user.details()
        return user
    except APIError as e:
        print(f"API error: {e} (Status: {e.status_code})")
        return None
    except BloomyError as e:
        print(f"SDK error: {e}")
        return None
    except Exception as e:
        print(f"Unexpected error: {e}")
        return None
"""

# Best Practices
LIMITED_CONCURRENCY = """\
import asyncio
from bloomy import AsyncClient

# Good: Limited concurrency
async def process_with_limit(client: AsyncClient, items: list, limit: int = 5):
    semaphore = asyncio.Semaphore(limit)

    async def process_item(item):
        async with semaphore:
            return await client.todo.details(item.id)

    tasks = [process_item(item) for item in items]
    return await asyncio.gather(*tasks)
"""

# Jupyter Notebook Support (top-level await, as IPython runs it)
NOTEBOOK = """\
# In a Jupyter cell
from bloomy import AsyncClient

client = AsyncClient(api_key="your-api-key")
user = await client.user.details()
print(user.name)

# Don't forget to close when done
await client.close()
"""

# Migration from Sync to Async (before)
MIGRATION_SYNC = """\
# Before (sync)
from bloomy import Client

def get_user_info():
    with Client(api_key="key") as client:
        user = client.user.details()
        return user.name
"""

# Migration from Sync to Async (after)
MIGRATION_ASYNC = """\
# After (async)
from bloomy import AsyncClient

async def get_user_info():
    async with AsyncClient(api_key="key") as client:
        user = await client.user.details()
        return user.name
"""

# -- The sync twins: each sample above rewritten for `Client` by the seed's own migration rules, backwards
# -- (Client for AsyncClient, no async/await, `with` for `async with`, a loop for asyncio.gather).

INITIALIZATION_SYNC = """\
from bloomy import Client

def main():
    # Create client with context manager (recommended)
    with Client(api_key="your-api-key") as client:
        user = client.user.details()
        print(user.name)

    # Or create client manually
    client = Client(api_key="your-api-key")
    user = client.user.details()
    client.close()  # Don't forget to close!

main()
"""

MAKING_API_CALLS_SYNC = """\
with Client(api_key="your-api-key") as client:
    # User operations
    user = client.user.details()
    users = client.user.search("john")

    # Meeting operations
    meetings = client.meeting.list()
    meeting_details = client.meeting.details(meeting_id)

    # Todo operations
    todos = client.todo.list()
    new_todo = client.todo.create(
        title="Review async code",
        meeting_id=meeting_id
    )

    # Goal operations
    goals = client.goal.list()
    new_goal = client.goal.create(
        title="Complete Q1 objectives",
        meeting_id=meeting_id
    )

    # Headline operations
    headlines = client.headline.list()
    new_headline = client.headline.create(
        meeting_id=meeting_id,
        title="Product launch successful"
    )

    # Issue operations
    issues = client.issue.list()
    new_issue = client.issue.create(
        meeting_id=meeting_id,
        title="Server performance degradation"
    )

    # Scorecard operations
    scorecards = client.scorecard.list()
    current_week = client.scorecard.current_week()
"""

GATHER_SYNC = """\
from bloomy import Client

def fetch_all_data(client: Client):
    user, meetings, todos = client.user.details(), client.meeting.list(), client.todo.list()

    return {
        "user": user,
        "meetings": meetings,
        "todos": todos
    }

def main():
    with Client(api_key="your-api-key") as client:
        data = fetch_all_data(client)
        print(f"User: {data['user'].name}")
        print(f"Meetings: {len(data['meetings'])}")
        print(f"Todos: {len(data['todos'])}")

main()
"""

CREATE_TASK_SYNC = """\
def process_meetings(client: Client):
    meetings = client.meeting.list()

    meeting_details = [client.meeting.details(m.id) for m in meetings[:5]]  # Limit to first 5
    return meeting_details
"""

FASTAPI_SYNC = """\
from fastapi import FastAPI, Depends
from bloomy import Client

app = FastAPI()

# Dependency to get client
def get_client():
    with Client(api_key="your-api-key") as client:
        yield client

@app.get("/user")
def get_user(client: Client = Depends(get_client)):
    user = client.user.details()
    return {"name": user.name, "id": user.id}

@app.get("/meetings")
def get_meetings(client: Client = Depends(get_client)):
    meetings = client.meeting.list()
    return [{"id": m.id, "name": m.name} for m in meetings]
"""

BULK_SYNC = '''\
def bulk_create_todos(client: Client, todos_data: list[dict]):
    """Create multiple todos, one after another."""
    successful = []
    failed = []
    for data in todos_data:
        try:
            successful.append(
                client.todo.create(
                    title=data["title"],
                    meeting_id=data["meeting_id"],
                    due_date=data.get("due_date")
                )
            )
        except Exception as result:
            failed.append((data, str(result)))

    return successful, failed
'''

PIPELINE_SYNC = '''\
def sync_user_data(client: Client):
    """Sync all user data."""
    all_users = client.user.all()

    batch_size = 10
    user_details = []

    for i in range(0, len(all_users), batch_size):
        batch = all_users[i:i + batch_size]
        user_details.extend(client.user.details(user.id) for user in batch)

    return user_details
'''

ERROR_HANDLING_SYNC = """\
from bloomy import Client, APIError, BloomyError

def safe_operation(client: Client):
    try:
        user = client.user.details()
        return user
    except APIError as e:
        print(f"API error: {e} (Status: {e.status_code})")
        return None
    except BloomyError as e:
        print(f"SDK error: {e}")
        return None
    except Exception as e:
        print(f"Unexpected error: {e}")
        return None
"""

LIMITED_CONCURRENCY_SYNC = """\
from bloomy import Client

def process_with_limit(client: Client, items: list, limit: int = 5):
    return [client.todo.details(item.id) for item in items]
"""

NOTEBOOK_SYNC = """\
# In a Jupyter cell
from bloomy import Client

client = Client(api_key="your-api-key")
user = client.user.details()
print(user.name)

# Don't forget to close when done
client.close()
"""

# ruff: noqa: W291, W293 - the samples keep the seed's trailing spaces
"""Every code sample of seed 002 ("Asynchronous External API Interface in a Python Application"), verbatim.

Copied character for character (trailing spaces included) from ../shared/seeds/002_*.txt, with the
seed's line numbers; test_seed_002.py runs each one. Nothing here is edited: where a sample has a bug
of its own, the test applies the smallest fix next to a comment that names it.
"""

# Introduction to Sending Requests: the motivating `requests` example (lines 75-87)
REQUESTS_SESSION = """\
import requests

# session configuration
token = '1k2ej1kjek1usj1us1s1ous'
session = requests.Session()
session.headers.update({'Authorization': f'Token {token}'})

# send request
response = self.session.get(url='https://app.rapidpro.io/api/v2/flows.json',
                            params={'uuid': '2313-0293-8732'})

data = response.json()
print(data)
"""

# Session configuration (lines 95-97)
SESSION_CONFIGURATION = """\
token = '1k2ej1kjek1usj1us1s1ous'
session = requests.Session()
session.headers.update({'Authorization': f'Token {token}'})
"""

# Sending the request (lines 105-106)
SENDING_THE_REQUEST = """\
response = session.get(url='https://app.rapidpro.io/api/v2/flows.json',
                        params={'uuid': '2313-0293-8732'})
"""

# Sending the request: reading the JSON (lines 110-114)
RESPONSE_JSON = """\
data = response.json()

# or by using the built-in json library:
import json
data = json.loads(response.text)
"""

# Sending the request: what a response looks like (lines 118-121)
SAMPLE_RESPONSE = """\
# Sample response to a API endpoint to get an attendence list of student names
{
    "results": ['Keanu Smith', 'Sarah Smith', 'Jimmy Woo']
}
"""

# Asynchronous Requests (lines 131-146)
ASYNC_REQUEST = """\
import httpx
import asyncio

async def make_async_request():
    token = '1k2ej1kjek1usj1us1s1ous'
    client = httpx.AsyncClient()
    client.headers.update({'Authorization': f'Token {token}'})
    
    params = {'uuid': uuid}
    response = await client.get('https://app.rapidpro.io/api/v2/flows.json',  
                                params=params)
    data = response.json()
    print(data)

# Run the function in an asyncio event loop
asyncio.run(make_async_request())
"""

# The asyncio library: calling the coroutine from async code (lines 160-160)
AWAIT_FRAGMENT = """\
async make_async_request()
"""

# Using with (lines 172-188)
ASYNC_WITH = """\
import httpx
import asyncio

async def make_async_request():
    token = '1k2ej1kjek1usj1us1s1ous'
    async with httpx.AsyncClient() as client:
        client.headers.update({'Authorization': f'Token {token}'})
        
        endpoint = 'https://app.rapidpro.io/api/v2/flows.json'
        params = {'uuid': uuid}
        response = await client.get(url=endpoint, 
                                    params=params)
        data = response.json()
        print(data)

# Run the function in an asyncio event loop
asyncio.run(make_async_request())
"""

# A Note on API Tokens (lines 194-196)
ENV_TOKEN = """\
import os

token = os.environ.get('API_TOKEN')
"""

# Designing an Interface: the outline of RapidProAPI (lines 204-218)
API_OUTLINE = """\
import httpx


class RapidProAPI:
    def __init__(self, token: str):
        ...

    def set_api_token(self, token: str):
        ...

    async def get_connection_status(self):
        ...

    async def get_flows(self, uuid: str = '', before_date: str = '', after_date: str = ''):
       ...
"""

# Class initialization and API token configuration (lines 226-231)
API_INIT = """\
def __init__(self, token: str):
    self._token = token
    self.API_URL = "https://app.rapidpro.io/api/v2/"

def set_api_token(self, token: str):
    self._token = token
"""

# Checking connection status (lines 237-241)
API_CONNECTION_STATUS = """\
async def get_connection_status(self):
    async with httpx.AsyncClient() as client:
        client.headers.update({'Authorization': f'Token {self._token}'.strip()})
        response = await client.get(url=f'{self.API_URL}')
    return response
"""

# Retrieving flows (lines 247-254)
API_GET_FLOWS = """\
async def get_flows(self, uuid: str = '', before_date: str = '', after_date: str = ''):
    async with httpx.AsyncClient() as client:
        client.headers.update({'Authorization': f'Token {self._token}'})
        response = await client.get(url=f'{self.API_URL}flows.json',
                                    params={'uuid': uuid,
                                            'before': before_date,
                                            'after': after_date})
    return response
"""

# Evolving Your Interface: the outline of RapidProInterface (lines 264-301)
INTERFACE_OUTLINE = '''\
import json
from asyncio import run


class RapidProInterface:
    """
    Interface for using RapidPro API.
    """
    def __init__(self, token: str = ""):
        ...

    def set_api_token(self, token: str):
        ...

    def validate_token(self):
        ...

    def get_flow(self, uuid: str):
        ...

    def get_flows(self, before_date: str = '', after_date: str = ''):
        ...

    @staticmethod
    def get_status_code_interpretation(status_code: int):
        ...

    class AbstractRequestException(Exception):
        ...

    class ResponseParsingException(AbstractRequestException):
        pass

    class RequestFailureException(AbstractRequestException):
        pass

    class TokenValidationException(AbstractRequestException):
        pass
'''

# Interface initialization and API token configuration (lines 309-313)
INTERFACE_INIT = """\
def __init__(self, token: str = ""):
        self.rapidProAPI = RapidProAPI(token)

def set_api_token(self, token: str):
    self.rapidProAPI.set_api_token(token)
"""

# Interface utilities: get_status_code_interpretation (lines 321-342)
STATUS_INTERPRETATION = """\
@staticmethod
def get_status_code_interpretation(status_code: int):
    match status_code:
        case 200:
            return "200: Request was successful."
        case 201:
            return "201: Resource was successfully created."
        case 204:
            return "204: Successful DELETE or POST request that updated multiple resources."
        case 400:
            return ("400: Request failed due to invalid parameters. "
                    "Do not retry with the same values. "
                    "The body of the response contains further information.")
        case 403:
            return "403: You do not have permission to access this resource."
        case 404:
            return "404: The specified resource was not found."
        case 429:
            return ("429: You have exceeded the rate limit for this endpoint (of 2,500 requests per hour). "
                    "See 'Retry-After' in response header for seconds-count until requests replenish.")
        case _:
            return f"{status_code}: Unknown status code."
"""

# Interface utilities: the exceptions (lines 346-361)
EXCEPTIONS = """\
    class AbstractRequestException(Exception):
        def __init__(self, message: str, response: httpx.Response):
            super().__init__({
                "message": message,
                "response": response})
            self.status_code = response.status_code
            self.message = message

    class ResponseParsingException(AbstractRequestException):
        pass

    class RequestFailureException(AbstractRequestException):
        pass

    class TokenValidationException(AbstractRequestException):
        pass
"""

# Sending requests: validate_token (lines 371-379)
VALIDATE_TOKEN = """\
def validate_token(self):
    response = run(self.rapidProAPI.get_connection_status())
    if response.is_success:
        return True
    elif response.status_code == 403:
        return False
    else:
        raise self.TokenValidationException(self.get_status_code_interpretation(response.status_code),
                                            response)
"""

# Separating requests into use-cases: get_flow and get_flows (lines 389-419)
GET_FLOW_AND_FLOWS = """\
def get_flow(self, uuid: str):
    response = run(self.rapidProAPI.get_flows(uuid=uuid))
    if response.is_success:
        try:
            response_dict = json.loads(response.text)
            returned_flows = response_dict.get('results')
            if returned_flows:
                return returned_flows[0]
            else:
                return None  # no flows match this UUID
        except json.decoder.JSONDecodeError:
            raise self.ResponseParsingException("Failed to parse flow in HTTP response.", response)
    else:
        raise self.RequestFailureException(self.get_status_code_interpretation(response.status_code), response)


def get_flows(self, before_date: str = '', after_date: str = ''):
    response = run(self.rapidProAPI.get_flows(before_date=before_date, after_date=after_date))
    if response.is_success:
        try:
            response_dict = json.loads(response.text)
            returned_flows = response_dict.get('results')

            if returned_flows is not None:
                return returned_flows
            else:
                return []
        except json.decoder.JSONDecodeError:
            raise self.ResponseParsingException("Failed to parse flow in HTTP response.", response)
    else:
        raise self.RequestFailureException(self.get_status_code_interpretation(response.status_code), response)
"""

# httpx Error Handling (lines 429-437)
CONNECTION_STATUS_TIMEOUT = """\
async def get_connection_status(self):
    async with httpx.AsyncClient() as client:
        client.headers.update({'Authorization': f'Token {self._token}'.strip()})
        try:
            response = await client.get(url=f'{self.API_URL}',
                                        timeout=2)
        except httpx.TimeoutException as e:
            ... # your error-handling code; could choose to resend or raise an error
    return response
"""

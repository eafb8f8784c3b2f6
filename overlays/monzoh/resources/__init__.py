"""One module per Monzo resource: each a class whose methods build requests with the generated client and serve both MonzoClient and AsyncMonzoClient."""

"""The API's documented limits, in one place.

The models enforce these at construction, the sandbox enforces them on what it
receives and the UI uses them to size inputs and batches, so a limit Mews changes is
changed here once. Sources: the Mews Connector OpenAPI description and guideline pages.
"""

from __future__ import annotations

from typing import Final

#: Items in an id, name, email or loyalty-code filter list (``customers/getAll`` etc.).
MAX_FILTER_ITEMS: Final = 1000
#: ``CompanyIds`` on ``customers/getAll`` accepts a single company.
MAX_COMPANY_IDS: Final = 1
#: Longest ``CreatedUtc``/``UpdatedUtc``/``DeletedUtc`` window on ``customers/getAll``.
MAX_TIME_INTERVAL_MONTHS: Final = 3
#: ``Limitation.Count`` bounds (page size).
MIN_PAGE_SIZE: Final = 1
MAX_PAGE_SIZE: Final = 1000

#: Free-text customer fields capped by the API.
MAX_CAR_REGISTRATION_NUMBER_LENGTH: Final = 255
MAX_DIETARY_REQUIREMENTS_LENGTH: Final = 255
MIN_ITALIAN_LOTTERY_CODE_LENGTH: Final = 2
MAX_ITALIAN_LOTTERY_CODE_LENGTH: Final = 15
MAX_CUSTOMER_NUMBER_LENGTH: Final = 19

#: ``customers/addFile`` accepts only these MIME types.
ALLOWED_FILE_TYPES: Final = frozenset(
    {"application/pdf", "image/bmp", "image/gif", "image/jpeg", "image/png", "image/tiff"}
)

#: ``identityDocuments/*`` batch sizes.
MAX_IDENTITY_DOCUMENT_FILTER_IDS: Final = 100
MAX_IDENTITY_DOCUMENT_CUSTOMER_IDS: Final = 100
MAX_IDENTITY_DOCUMENTS_PER_WRITE: Final = 10
MAX_IDENTITY_DOCUMENT_PAGE_ITEMS: Final = 1000

#: ``accounts/merge``: merges per request and source accounts per merge.
MAX_ACCOUNT_MERGES: Final = 10
MAX_MERGE_SOURCE_ACCOUNTS: Final = 1000

#: Rate limit per access token: requests per sliding window.
RATE_LIMIT_REQUESTS: Final = 200
RATE_LIMIT_WINDOW_SECONDS: Final = 30

"""Ralph's xAPI LRS with its file-system backend, for Defuse's sync tests.

Usage: python ralph_lrs.py HOST PORT DATA_DIR   (with RALPH_APP_DIR holding auth.json,
made by `ralph auth ... -w`).

This is `ralph runserver -b fs` with two differences:
- Ralph 5.1's fs LRS backend stores every POST with the "create" operation, which refuses
  an existing file: only the first POST to a fresh LRS lands, every later one fails with
  "Statements bulk indexation failed" (HTTP 500). An LRS appends, so we append.
- uvicorn runs in this process, without `runserver`'s auto-reload child, so the fix
  above applies and the server starts in a second, not five.
"""

import os
import sys

host, port, data = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = data

from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

_write = FSLRSBackend.write


def append(self, data, target=None, chunk_size=None, ignore_errors=False, operation_type=None):
    return _write(
        self, data, target, chunk_size, ignore_errors, operation_type or BaseOperationType.APPEND
    )


FSLRSBackend.write = append

import uvicorn  # noqa: E402

uvicorn.run("ralph.api:app", host=host, port=port, log_level="warning")

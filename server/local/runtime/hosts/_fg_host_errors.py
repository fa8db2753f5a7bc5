# Error shapes of the Python host (contract §6.2): message, type and a stack trace of the user's frames only,
# with paths relative to the code directory.
import os

from _fg_host_context import config

# The host's own modules all live here; their frames are not the user's.
HOST_DIR = os.path.dirname(os.path.abspath(__file__))


class FunctionLoadError(Exception):
    pass


class FunctionConfigError(Exception):
    pass


def stack_of(exc):
    import traceback

    root = config.get("codeDir", "") + os.sep
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if os.path.dirname(f.filename) != HOST_DIR]
    return [
        'File "%s", line %s, in %s' % (f.filename.replace(root, "./"), f.lineno, f.name)
        + ("\n    " + f.line if f.line else "")
        for f in frames
        if "importlib" not in f.filename
    ]


def error_json(prefix, exc, error_type=None):
    return {
        "errorMessage": "%s, error: %s" % (prefix, exc),
        "errorType": error_type or type(exc).__name__,
        "stackTrace": stack_of(exc),
    }

# What user code writes, as log lines of the Python host (contract §2 logger): sys.stdout/sys.stderr replacements
# and the logging.Logger of context.getLogger(), each line tagged with the request that wrote it.
import threading
import time

from _fg_host_channel import current_id, emit


class LineWriter:
    """sys.stdout/sys.stderr replacement: print output stored verbatim per line, tagged with the request id."""

    def __init__(self, level):
        self.level = level
        self.parts = threading.local()

    def write(self, text):
        text = str(text)
        pending = getattr(self.parts, "pending", "") + text
        lines = pending.split("\n")
        self.parts.pending = lines.pop()
        rid = current_id()
        for line in lines:
            emit(rid, self.level, line)
        return len(text)

    def flush(self):
        pending = getattr(self.parts, "pending", "")
        if pending:
            self.parts.pending = ""
            emit(current_id(), self.level, pending)

    def isatty(self):
        return False

    def writable(self):
        return True

    @property
    def encoding(self):
        return "utf-8"

    @property
    def buffer(self):
        return ByteWriter(self)


class ByteWriter:
    """sys.stdout.buffer for code that writes bytes."""

    def __init__(self, text):
        self.text = text

    def write(self, data):
        self.text.write(bytes(data).decode("utf-8", "replace"))
        return len(data)

    def flush(self):
        self.text.flush()


LEVEL_NAMES = {"WARNING": "WARN", "CRITICAL": "ERROR"}
fg_logger = None
logger_lock = threading.Lock()


def request_logger():
    """The logging.Logger of context.getLogger(), built on first use: importing logging costs a cold start."""
    global fg_logger
    with logger_lock:
        if fg_logger is None:
            fg_logger = make_logger()
        return fg_logger


def make_logger():
    import logging

    class RequestHandler(logging.Handler):
        def emit(self, record):
            rid = current_id()
            level = LEVEL_NAMES.get(record.levelname, record.levelname)
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + ".%03dZ" % record.msecs
            emit(rid, level, "%s %s %s %s" % (stamp, rid, level, self.format(record)))

    logger = logging.getLogger("functiongraph")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(RequestHandler())
    return logger

# Python function host: one per instance. Loads the handler once, runs the initializer once, then serves
# invocations framed as 4-byte big-endian length + JSON on fd 3 (a socket pair set up by the runtime
# manager). Standard library only, few imports, so that a cold start costs little more than the
# interpreter boot. Behaviour follows docs/RUNTIME-CONTRACT.md (§1.1 handler string, §1.3 result mapping,
# §1.4 initializer, §2 context and logger, §6.2 error shapes).
import importlib
import json
import os
import socket
import struct
import sys
import threading
import time

MAX_RESULT_BYTES = 6291456  # RUNTIME_MAX_RESP_BODY_SIZE, contract §7
chan = socket.socket(fileno=3)
reader = chan.makefile("rb")
send_lock = threading.Lock()
local = threading.local()
active = set()
config = {}
handler_fn = None


def send(msg):
    body = json.dumps(msg).encode()
    with send_lock:
        chan.sendall(struct.pack(">I", len(body)) + body)


def current_id():
    rid = getattr(local, "request_id", None)
    if rid is not None:
        return rid
    return next(iter(active)) if len(active) == 1 else ""


def emit(rid, level, msg):
    send({"t": "log", "id": rid, "level": level, "msg": msg, "time": int(time.time() * 1000)})


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


sys.stdout = LineWriter("INFO")
sys.stderr = LineWriter("ERROR")

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


class Context:
    def __init__(self, request_id, alias, started):
        self._id = request_id
        self._alias = alias or ""
        self._started = started

    def getRequestID(self):
        return self._id

    def getRemainingTimeInMilliSeconds(self):
        elapsed = int((time.time() - self._started) * 1000)
        return max(config["timeoutS"] * 1000 - elapsed, 0)

    def getRunningTimeInSeconds(self):
        return config["timeoutS"]

    def getFunctionName(self):
        return config["meta"]["functionName"]

    def getVersion(self):
        return config["meta"]["version"]

    def getAlias(self):
        return self._alias

    def getPackage(self):
        return config["meta"]["package"]

    def getProjectID(self):
        return config["meta"]["projectId"]

    def getMemorySize(self):
        return config["memoryMB"]

    def getCPUNumber(self):
        return config["cpu"]

    def getUserData(self, key, default=None):
        return config["userData"].get(key, default)

    # No agency locally: credentials are empty strings (contract §2.1).
    def getAccessKey(self):
        return ""

    getSecretKey = getSecurityAccessKey = getSecuritySecretKey = getSecurityToken = getToken = getAccessKey

    def getInstanceID(self):
        return config["instanceId"]

    def getLogger(self):
        return request_logger()


def stack_of(exc):
    import traceback

    root = config.get("codeDir", "") + os.sep
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename != __file__]
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


class FunctionLoadError(Exception):
    pass


class FunctionConfigError(Exception):
    pass


def load_export(handler, kind):
    rel, _, name = handler.rpartition(".")
    path = os.path.join(config["codeDir"], rel + ".py")
    if not rel or not os.path.isfile(path):
        raise FunctionLoadError("not found module './%s.py'" % rel)
    module = importlib.import_module(rel.replace("/", "."))
    fn = getattr(module, name, None)
    if not callable(fn):
        raise FunctionConfigError("%s '%s' not found in module './%s.py'" % (kind, name, rel))
    return fn


def start(msg):
    global handler_fn
    config.update(msg)
    for p in reversed([msg["codeDir"]] + msg.get("depPaths", [])):
        sys.path.insert(0, p)
    # Started with -S: site-packages come last, without running their .pth files.
    sys.path.extend(p for p in msg.get("sitePaths", []) if p not in sys.path)
    t0 = time.perf_counter()
    try:
        handler_fn = load_export(msg["handler"], "handler")
    except (FunctionLoadError, FunctionConfigError) as e:
        send({"t": "ready", "code": "FSS.4001", "error": error_json("function entry exception", e)})
        return
    except BaseException as e:  # user module failed to import (syntax error, missing package, …)
        err = error_json("function entry exception", e, "FunctionLoadError")
        err["errorMessage"] = "function entry exception, error: %s: %s" % (type(e).__name__, e)
        send({"t": "ready", "code": "FSS.4001", "error": err})
        return
    send({"t": "loaded", "loadMs": (time.perf_counter() - t0) * 1000})
    init = msg.get("initializer")
    if not init:
        send({"t": "ready"})
        return
    t1 = time.perf_counter()
    try:
        fn = load_export(init["handler"], "initializer")
        local.request_id = ""
        fn(Context("", "", time.time()))
    except BaseException as e:
        send({"t": "ready", "code": "FSS.4009", "error": error_json("function initialization exception", e)})
        return
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        local.request_id = None
    send({"t": "ready", "initMs": (time.perf_counter() - t1) * 1000})


def serialise(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value)


def invoke(msg):
    rid = msg["id"]
    local.request_id = rid
    active.add(rid)
    t0 = time.perf_counter()
    try:
        value = handler_fn(msg.get("event"), Context(rid, msg.get("alias"), time.time()))
        try:
            body = serialise(value)
            if len(body.encode()) > MAX_RESULT_BYTES:
                reply = {
                    "code": "FSS.4004",
                    "error": {
                        "errorMessage": "the return value of the function exceeds the maximum allowed limit",
                        "errorType": "",
                        "stackTrace": [],
                    },
                }
            else:
                reply = {"ok": True, "body": body}
        except (TypeError, ValueError) as e:
            reply = {"code": "FSS.4007", "error": error_json("function result is invalid", e, "TypeError")}
    except BaseException as e:  # SystemExit included: the instance keeps serving
        reply = {"code": "FSS.4002", "error": error_json("function invocation exception", e)}
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        local.request_id = None
        active.discard(rid)
    reply.update({"t": "result", "id": rid, "ms": (time.perf_counter() - t0) * 1000})
    send(reply)


def main():
    pool = None
    while True:
        head = reader.read(4)
        if len(head) < 4:
            os._exit(0)  # the manager went away
        msg = json.loads(reader.read(struct.unpack(">I", head)[0]))
        kind = msg.get("t")
        if kind == "invoke":
            if pool is None:
                invoke(msg)
            else:
                pool.submit(invoke, msg)
        elif kind == "start":
            start(msg)
            if msg.get("concurrency", 1) > 1:
                from concurrent.futures import ThreadPoolExecutor

                pool = ThreadPoolExecutor(max_workers=msg["concurrency"])


main()

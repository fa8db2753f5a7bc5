# What the Python host does with the manager's messages: `start` loads the handler once and runs the initializer
# once (contract §1.1 handler string, §1.4 initializer); `invoke` runs one call and maps its result (§1.3).
import importlib
import json
import os
import sys
import time

from _fg_host_channel import active, local, send
from _fg_host_context import Context, config
from _fg_host_errors import FunctionConfigError, FunctionLoadError, error_json

MAX_RESULT_BYTES = 6291456  # RUNTIME_MAX_RESP_BODY_SIZE, contract §7
handler_fn = None


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

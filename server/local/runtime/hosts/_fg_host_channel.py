# The Python host's channel to the runtime manager: fd 3 (a socket pair), framed as 4-byte big-endian length +
# JSON (frame-codec.ts), and the request id that output printed now belongs to (for log lines).
import json
import socket
import struct
import threading
import time

chan = socket.socket(fileno=3)
reader = chan.makefile("rb")
send_lock = threading.Lock()
local = threading.local()
active = set()


def send(msg):
    body = json.dumps(msg).encode()
    with send_lock:
        chan.sendall(struct.pack(">I", len(body)) + body)


def receive():
    """The next message; None when the manager went away."""
    head = reader.read(4)
    if len(head) < 4:
        return None
    return json.loads(reader.read(struct.unpack(">I", head)[0]))


def current_id():
    rid = getattr(local, "request_id", None)
    if rid is not None:
        return rid
    return next(iter(active)) if len(active) == 1 else ""


def emit(rid, level, msg):
    send({"t": "log", "id": rid, "level": level, "msg": msg, "time": int(time.time() * 1000)})

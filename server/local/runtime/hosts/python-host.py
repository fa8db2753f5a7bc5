# Python function host: one per instance. Loads the handler once, runs the initializer once, then serves
# invocations framed as 4-byte big-endian length + JSON on fd 3 (a socket pair set up by the runtime
# manager). Standard library only, few imports, so that a cold start costs little more than the
# interpreter boot. Behaviour follows docs/RUNTIME-CONTRACT.md (§1.1 handler string, §1.3 result mapping,
# §1.4 initializer, §2 context and logger, §6.2 error shapes).
#
# This script is the entry point and the message loop; the rest is in the _fg_host_*.py modules beside it
# (channel, output, context, errors, calls). Their prefix keeps them apart from user module names: they are
# imported before the code directory joins sys.path, and a user module of the same name would be shadowed.
import os
import sys

# Started with -I, so the script's directory is not on sys.path: it joins only while the host's modules load,
# and the user's code then sees the same sys.path as without them.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _fg_host_channel import receive
from _fg_host_calls import invoke, start
from _fg_host_output import LineWriter

del sys.path[0]

sys.stdout = LineWriter("INFO")
sys.stderr = LineWriter("ERROR")


def main():
    pool = None
    while True:
        msg = receive()
        if msg is None:
            os._exit(0)  # the manager went away
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

# -*- coding: utf-8 -*-
"""A small JSON API behind an API gateway (APIG) trigger.

Routes: GET /items (list), GET /items/<id>, POST /items (body {"name": ...}). The gateway sends the request body
base64-encoded (isBase64Encoded: true); the function answers {statusCode, headers, body, isBase64Encoded}.
State lives in the instance's memory only: it is a demo, use a database for real data.
"""
import base64
import json

ITEMS = {"1": {"id": "1", "name": "first item"}}


def respond(status, payload):
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(payload),
        "isBase64Encoded": False,
    }


def read_body(event):
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        body = base64.b64decode(body).decode("utf-8")
    return json.loads(body) if body else {}


def handler(event, context):
    method = event.get("httpMethod", "GET")
    parts = [p for p in event.get("path", "/").split("/") if p]
    if parts[-2:-1] == ["items"] and method == "GET":
        item = ITEMS.get(parts[-1])
        return respond(200, item) if item else respond(404, {"error": "not found"})
    if parts[-1:] == ["items"] and method == "GET":
        return respond(200, {"items": list(ITEMS.values())})
    if parts[-1:] == ["items"] and method == "POST":
        try:
            data = read_body(event)
        except ValueError:
            return respond(400, {"error": "body must be JSON"})
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            return respond(400, {"error": "name is required"})
        new_id = str(len(ITEMS) + 1)
        ITEMS[new_id] = {"id": new_id, "name": data["name"]}
        return respond(201, ITEMS[new_id])
    return respond(404, {"error": "no route for %s /%s" % (method, "/".join(parts))})

# -*- coding: utf-8 -*-
"""Scheduled job for a TIMER trigger.

A timer trigger passes {"version", "time", "trigger_type": "TIMER", "trigger_name", "user_event"} where
user_event is the trigger's "additional information" string (JSON text if you typed JSON).
"""
import json


def handler(event, context):
    logger = context.getLogger()
    if not isinstance(event, dict) or event.get("trigger_type") != "TIMER":
        logger.warning("not called by a timer trigger; running anyway")
    raw = event.get("user_event", "") if isinstance(event, dict) else ""
    try:
        params = json.loads(raw) if raw else {}
    except ValueError:
        params = {"text": raw}
    task = params.get("task", "cleanup") if isinstance(params, dict) else "cleanup"
    logger.info("timer %s fired at %s, task=%s" % (event.get("trigger_name"), event.get("time"), task))
    # Replace with the real work (call an API, clean a bucket, send a report...).
    return {"task": task, "scheduled_time": event.get("time"), "status": "done"}

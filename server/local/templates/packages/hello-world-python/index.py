# -*- coding: utf-8 -*-
"""Hello World (Python). FunctionGraph calls handler(event, context); the return value is the result.

Try it with a test event such as {"name": "FunctionGraph"}.
"""
import json


def handler(event, context):
    logger = context.getLogger()
    name = event.get("name", "World") if isinstance(event, dict) else "World"
    logger.info("request %s for %s" % (context.getRequestID(), name))
    return {
        "message": "Hello, %s!" % name,
        "function": context.getFunctionName(),
        "version": context.getVersion(),
        "event": json.dumps(event, ensure_ascii=False),
    }

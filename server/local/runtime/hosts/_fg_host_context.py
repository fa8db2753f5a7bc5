# The Python host's instance config (the manager's start message) and the context object handed to handlers and
# initializers (contract §2).
import time

from _fg_host_output import request_logger

config = {}


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
